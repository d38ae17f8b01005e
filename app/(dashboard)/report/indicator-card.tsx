import Link from 'next/link';
import type { ReportRow } from '@/db/queries/reporting';
import { Card, CardContent } from '@/components/ui/card';
import { expectedProgress, type CampaignSettings } from '@/lib/metrics';
import { formatPercent, formatPeriodZh, formatValue, KIND_LABELS } from '@/lib/format';
import { CountyForm } from './county-form';
import { EntryForm } from './entry-form';
import { MilestoneSteps } from './milestone-steps';

export interface CardState {
  editable: boolean;
  reason?: string;
  countyEditable: boolean;
  /** Ask for a 修订原因 (lib/reporting/edit-state asksCorrectionReason). */
  askReason?: boolean;
}

/** 本期应达: the expected share of the year for the data month the round owes (phased target, else 序时). */
function expectedText(row: ReportRow, settings: CampaignSettings): string | null {
  if (row.indicator.kind !== 'cumulative' || row.dataPeriod === null) return null;
  const e = expectedProgress({ annualTarget: row.indicator.annualTarget, phasedTargets: row.phasedTargets }, row.dataPeriod, settings);
  return `本期应达 ${formatPercent(e.fraction)}（${e.source === 'phased' ? '阶段目标' : '序时'}）`;
}

function targetText(row: ReportRow): string {
  const ind = row.indicator;
  if (ind.kind === 'rank') return `目标：全市前${ind.targetRank}名`;
  if (ind.kind === 'milestone') return `节点 ${row.steps.length} 个`;
  return `年度目标 ${formatValue(ind.annualTarget, ind.unit)}`;
}

/** Which month's figure this round owes: said outright for a lagged (错月) indicator. */
function DataMonth({ row, round }: { row: ReportRow; round: string }) {
  if (row.indicator.kind === 'milestone' || row.dataPeriod === round) return null;
  if (row.dataPeriod === null)
    return <p className="text-sm text-slate-600">本轮无需报送该指标的数据（错月指标或1—2月合并报送），下一轮再报。</p>;
  return (
    <p className="text-sm text-slate-700" data-testid="data-month">
      本轮报送 <strong>{formatPeriodZh(row.dataPeriod)}</strong> 数据（错月指标，统计数据晚{row.indicator.lagMonths}个月）
    </p>
  );
}

function Heading({ row, round, settings }: { row: ReportRow; round: string; settings: CampaignSettings }) {
  const ind = row.indicator;
  const last = row.history[row.history.length - 1];
  const expected = expectedText(row, settings);
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
      <h2 className="text-base font-semibold">{ind.name}</h2>
      <span className="text-xs text-slate-500">
        {row.taskForceName} · {KIND_LABELS[ind.kind]} · 单位 {ind.unit}
      </span>
      <span className="text-xs text-slate-600">
        {targetText(row)}
        {expected && ` · ${expected}`}
        {last && ` · 上期（${formatPeriodZh(last.period)}）${formatValue(last.value, ind.unit)}`}
      </span>
      <Link href={`/indicators/${ind.id}?period=${round}`} className="ml-auto text-xs text-brand-700 underline">
        指标详情与历史
      </Link>
    </div>
  );
}

function Figure({ row, round, settings, state }: { row: ReportRow; round: string; settings: CampaignSettings; state: CardState }) {
  const ind = row.indicator;
  if (row.dataPeriod === null) return null;
  return (
    <EntryForm
      indicatorId={ind.id}
      period={round}
      dataPeriod={row.dataPeriod}
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
      late={row.late}
      editable={state.editable}
      lockedReason={state.reason}
      askReason={state.askReason}
    />
  );
}

function Counties({ row, round, editable }: { row: ReportRow; round: string; editable: boolean }) {
  if (!row.county || row.dataPeriod === null) return null;
  const unit = row.indicator.unit;
  return (
    <details className="rounded border bg-slate-50 p-3">
      <summary className="cursor-pointer text-sm font-medium">
        全市六县（市、区）{row.dataPeriod === round ? '本期' : formatPeriodZh(row.dataPeriod)}数值
      </summary>
      {editable ? (
        <CountyForm indicatorId={row.indicator.id} period={round} counties={row.county} />
      ) : (
        <p className="mt-2 text-sm">{row.county.map((c) => `${c.name} ${formatValue(c.value, unit)}`).join('　')}</p>
      )}
    </details>
  );
}

/**
 * One indicator on /report for reporting round `round`: the data month it owes (错月), its figures,
 * the entry form or the milestone steps, the county values of that month.
 */
export function IndicatorCard(props: {
  row: ReportRow;
  round: string;
  settings: CampaignSettings;
  state: CardState;
  lockedMonths: string[];
}) {
  const { row, round, state } = props;
  return (
    <Card data-testid={`report-indicator-${row.indicator.id}`}>
      <CardContent className="space-y-3 pt-4">
        <Heading row={row} round={round} settings={props.settings} />
        <DataMonth row={row} round={round} />
        {row.indicator.kind === 'milestone' ? (
          <MilestoneSteps steps={row.steps} period={round} editable={state.editable} lockedMonths={props.lockedMonths} />
        ) : (
          <Figure row={row} round={round} settings={props.settings} state={state} />
        )}
        <Counties row={row} round={round} editable={state.countyEditable} />
      </CardContent>
    </Card>
  );
}
