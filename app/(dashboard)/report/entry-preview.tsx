'use client';

import { useMemo } from 'react';
import { StatusBadge } from '@/components/status-badge';
import { describeGap, formatPeriodZh, formatProgressFigure } from '@/lib/format';
import { previewEntry, progressFigure, type CampaignSettings, type IndicatorInput } from '@/lib/metrics';
import { parseNumberInput } from '@/lib/validation/number';

export interface PreviewProps {
  /** The reporting round. */
  period: string;
  /** The data month the round owes (错月: round − lag). */
  dataPeriod: string;
  unit: string;
  input: Omit<IndicatorInput, 'values'>;
  history: { period: string; value: number | null }[];
  settings: CampaignSettings;
}

/** The preview's words: the headline figure where there is one (完成率 / 控制线使用), then the gap in words. */
function previewWords(e: ReturnType<typeof previewEntry>, unit: string): string {
  const figure = formatProgressFigure(progressFigure(e), unit);
  return figure && figure.label !== '节点完成' ? `${figure.text}，${describeGap(e)}` : describeGap(e);
}

/**
 * The status the typed value would give in the round that owes it, computed in the browser by the
 * same functions as every other surface (lib/metrics previewEntry, lib/format describeGap).
 */
export function EntryPreview({ props, typed }: { props: PreviewProps; typed: string }) {
  const parsed = parseNumberInput(typed, props.unit);
  const evaluation = useMemo(() => {
    if (!parsed.ok || parsed.value === null) return null;
    const { input, dataPeriod, history, settings } = props;
    return previewEntry({ input, dataPeriod, value: parsed.value, history, settings });
  }, [parsed, props]);
  if (!parsed.ok) return <p className="text-xs text-red-700">{parsed.message}</p>;
  if (!evaluation) return <p className="text-xs text-slate-500">填写数值后显示状态预估</p>;
  const lagged = props.dataPeriod !== props.period;
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700" aria-live="polite" data-testid="status-preview">
      <span>{lagged ? `状态预估（${formatPeriodZh(props.dataPeriod)}数据）：` : '状态预估：'}</span>
      <StatusBadge status={evaluation.status} />
      <span>{previewWords(evaluation, props.unit)}</span>
    </p>
  );
}
