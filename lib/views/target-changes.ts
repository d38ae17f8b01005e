/** 目标调整 on the indicator page: the target in force and the history of its changes. */
import type { Indicator, IndicatorTargetField, TargetField } from '@/db/schema';
import { formatBeijingTime, formatValue } from '@/lib/format';
import { keyedRows, text, type Table } from './table';

export const TARGET_FIELD_LABELS: Record<TargetField, string> = {
  annualTarget: '年度目标',
  targetRank: '目标名次',
  phasedTarget: '阶段目标',
};

/** One change as loaded (db/queries/target-changes). */
export interface TargetChangeInput {
  id: number;
  field: TargetField;
  /** The month of a phased-target change (`YYYY-MM`), else null. */
  period: string | null;
  oldValue: number | null;
  /** Null: the month's phased target was cleared. */
  newValue: number | null;
  reason: string;
  changedAt: string;
  by: string | null;
}

/** A target in words: 第3名 for a rank, else the value in the indicator's unit; 未设定 when none. */
export function targetWords(field: TargetField, v: number | null, unit: string): string {
  if (v === null) return '未设定';
  return field === 'targetRank' ? `全市第${v}名以内` : formatValue(v, unit);
}

/** What a change adjusts: 年度目标, 目标名次, or '3月阶段目标' for a month's phased target. */
export function changedItemWords(field: TargetField, period: string | null): string {
  return field === 'phasedTarget' && period ? `${Number(period.slice(5, 7))}月阶段目标` : TARGET_FIELD_LABELS[field];
}

/** The new target in words; a cleared phased target reads 取消（不设阶段目标）. */
function newTargetWords(r: TargetChangeInput, unit: string): string {
  return r.field === 'phasedTarget' && r.newValue === null ? '取消（不设阶段目标）' : targetWords(r.field, r.newValue, unit);
}

/** What the form adjusts (null for a milestone indicator: it has no target to change) and the target in force. */
export function targetFormView(ind: Indicator): { field: IndicatorTargetField; label: string; current: string; unitHint: string } | null {
  if (ind.kind === 'milestone') return null;
  const field: IndicatorTargetField = ind.kind === 'rank' ? 'targetRank' : 'annualTarget';
  return {
    field,
    label: TARGET_FIELD_LABELS[field],
    current: targetWords(field, ind[field], ind.unit),
    unitHint: field === 'targetRank' ? '填写名次，例如 3 表示全市前3名' : `单位：${ind.unit}`,
  };
}

/** The 目标调整 history, newest first: when, what, from, to, who, why. */
export function targetChangesTable(ind: Indicator, rows: TargetChangeInput[]): Table {
  return {
    id: 'indicator-target-changes',
    title: `${ind.name} · 目标调整`,
    columns: ['调整时间', '调整项', '原目标', '新目标', '调整人', '调整原因'].map((header) => ({ header })),
    ...keyedRows(
      rows.map((r) => ({
        key: `target-change-${r.id}`,
        cells: [
          text(formatBeijingTime(r.changedAt)),
          text(changedItemWords(r.field, r.period)),
          text(targetWords(r.field, r.oldValue, ind.unit)),
          text(newTargetWords(r, ind.unit)),
          text(r.by),
          text(r.reason),
        ],
      })),
    ),
    note: '目标调整后，排名自下次查看起按新目标计算；已发布的排名保留发布时的目标。',
  };
}
