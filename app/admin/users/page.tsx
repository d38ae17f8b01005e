import type { Metadata } from 'next';
import Link from 'next/link';
import { listUsers } from '@/db/queries/users';
import { getSessionSettings } from '@/lib/auth/session-store';
import { requirePermission } from '@/lib/auth/session';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { getDb } from '@/db';
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatBeijingTimeShort } from '@/lib/format';
import { createUserAction, updateSessionSettingsAction } from './actions';
import { RoleSelect } from './role-select';

export const metadata: Metadata = { title: '账号与授权' };

export default async function UsersPage() {
  const viewer = await requirePermission('user:manage');
  const rows = listUsers(viewer);
  const settings = getSessionSettings(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">账号与授权</h1>
      <Card>
        <CardContent className="overflow-x-auto pt-4">
          <table className="w-full text-sm">
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th className="py-2 pr-3">用户名</th>
                <th className="py-2 pr-3">姓名</th>
                <th className="py-2 pr-3">角色</th>
                <th className="py-2 pr-3">授权范围</th>
                <th className="py-2 pr-3">状态</th>
                <th className="py-2 pr-3">在线会话</th>
                <th className="py-2 pr-3">创建时间</th>
                <th className="py-2">操作</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id} className="border-b last:border-0">
                  <td className="py-2 pr-3 font-medium">{u.username}</td>
                  <td className="py-2 pr-3">{u.displayName}</td>
                  <td className="py-2 pr-3">{ROLE_LABELS[u.role]}</td>
                  <td className="py-2 pr-3">{u.scopes.length ? `${u.scopes.length} 项` : '—'}</td>
                  <td className="py-2 pr-3">
                    {u.disabled ? '⛔ 已停用' : u.locked ? '🔒 已锁定' : u.mustChangePassword ? '待改密码' : '✔ 正常'}
                  </td>
                  <td className="py-2 pr-3 tabular">{u.sessionCount}</td>
                  <td className="py-2 pr-3">{formatBeijingTimeShort(u.createdAt)}</td>
                  <td className="py-2">
                    <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline">
                      管理
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>新建账号</CardTitle>
          </CardHeader>
          <CardContent>
            <ActionForm action={createUserAction} submitLabel="创建账号" label="新建账号">
              <Field label="用户名" name="username" required hint="2—32 个字符，可用汉字、字母、数字和 _ . -" />
              <Field label="姓名" name="displayName" required />
              <RoleSelect name="role" />
              <p className="text-xs text-slate-500">
                系统会生成初始密码并只显示一次；新账号首次登录须修改密码。授权范围在创建后于“管理”中设置。
              </p>
            </ActionForm>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>会话设置</CardTitle>
          </CardHeader>
          <CardContent>
            <ActionForm action={updateSessionSettingsAction} submitLabel="保存设置" label="会话设置">
              <Field label="空闲超时（分钟）" name="idleMinutes" type="number" defaultValue={settings.idleMinutes} />
              <Field label="最长有效期（小时）" name="absoluteHours" type="number" defaultValue={settings.absoluteHours} />
            </ActionForm>
          </CardContent>
        </Card>
      </div>
      <p className="text-xs text-slate-500">角色：{Object.values(ROLE_LABELS).join('、')}。</p>
    </div>
  );
}
