import { userTextSchema } from '@/lib/text/user-text';
import { idSchema } from './id';
import { typedNumber } from './typed-number';
import { z } from './zod-zh';
import { userScopes, users } from '@/db/schema';

export const usernameSchema = z
  .string()
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名最多 32 个字符')
  .regex(/^[\p{L}\p{N}_.-]+$/u, '用户名只能包含汉字、字母、数字和 _ . -');

export const roleSchema = z.enum(users.role.enumValues, { message: '请选择角色' });
export const scopeTypeSchema = z.enum(userScopes.scopeType.enumValues, { message: '授权范围类型无效，请刷新页面后重试' });

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, '请输入当前密码'),
    newPassword: z.string().min(1, '请输入新密码'),
    confirmPassword: z.string().min(1, '请再次输入新密码'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: '两次输入的新密码不一致', path: ['confirmPassword'] });

export const CreateUserInput = z.object({
  username: usernameSchema,
  displayName: z.string({ message: '请填写姓名' }).pipe(userTextSchema('姓名', { min: 1, max: 40 })),
  role: roleSchema,
});

const id = idSchema();

export const UserIdInput = z.object({ userId: id });

export const ChangeRoleInput = z.object({ userId: id, role: roleSchema });

export const SetScopesInput = z.object({
  userId: id,
  competitionIds: z.array(id).default([]),
  taskForceIds: z.array(id).default([]),
  indicatorIds: z.array(id).default([]),
  villageIds: z.array(id).default([]),
  townshipIds: z.array(id).default([]),
});

export const RevokeSessionInput = z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/, '会话编号无效') });

export const SessionSettingsInput = z.object({
  idleMinutes: typedNumber(
    z.number({ message: '请填写数字' }).int('请填写整数').min(5, '空闲超时至少 5 分钟').max(1440, '空闲超时最多 1440 分钟'),
  ),
  absoluteHours: typedNumber(
    z.number({ message: '请填写数字' }).int('请填写整数').min(1, '最长有效期至少 1 小时').max(720, '最长有效期最多 720 小时'),
  ),
});
