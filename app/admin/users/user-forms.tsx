import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { SessionSettings } from '@/lib/auth/session-store';
import { createUserAction, updateSessionSettingsAction } from './actions';
import { RoleSelect } from './role-select';

/** 新建账号: username, name, role; the one-time password is shown once. */
export function NewUserCard() {
  return (
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
  );
}

/** 会话设置: idle and absolute session limits. */
export function SessionSettingsCard({ settings }: { settings: SessionSettings }) {
  return (
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
  );
}
