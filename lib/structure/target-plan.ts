/**
 * What an import may change of what exists: an item that is archived is not added again under its
 * name (it is restored first), and the target of an indicator that already has entries changes
 * only as a 目标调整 (with a reason, a history row and an audit row), never as a plain edit. The
 * target of a new or never-reported indicator is set freely. Pure; used by planStructure.
 */
import type { IndicatorTargetField, TargetField } from '@/db/schema';
import type { IndicatorRecord, PhasedTargetRecord } from './types';

/** Archived names by sheet (indicators by their record key 专班／指标), left out of what exists. */
export type ArchivedNames = Partial<Record<'competitions' | 'taskForces' | 'indicators' | 'units' | 'people', ReadonlySet<string>>>;

/**
 * A planned 目标调整 of a reported indicator: its annual target or target rank (written through
 * updateIndicatorTarget) or the phased target of the month `period` (changePhasedTarget).
 */
export interface PlannedTargetChange {
  taskForce: string;
  indicator: string;
  field: TargetField;
  /** The month of a phased target (`YYYY-MM`), else null. */
  period: string | null;
  from: number | null;
  to: number;
}

const ARCHIVED_WHERE = {
  competitions: ['竞赛', '活动结构页面'],
  taskForces: ['专班', '活动结构页面'],
  indicators: ['指标', '活动结构页面'],
  units: ['单位', '“单位”页面'],
  people: ['人员', '“人员”页面'],
} as const;

export const TARGET_PLAN_TEXT = {
  archived: (key: keyof typeof ARCHIVED_WHERE, name: string) =>
    `“${name}”是已归档的${ARCHIVED_WHERE[key][0]}，不能作为新增导入。请先在${ARCHIVED_WHERE[key][1]}恢复它，或从文件中删去这一行，再重新上传预览。`,
  kindLocked: '类型：此指标已有报送记录，类型不能修改，请改回原类型',
  targetCleared: (label: string) => `${label}：此指标已有报送记录，不能清空目标；如需调整，请填写新的目标值`,
  statusWord: '目标调整',
  detail: (label: string, from: number | null, to: number) => `目标调整：${label} ${from ?? '（未设）'} → ${to}（须填写调整理由）`,
  phasedLabel: (period: string) => `${Number(period.slice(5, 7))}月阶段目标`,
  reasonLabel: '目标调整理由',
  reasonHint: (n: number) =>
    `本次导入将调整 ${n} 项已有报送记录的指标的目标（年度目标、目标排名或阶段目标），理由将记入各指标的“目标调整”记录。`,
  reasonRequired: '本次导入调整了已有报送记录的指标的目标，请填写调整理由（至少 2 个字），理由将记入每个指标的目标调整记录。',
} as const;

/** The target field of a kind (rank indicators: the target rank; milestones have none). */
export function targetFieldOf(kind: IndicatorRecord['kind']): IndicatorTargetField | null {
  return kind === 'milestone' ? null : kind === 'rank' ? 'targetRank' : 'annualTarget';
}

/**
 * How an imported indicator record may change a reported one: errors (its kind changed, its
 * target cleared), the 目标调整 it makes (or null), and the record to write as a plain change
 * (the target kept as it is, so only the 目标调整 changes it).
 */
export function reportedIndicatorChange(
  rec: IndicatorRecord,
  old: IndicatorRecord,
  headers: Record<string, string>,
): { errors: string[]; change: PlannedTargetChange | null; record: IndicatorRecord } {
  if (rec.kind !== old.kind) return { errors: [TARGET_PLAN_TEXT.kindLocked], change: null, record: rec };
  const field = targetFieldOf(old.kind);
  const kept = { ...rec, annualTarget: old.annualTarget, targetRank: old.targetRank };
  if (!field || rec[field] === old[field]) return { errors: [], change: null, record: kept };
  const to = rec[field];
  if (to === null) return { errors: [TARGET_PLAN_TEXT.targetCleared(headers[field]!)], change: null, record: rec };
  return { errors: [], change: { taskForce: old.taskForce, indicator: old.name, field, period: null, from: old[field], to }, record: kept };
}

/**
 * The 目标调整 an imported phased-target row makes of a reported indicator (a month's target added
 * or changed), or null when it is the target in force. The import never clears a phased target:
 * a month absent from the file keeps its target.
 */
export function reportedPhasedChange(rec: PhasedTargetRecord, old: PhasedTargetRecord | undefined): PlannedTargetChange | null {
  if (old && old.target === rec.target) return null;
  return {
    taskForce: rec.taskForce,
    indicator: rec.indicator,
    field: 'phasedTarget',
    period: rec.period,
    from: old?.target ?? null,
    to: rec.target,
  };
}

/** The words of what a planned change adjusts: the column header, or 'N月阶段目标'. */
export function plannedChangeLabel(c: PlannedTargetChange, headers: Record<string, string>): string {
  return c.field === 'phasedTarget' && c.period ? TARGET_PLAN_TEXT.phasedLabel(c.period) : headers[c.field]!;
}
