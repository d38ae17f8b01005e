import { DataTable } from '@/components/dashboard/data-table';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { RankingCaveat } from '@/components/dashboard/ranking-caveat';
import { FormulaCard } from '@/components/dashboard/rankings/formula';
import { getDashboardData, paramText, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { rankingCaveat } from '@/lib/views/context';
import { competitionsTable, taskForceRankingTable } from '@/lib/views/ranking-tables';
import { Publication } from './publication';
import { CountyComparison, RANKING_PAGE_SIZE, UnitRankings } from './sections';

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
  const data = getDashboardData(ctx);
  const weakOnly = paramText(params, 'weak') === '1';
  const section = {
    ctx,
    data,
    query: `period=${ctx.period}`,
    paging: (anchor: string) => ({ path: '/rankings', params, anchor }),
  };
  return (
    <div className="space-y-5">
      <PageTitle title={`排名 · ${formatPeriodZh(ctx.period)}`}>按已审核数据计算；名次相同为并列，箭头和文字表示较上期的升降。</PageTitle>
      <RankingCaveat text={rankingCaveat(data.snapshot)} />
      <Publication ctx={ctx} data={data} />
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
      <div className="grid grid-cols-1 items-start gap-4 2xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section id="competitions" aria-label="竞赛排名" className="scroll-mt-4">
          <DataTable table={competitionsTable(data)} exportQuery={section.query} />
        </section>
        <section id="formula" aria-label="计分规则" className="scroll-mt-4">
          <FormulaCard settings={ctx.settings} />
        </section>
      </div>
      <section id="task-forces" aria-label="专班排名" className="scroll-mt-4">
        <DataTable
          table={taskForceRankingTable(data, { id: 'ranking-task-forces', title: '专班排名' })}
          exportQuery={section.query}
          paging={section.paging('task-forces')}
          pageSize={RANKING_PAGE_SIZE}
        />
      </section>
      <UnitRankings {...section} />
      <CountyComparison {...section} weakOnly={weakOnly} />
    </div>
  );
}
