import type { Metadata } from 'next';
import { getSessionSettingsFor, listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { UsersTable } from './users-table';
import { NewUserCard, SessionSettingsCard } from './user-forms';

export const metadata: Metadata = { title: '账号与授权' };

export default async function UsersPage() {
  const viewer = await requirePermission('user:manage');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">账号与授权</h1>
      <UsersTable rows={listUsers(viewer)} />
      <div className="grid gap-6 lg:grid-cols-2">
        <NewUserCard />
        <SessionSettingsCard settings={getSessionSettingsFor(viewer)} />
      </div>
      <p className="text-xs text-slate-500">角色：{Object.values(ROLE_LABELS).join('、')}。</p>
    </div>
  );
}
