import Link from 'next/link';
import { DataTable } from '@/components/dashboard/data-table';
import { getNow } from '@/db/queries/clock';
import { getOnTimeRates, ytdRates } from '@/db/queries/timeliness';
import { getCountyComparisonRows } from '@/db/queries/rankings';
import type { DashboardContext } from '@/db/queries/dashboard-context';
import { formatPeriodZh } from '@/lib/format';
import { cn } from '@/lib/utils';
import { withPeriod, type DashboardData } from '@/lib/views/context';
import type { PagingLocation } from '@/lib/views/paging';
import { countyComparisonTable, unitRankingTable } from '@/lib/views/rankings';

interface SectionProps {
  ctx: DashboardContext;
  data: DashboardData;
  query: string;
  paging: (anchor: string) => PagingLocation;
}

/** Rows per page of the rankings' long tables: the whole page stays light at any campaign size. */
export const RANKING_PAGE_SIZE = 20;

const UNIT_EMPTY = {
  department: '本期没有以部门为责任单位的考核指标，暂不排名。',
  township: '本期没有以乡镇（街道）为责任单位的考核指标，暂不排名。',
} as const;

/** 部门与乡镇: the two unit rankings, with 报送及时率 (db/queries/timeliness). */
export function UnitRankings({ ctx, data, query, paging }: SectionProps) {
  const onTime = ytdRates(getOnTimeRates(ctx.campaign, ctx.period, getNow()));
  const table = (kind: keyof typeof UNIT_EMPTY) => (
    <DataTable
      table={unitRankingTable(data, kind, onTime)}
      exportQuery={query}
      paging={paging('units')}
      pageSize={RANKING_PAGE_SIZE}
      empty={UNIT_EMPTY[kind]}
    />
  );
  return (
    <section id="units" aria-label="部门与乡镇排名" className="grid scroll-mt-4 grid-cols-1 items-start gap-4 2xl:grid-cols-2">
      {table('department')}
      <div className="space-y-2">
        {table('township')}
        <p className="px-1 text-xs text-slate-600">
          报送及时率 = 截止时间前提交的条目数 ÷ 应报送条目数（本年度截至{formatPeriodZh(ctx.period)}
          ，按责任单位；错月指标按其报送月份计，1—2月合并的指标1月不计）。
        </p>
      </div>
    </section>
  );
}

/** 全市比较: every indicator with a county rank, or only the 弱项. */
export function CountyComparison({ ctx, data, query, paging, weakOnly }: SectionProps & { weakOnly: boolean }) {
  const table = countyComparisonTable(data, ctx.campaign.homeRegionCode, getCountyComparisonRows(ctx, data.snapshot), weakOnly);
  return (
    <section id="county" aria-label="全市比较" className="scroll-mt-4">
      <DataTable
        table={table}
        exportQuery={weakOnly ? `${query}&weak=1` : query}
        paging={paging('county')}
        pageSize={RANKING_PAGE_SIZE}
        actions={
          <div className="flex rounded-md border border-slate-300 text-xs" role="group" aria-label="筛选">
            <FilterLink href={`${withPeriod('/rankings', ctx.period)}#county`} active={!weakOnly} label="全部指标" />
            <FilterLink href={`${withPeriod('/rankings?weak=1', ctx.period)}#county`} active={weakOnly} label="只看弱项" />
          </div>
        }
      />
    </section>
  );
}

function FilterLink({ href, active, label }: { href: string; active: boolean; label: string }) {
  return (
    <Link
      href={href}
      aria-current={active ? 'true' : undefined}
      className={cn('px-2.5 py-1', active ? 'bg-brand-700 text-white' : 'bg-white text-slate-800 hover:bg-slate-50')}
    >
      {label}
    </Link>
  );
}
