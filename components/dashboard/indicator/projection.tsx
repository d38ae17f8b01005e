import type { IndicatorView } from '@/db/queries/indicator-detail';
import { formatPercent, formatValue } from '@/lib/format';

/** 按当前进度全年预计完成 X% and the monthly amount still needed to reach the annual target. */
export function Projection({ view }: { view: IndicatorView }) {
  const ind = view.indicator;
  const e = view.result.evaluation;
  if (ind.kind !== 'cumulative') return null;
  const month = e.effectivePeriod ? Number(e.effectivePeriod.slice(5)) : null;
  const remaining = month === null ? null : 12 - month;
  const reachable = e.projectionCompletion !== null && e.projectionCompletion >= 1;
  return (
    <section aria-label="全年预计" className="grid gap-3 md:grid-cols-2" data-testid="projection">
      <div
        className={`rounded-lg border px-5 py-4 ${reachable ? 'border-status-ahead/30 bg-status-ahead-bg' : 'border-status-behind/30 bg-status-behind-bg'}`}
      >
        <div className="text-sm text-slate-700">按当前进度，全年预计完成</div>
        <div className="mt-1 flex items-baseline gap-3">
          <span className="tabular text-3xl font-bold text-slate-900">{formatPercent(e.projectionCompletion)}</span>
          <span className="text-sm text-slate-700">预计全年{formatValue(e.projection, ind.unit)}</span>
        </div>
        <div className={`mt-1 text-sm font-medium ${reachable ? 'text-status-ahead' : 'text-status-behind'}`}>
          {e.projectionCompletion === null
            ? '暂无数据，无法预计'
            : reachable
              ? '✔ 按此进度可实现“全年红”'
              : '▲ 按此进度完不成年度目标，需加快进度'}
        </div>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white px-5 py-4">
        <div className="text-sm text-slate-700">完成年度目标尚需</div>
        <div className="mt-1 flex items-baseline gap-3">
          <span className="tabular text-3xl font-bold text-slate-900">
            {e.requiredMonthly === null ? '—' : `${formatValue(e.requiredMonthly, ind.unit)}/月`}
          </span>
        </div>
        <div className="mt-1 text-sm text-slate-700">
          {e.requiredMonthly === null
            ? e.actual !== null && ind.annualTarget !== null && e.actual >= ind.annualTarget
              ? '已完成年度目标'
              : '—'
            : `剩余${remaining}个月，每月平均还需完成的量（距年度目标${formatValue(ind.annualTarget !== null && e.actual !== null ? ind.annualTarget - e.actual : null, ind.unit)}）`}
        </div>
      </div>
    </section>
  );
}
