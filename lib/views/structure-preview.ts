/**
 * The preview of a structure import as the page shows it: one line of counts per sheet, and the
 * rows that would change or are wrong (unchanged rows are only counted), in Chinese.
 */
import type { Counts, StructurePlan } from '@/lib/structure/plan';
import { SHEET_KEYS, STATUS_WORDS, STRUCTURE_SHEETS, type RowStatus } from '@/lib/structure/sheets';

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
      statusWord: STATUS_WORDS[r.status],
      detail: r.status === 'error' ? r.errors.join('；') : r.status === 'change' ? `修改：${r.changes.join('、')}` : '',
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
  return { digest, counts: plan.counts, sheets, lines, blocked };
}
