import Link from 'next/link';
import { findActiveCampaign } from '@/db/queries/campaign';
import { getLeadTodos, listReviewQueue } from '@/db/queries/reporting';
import { listWorkItems } from '@/db/queries/work-items';
import { roleHas, type AuthUser } from '@/lib/auth/permissions';
import { supervisionRows } from '@/lib/views/work-item';

/** 待办 in the header: a lead's entries still due, a reviewer's queue. */
export function TodoLinks({ user }: { user: AuthUser }) {
  const campaign = findActiveCampaign();
  if (!campaign) return null;
  const due =
    roleHas(user.role, 'progress:edit') && user.role !== 'admin' ? getLeadTodos(user, campaign).reduce((n, t) => n + t.missing, 0) : 0;
  const queue = roleHas(user.role, 'progress:review') ? listReviewQueue(user, campaign).length : 0;
  const overdue =
    user.role === 'leader' ? supervisionRows(listWorkItems(), campaign.currentPeriod).filter((r) => r.flag.flag === 'red') : [];
  return (
    <>
      {user.role === 'leader' && (
        <Link
          href="/work-items"
          className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 hover:bg-white"
          data-testid="todo-supervision"
        >
          逾期督办 {overdue.length}
        </Link>
      )}
      {due > 0 && (
        <Link href="/report" className="rounded bg-amber-300 px-2 py-0.5 text-xs font-semibold text-amber-950 hover:bg-amber-200">
          待填报 {due}
        </Link>
      )}
      {roleHas(user.role, 'progress:review') && (
        <Link href="/review" className="rounded bg-white/90 px-2 py-0.5 text-xs font-semibold text-brand-900 hover:bg-white">
          待审核 {queue}
        </Link>
      )}
    </>
  );
}
