import Link from 'next/link';
import type { ReportRow } from '@/db/queries/reporting';
import { Card, CardContent } from '@/components/ui/card';
import type { CampaignSettings } from '@/lib/metrics';
import { formatPercent, formatPeriodZh, formatValue, KIND_LABELS } from '@/lib/format';
import { CountyForm } from './county-form';
import { EntryForm } from './entry-form';
import { MilestoneSteps } from './milestone-steps';

export interface CardState {
  editable: boolean;
  reason?: string;
  /** The share of the year expected by this period (phased target, else time progress). */
  expected: number;
  countyEditable: boolean;
}

function Heading({ row, period, expected }: { row: ReportRow; period: string; expected: number }) {
  const ind = row.indicator;
  const last = row.history[row.history.length - 1];
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
      <h2 className="text-base font-semibold">{ind.name}</h2>
      <span className="text-xs text-slate-500">
        {row.taskForceName} · {KIND_LABELS[ind.kind]} · 单位 {ind.unit}
      </span>
      <span className="text-xs text-slate-600">
        {ind.kind === 'rank'
          ? `目标：全市前${ind.targetRank}名`
          : ind.kind === 'milestone'
            ? `节点 ${row.steps.length} 个`
            : `年度目标 ${formatValue(ind.annualTarget, ind.unit)}`}
        {ind.kind === 'cumulative' && ` · 本期应达序时 ${formatPercent(expected)}`}
        {last && ` · 上期（${formatPeriodZh(last.period)}）${formatValue(last.value, ind.unit)}`}
      </span>
      <Link href={`/indicators/${ind.id}?period=${period}`} className="ml-auto text-xs text-brand-700 underline">
        指标详情与历史
      </Link>
    </div>
  );
}

/** One indicator on /report: its figures, the entry form or the milestone steps, the county values. */
export function IndicatorCard({
  row,
  period,
  settings,
  state,
  lockedMonths,
}: {
  row: ReportRow;
  period: string;
  settings: CampaignSettings;
  state: CardState;
  lockedMonths: string[];
}) {
  const ind = row.indicator;
  return (
    <Card data-testid={`report-indicator-${ind.id}`}>
      <CardContent className="space-y-3 pt-4">
        <Heading row={row} period={period} expected={state.expected} />
        {ind.kind === 'milestone' ? (
          <MilestoneSteps steps={row.steps} period={period} editable={state.editable} lockedMonths={lockedMonths} />
        ) : (
          <EntryForm
            indicatorId={ind.id}
            period={period}
            unit={ind.unit}
            input={{
              kind: ind.kind,
              direction: ind.direction,
              unit: ind.unit,
              annualTarget: ind.annualTarget,
              targetRank: ind.targetRank,
              lagMonths: ind.lagMonths,
              combinedJanFeb: ind.combinedJanFeb,
              phasedTargets: row.phasedTargets,
            }}
            history={row.history}
            settings={settings}
            entry={row.entry}
            editable={state.editable}
            lockedReason={state.reason}
          />
        )}
        {row.county && (
          <details className="rounded border bg-slate-50 p-3">
            <summary className="cursor-pointer text-sm font-medium">全市六县（市、区）本期数值</summary>
            {state.countyEditable ? (
              <CountyForm indicatorId={ind.id} period={period} counties={row.county} />
            ) : (
              <p className="mt-2 text-sm">{row.county.map((c) => `${c.name} ${formatValue(c.value, ind.unit)}`).join('　')}</p>
            )}
          </details>
        )}
      </CardContent>
    </Card>
  );
}
