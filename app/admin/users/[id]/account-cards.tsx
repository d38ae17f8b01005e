import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { Role } from '@/db/schema';
import { changeRoleAction, resetPasswordAction, setDisabledAction } from '../actions';
import { RoleSelect } from '../role-select';

/** The account's role, enabling or disabling it, and resetting its password. */
export function AccountCards({ user }: { user: { id: number; username: string; role: Role; disabled: boolean } }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card>
        <CardHeader>
          <CardTitle>角色</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={changeRoleAction} submitLabel="变更角色">
            <input type="hidden" name="userId" value={user.id} />
            <RoleSelect name="role" defaultValue={user.role} />
          </ActionForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{user.disabled ? '启用账号' : '停用账号'}</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="mb-3 text-sm text-slate-600">停用后该账号的所有会话立即失效，无法登录。</p>
          <ActionForm
            action={setDisabledAction}
            label={user.disabled ? '启用账号' : '停用账号'}
            submitLabel={user.disabled ? '启用' : '停用'}
            variant={user.disabled ? 'default' : 'danger'}
            confirmText={user.disabled ? undefined : `确定停用 ${user.username}？`}
          >
            <input type="hidden" name="userId" value={user.id} />
          </ActionForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>重置密码</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="mb-3 text-sm text-slate-600">生成新密码（只显示一次），解除锁定，注销其所有会话；下次登录须修改密码。</p>
          <ActionForm
            action={resetPasswordAction}
            label="重置密码"
            submitLabel="重置密码"
            variant="outline"
            confirmText={`确定重置 ${user.username} 的密码？`}
          >
            <input type="hidden" name="userId" value={user.id} />
          </ActionForm>
        </CardContent>
      </Card>
    </div>
  );
}
