import Link from 'next/link';
import { Suspense } from 'react';
import { DataTable } from '@/components/dashboard/data-table';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { FormulaCard } from '@/components/dashboard/rankings/formula';
import { TableSkeleton } from '@/components/dashboard/skeletons';
import { competitionsTable, taskForceRankingTable } from '@/db/queries/competition-detail';
import { paramText, resolveDashboard, withPeriod, type DashboardContext, type SearchParams } from '@/db/queries/dashboard-context';
import { countyComparisonTable, unitRankingTable } from '@/db/queries/rankings';
import { getOnTimeRates } from '@/db/queries/timeliness';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { cn } from '@/lib/utils';

export const metadata = { title: '排名' };

const SECTIONS = [
  { id: 'competitions', label: '竞赛' },
  { id: 'task-forces', label: '专班' },
  { id: 'units', label: '部门与乡镇' },
  { id: 'county', label: '全市比较' },
  { id: 'formula', label: '计分规则' },
];

export default async function RankingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = await searchParams;
  const resolved = resolveDashboard(params);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/rankings" />;
  const { ctx } = resolved;
  const weakOnly = paramText(params, 'weak') === '1';
  const showAll = paramText(params, 'all') === '1';
  const allHref = (anchor: string) => `${withPeriod(`/rankings?all=1${weakOnly ? '&weak=1' : ''}`, ctx.period)}#${anchor}`;
  const q = `period=${ctx.period}`;
  const onTime = getOnTimeRates(ctx.campaign, ctx.period);
  return (
    <div className="space-y-5">
      <PageTitle title={`排名 · ${formatPeriodZh(ctx.period)}`}>按已审核数据计算；名次相同为并列，箭头和文字表示较上期的升降。</PageTitle>
      <nav aria-label="本页目录" className="flex flex-wrap gap-2 text-sm">
        {SECTIONS.map((s) => (
          <a
            key={s.id}
            href={`#${s.id}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-800 hover:bg-slate-50"
          >
            {s.label}
          </a>
        ))}
      </nav>
      <div className="grid grid-cols-1 items-start gap-4 2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section id="competitions" aria-label="竞赛排名" className="scroll-mt-4">
          <DataTable table={competitionsTable(ctx)} exportQuery={q} />
        </section>
        <section id="formula" aria-label="计分规则" className="scroll-mt-4">
          <FormulaCard settings={ctx.settings} />
        </section>
      </div>
      <section id="task-forces" aria-label="专班排名" className="scroll-mt-4">
        <Suspense fallback={<TableSkeleton height={1400} />}>
          <TaskForces ctx={ctx} query={q} showAll={showAll} allHref={allHref('task-forces')} />
        </Suspense>
      </section>
      <section id="units" aria-label="部门与乡镇排名" className="grid scroll-mt-4 grid-cols-1 items-start gap-4 2xl:grid-cols-2">
        <DataTable
          table={unitRankingTable(ctx, 'department', onTime)}
          exportQuery={q}
          showAll={showAll}
          showAllHref={allHref('units')}
          empty="本期没有以部门为责任单位的考核指标，暂不排名。"
        />
        <div className="space-y-2">
          <DataTable
            table={unitRankingTable(ctx, 'township', onTime)}
            exportQuery={q}
            showAll={showAll}
            showAllHref={allHref('units')}
            empty="本期没有以乡镇（街道）为责任单位的考核指标，暂不排名。"
          />
          <p className="px-1 text-xs text-slate-600">
            报送及时率 = 截止时间前提交的条目数 ÷ 应报送条目数（本年度截至{formatPeriodZh(ctx.period)}
            ，按责任单位；错月指标按其报送月份计，1—2月合并的指标1月不计）。
          </p>
        </div>
      </section>
      <section id="county" aria-label="全市比较" className="scroll-mt-4">
        <DataTable
          table={countyComparisonTable(ctx, weakOnly)}
          exportQuery={weakOnly ? `${q}&weak=1` : q}
          showAll={showAll}
          showAllHref={allHref('county')}
          actions={
            <div className="flex rounded-md border border-slate-300 text-xs" role="group" aria-label="筛选">
              <FilterLink href={`${withPeriod('/rankings', ctx.period)}#county`} active={!weakOnly} label="全部指标" />
              <FilterLink href={`${withPeriod('/rankings?weak=1', ctx.period)}#county`} active={weakOnly} label="只看弱项" />
            </div>
          }
        />
      </section>
    </div>
  );
}

async function TaskForces({ ctx, query, showAll, allHref }: { ctx: DashboardContext; query: string; showAll: boolean; allHref: string }) {
  return (
    <DataTable
      table={taskForceRankingTable(ctx, { id: 'ranking-task-forces', title: '专班排名' })}
      exportQuery={query}
      showAll={showAll}
      showAllHref={allHref}
    />
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
