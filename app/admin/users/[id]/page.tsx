import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findActiveCampaign } from '@/db/queries/campaign';
import { getCampaignStructure } from '@/db/queries/structure';
import { parseId } from '@/db/queries/dashboard-context';
import { getUserDetail } from '@/db/queries/users';
import { listPlaces } from '@/db/queries/villages';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatBeijingTime } from '@/lib/format';
import { changeRoleAction, resetPasswordAction, setDisabledAction } from '../actions';
import { RoleSelect } from '../role-select';
import { ScopesCard, SessionsCard } from './parts';

export const metadata: Metadata = { title: '账号管理' };

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('user:manage');
  const id = parseId((await params).id);
  if (id === null) notFound();
  const detail = getUserDetail(viewer, id);
  if (!detail) notFound();
  const { user, scopes, sessions } = detail;
  const campaign = findActiveCampaign();
  const structure = campaign ? getCampaignStructure(campaign.id) : { competitions: [], taskForces: [] };
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          ← 账号与授权
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {user.displayName}（{user.username}）
      </h1>
      <p className="text-sm text-slate-600">
        角色：{ROLE_LABELS[user.role]} · 状态：{user.disabled ? '已停用' : '启用'} · 创建于 {formatBeijingTime(user.createdAt)}
      </p>
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
      <ScopesCard userId={user.id} structure={structure} scopes={scopes} places={listPlaces()} />
      <SessionsCard sessions={sessions} />
    </div>
  );
}
