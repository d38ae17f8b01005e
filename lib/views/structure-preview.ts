/**
 * The preview of a structure import as the page shows it: one line of counts per sheet, and the
 * rows that would change or are wrong (unchanged rows are only counted), in Chinese.
 */
import type { Counts, PlanRow, StructurePlan } from '@/lib/structure/plan';
import { SHEET_KEYS, STATUS_WORDS, STRUCTURE_SHEETS, type RowStatus } from '@/lib/structure/sheets';
import { plannedChangeLabel, TARGET_PLAN_TEXT } from '@/lib/structure/target-plan';

export interface PreviewLine {
  sheet: string;
  row: number;
  name: string;
  status: RowStatus;
  statusWord: string;
  detail: string;
}

export interface StructurePreview {
  digest: string;
  counts: Counts;
  sheets: { sheet: string; text: string }[];
  lines: PreviewLine[];
  /** Why 确认导入 is not offered, or null. */
  blocked: string | null;
  /** How many 目标调整 of reported indicators the import makes (then 确认导入 needs a reason). */
  targetChanges: number;
}

function detailOf(r: PlanRow): string {
  if (r.status === 'error') return r.errors.join('；');
  if (r.status !== 'change' && !r.target) return '';
  const headers = STRUCTURE_SHEETS.indicators.columns as Record<string, string>;
  const target = r.target ? TARGET_PLAN_TEXT.detail(plannedChangeLabel(r.target, headers), r.target.from, r.target.to) : null;
  const targetColumns: string[] = [headers.annualTarget!, headers.targetRank!, STRUCTURE_SHEETS.phasedTargets.columns.target];
  const others = r.target ? r.changes.filter((c) => !targetColumns.includes(c)) : r.changes;
  return [target, others.length ? `修改：${others.join('、')}` : null].filter(Boolean).join('；');
}

const countText = (c: Counts) => (['add', 'change', 'same', 'error'] as RowStatus[]).map((s) => `${STATUS_WORDS[s]} ${c[s]}`).join(' · ');

/** The preview of `plan`; `isNew` when the import creates its campaign (then an import of nothing but units is allowed). */
export function structurePreview(plan: StructurePlan, digest: string, isNew: boolean): StructurePreview {
  const lines = plan.rows
    .filter((r) => r.status !== 'same')
    .map((r) => ({
      sheet: STRUCTURE_SHEETS[r.sheet].sheet,
      row: r.row,
      name: r.name,
      status: r.status,
      statusWord: r.target ? TARGET_PLAN_TEXT.statusWord : STATUS_WORDS[r.status],
      detail: detailOf(r),
    }));
  const sheets = SHEET_KEYS.filter((k) => Object.values(plan.bySheet[k]).some((n) => n > 0)).map((k) => ({
    sheet: STRUCTURE_SHEETS[k].sheet,
    text: countText(plan.bySheet[k]),
  }));
  const blocked =
    plan.counts.error > 0
      ? `有 ${plan.counts.error} 行存在错误：请修改文件后重新上传，改正前不能导入。`
      : !isNew && plan.counts.add + plan.counts.change === 0
        ? '文件中的内容与系统中完全一致，没有需要导入的内容。'
        : null;
  return { digest, counts: plan.counts, sheets, lines, blocked, targetChanges: plan.targetChanges.length };
}
