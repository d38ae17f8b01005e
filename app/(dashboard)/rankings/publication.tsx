import { DataTable } from '@/components/dashboard/data-table';
import { Alert } from '@/components/ui/alert';
import type { DashboardContext } from '@/db/queries/dashboard-context';
import { listCorrectionsSince, listPublishedVersions } from '@/db/queries/published-rankings';
import type { DashboardData } from '@/lib/views/context';
import { movementBasis, publicationView } from '@/lib/views/publication';

/** 已发布排名: when the period was published, what moved since (修订), and what 较上期 compares with. */
export function Publication({ ctx, data }: { ctx: DashboardContext; data: DashboardData }) {
  const versions = listPublishedVersions(ctx.campaign.id, ctx.period);
  const corrections = versions[0] ? listCorrectionsSince(ctx.period, versions[0].id) : [];
  const view = publicationView(versions, data.snapshot, data.structure, corrections);
  const basis = movementBasis(data.snapshot);
  if (!view && !basis) return null;
  return (
    <section aria-label="发布与修订" className="space-y-3">
      <Alert data-testid="ranking-publication">
        {view?.summary}
        {view && basis ? ' ' : ''}
        {basis}
      </Alert>
      {view?.revisions && <DataTable table={view.revisions} />}
    </section>
  );
}
