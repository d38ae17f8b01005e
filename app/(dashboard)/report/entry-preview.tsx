'use client';

import { useMemo } from 'react';
import { StatusBadge } from '@/components/status-badge';
import { describeGapPp, describeProgressGap, formatPercent, formatRank } from '@/lib/format';
import { evaluateIndicator, type CampaignSettings, type IndicatorInput } from '@/lib/metrics';
import { parseNumberInput } from '@/lib/validation/number';

export interface PreviewProps {
  period: string;
  unit: string;
  input: Omit<IndicatorInput, 'values'>;
  history: { period: string; value: number | null }[];
  settings: CampaignSettings;
}

/** The status the typed value would give, computed in the browser by the same lib/metrics function. */
export function EntryPreview({ props, typed }: { props: PreviewProps; typed: string }) {
  const parsed = parseNumberInput(typed, props.unit);
  const evaluation = useMemo(() => {
    if (!parsed.ok || parsed.value === null) return null;
    return evaluateIndicator(
      { ...props.input, values: [...props.history, { period: props.period, value: parsed.value }] },
      props.period,
      props.settings,
    );
  }, [parsed, props]);
  if (!parsed.ok) return <p className="text-xs text-red-700">{parsed.message}</p>;
  if (!evaluation) return <p className="text-xs text-slate-500">填写数值后显示状态预估</p>;
  const gap =
    props.input.kind === 'cumulative'
      ? `完成${formatPercent(evaluation.completion)}，${describeProgressGap(evaluation.gapPp)}`
      : props.input.kind === 'rank'
        ? `${formatRank(evaluation.actual)}，目标前${props.input.targetRank ?? '—'}名`
        : describeGapPp(evaluation.gapPp);
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700" aria-live="polite" data-testid="status-preview">
      <span>状态预估：</span>
      <StatusBadge status={evaluation.status} />
      <span>{gap}</span>
    </p>
  );
}
