import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findActiveCampaign } from '@/db/queries/campaign';
import { getCampaignStructure } from '@/db/queries/structure';
import { getUserDetail } from '@/db/queries/users';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatBeijingTime } from '@/lib/format';
import { changeRoleAction, resetPasswordAction, revokeSessionAction, setDisabledAction, setScopesAction } from '../actions';
import { RoleSelect } from '../role-select';

export const metadata: Metadata = { title: '账号管理' };

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('user:manage');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const detail = getUserDetail(viewer, id);
  if (!detail) notFound();
  const { user, scopes, sessions } = detail;
  const campaign = findActiveCampaign();
  const structure = campaign ? getCampaignStructure(campaign.id) : { competitions: [], taskForces: [] };
  const has = (type: string, sid: number) => scopes.some((s) => s.scopeType === type && s.scopeId === sid);
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
      <Card>
        <CardHeader>
          <CardTitle>授权范围</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="mb-3 text-sm text-slate-600">
            审核员按竞赛授权（审核其下所有专班的填报）；专班填报员按专班授权。变更在下一次请求起生效。
          </p>
          <ActionForm action={setScopesAction} submitLabel="保存授权范围" label="授权范围">
            <input type="hidden" name="userId" value={user.id} />
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
              {structure.competitions.map((c) => (
                <fieldset key={c.id} className="rounded border p-3">
                  <legend className="px-1 text-sm font-semibold">
                    <label className="inline-flex items-center gap-1.5">
                      <input type="checkbox" name="competitionIds[]" value={c.id} defaultChecked={has('competition', c.id)} />
                      {c.name}（整个竞赛）
                    </label>
                  </legend>
                  {structure.taskForces
                    .filter((t) => t.competitionId === c.id)
                    .map((t) => (
                      <label key={t.id} className="flex items-center gap-1.5 text-sm">
                        <input type="checkbox" name="taskForceIds[]" value={t.id} defaultChecked={has('taskForce', t.id)} />
                        {t.name}
                      </label>
                    ))}
                </fieldset>
              ))}
            </div>
          </ActionForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>在线会话（{sessions.length}）</CardTitle>
        </CardHeader>
        <CardContent>
          {sessions.length === 0 ? (
            <p className="text-sm text-slate-500">无在线会话。</p>
          ) : (
            <table className="w-full text-sm">
              <thead className="border-b text-left text-slate-600">
                <tr>
                  <th className="py-2">登录时间</th>
                  <th>最近活动</th>
                  <th>IP</th>
                  <th>浏览器</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id} className="border-b last:border-0">
                    <td className="py-2">{formatBeijingTime(s.createdAt)}</td>
                    <td>{formatBeijingTime(s.lastSeenAt)}</td>
                    <td>{s.ip ?? '—'}</td>
                    <td className="max-w-xs truncate" title={s.userAgent ?? ''}>
                      {s.userAgent ?? '—'}
                    </td>
                    <td>
                      <ActionForm action={revokeSessionAction} submitLabel="注销" variant="outline" inline label="注销会话">
                        <input type="hidden" name="sessionId" value={s.id} />
                      </ActionForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
