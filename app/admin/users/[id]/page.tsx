import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findActiveCampaign } from '@/db/queries/campaign';
import { getCampaignStructureIn } from '@/db/queries/structure';
import { parseId } from '@/db/queries/dashboard-context';
import { getUserDetail } from '@/db/queries/users';
import { listPlaces } from '@/db/queries/villages';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatBeijingTime } from '@/lib/format';
import { AccountCards } from './account-cards';
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
  const structure = campaign ? getCampaignStructureIn(campaign.id, campaign.currentPeriod) : { competitions: [], taskForces: [] };
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
      <AccountCards user={user} />
      <ScopesCard userId={user.id} structure={structure} scopes={scopes} places={listPlaces()} />
      <SessionsCard sessions={sessions} />
    </div>
  );
}
