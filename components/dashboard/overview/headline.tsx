import { getHeadline } from '@/db/queries/overview';
import type { DashboardContext } from '@/db/queries/dashboard-context';
import { formatPercent, formatPeriodZh, STATUS_ICONS } from '@/lib/format';
import { Skeleton } from '../skeletons';
import { StatTile } from '../stat-tile';

const GRID = 'grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8';

/** 总览 headline: time progress, indicators by status, county standing and its movement. */
export async function Headline({ ctx }: { ctx: DashboardContext }) {
  const h = getHeadline(ctx);
  const c = h.counts;
  return (
    <section aria-label="核心指标" className={GRID} data-testid="headline">
      <StatTile
        label="序时进度"
        value={formatPercent(h.timeProgress)}
        detail={`${formatPeriodZh(ctx.period)}末`}
        tone="brand"
        testId="stat-time-progress"
      />
      <StatTile
        label="达到序时"
        icon={STATUS_ICONS.ahead}
        value={String(c.ahead)}
        detail={`共${c.total}个指标`}
        tone="ahead"
        testId="stat-ahead"
      />
      <StatTile
        label="略滞后"
        icon={STATUS_ICONS.behind}
        value={String(c.behind)}
        detail={`容差${ctx.settings.tolerancePp}个百分点内`}
        tone="behind"
        testId="stat-behind"
      />
      <StatTile
        label="严重滞后"
        icon={STATUS_ICONS.lagging}
        value={String(c.lagging)}
        detail="含逾期节点"
        tone="lagging"
        testId="stat-lagging"
      />
      <StatTile
        label="未报送"
        icon={STATUS_ICONS.no_data}
        value={String(c.noData)}
        detail={c.pending ? `其中待审核${c.pending}个` : '无待审核'}
        tone="nodata"
        testId="stat-no-data"
      />
      <StatTile label="全市前两名" value={String(h.county.top2)} detail={`共${h.county.compared}个指标比较`} testId="stat-county-top2" />
      <StatTile label="全市后两名" value={String(h.county.bottom2)} detail="六县中第5、6名" testId="stat-county-bottom2" />
      <StatTile
        label="全市排名较上期"
        value={`▲${h.county.up} ▼${h.county.down}`}
        detail={`上升${h.county.up}个 下降${h.county.down}个`}
        testId="stat-county-moves"
      />
    </section>
  );
}

export function HeadlineSkeleton() {
  return (
    <div className={GRID} role="status" aria-label="正在加载">
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="h-[104px] rounded-lg" />
      ))}
    </div>
  );
}
