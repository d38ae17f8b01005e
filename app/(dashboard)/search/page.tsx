import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { SearchForm } from '@/components/dashboard/search-form';
import { SearchGroup } from '@/components/dashboard/search-results';
import { getDashboardData, paramText, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { requireUser } from '@/lib/auth/session';
import { normalizeQuery } from '@/lib/search/match';
import { searchDashboard } from '@/lib/views/search';

export const metadata = { title: '搜索' };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = await searchParams;
  const resolved = await resolveDashboard(params);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/search" />;
  const { ctx } = resolved;
  const q = paramText(params, 'q').slice(0, 40);
  const results = normalizeQuery(q) ? searchDashboard(getDashboardData(ctx), q) : null;
  const count = results ? results.competitions.length + results.taskForces.length + results.indicators.length : 0;
  return (
    <div className="space-y-5">
      <PageTitle title="搜索">按名称查找竞赛、专班和指标；可输入汉字、拼音或拼音首字母（如“zsyz”查找招商引资专班）。</PageTitle>
      <SearchForm period={ctx.period} defaultValue={q} autoFocus={!q} />
      {results === null ? null : count === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-center text-slate-700" role="status">
          没有找到与“{q}”匹配的竞赛、专班或指标。请换个说法，或只输入名称中的几个字、拼音首字母。
        </p>
      ) : (
        <div className="space-y-4" role="region" aria-label="搜索结果">
          <p className="text-sm text-slate-700" role="status">
            “{q}”共找到{count}项。
          </p>
          <SearchGroup title="竞赛" hits={results.competitions} testId="search-competitions" />
          <SearchGroup title="专班" hits={results.taskForces} testId="search-task-forces" />
          <SearchGroup title="指标" hits={results.indicators} testId="search-indicators" />
        </div>
      )}
    </div>
  );
}
