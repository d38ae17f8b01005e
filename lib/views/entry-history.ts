/** The audit trail of one entry as the 修改记录 page shows it: each change, with its fields before and after. */
import type { AuditRow, ProgressEntry } from '@/db/schema';
import { ENTRY_STATUS_LABELS, formatBeijingTime } from '@/lib/format';

const ACTION_LABELS: Record<string, string> = {
  'progress.save': '保存草稿',
  'progress.submit': '提交',
  'progress.approve': '审核通过',
  'progress.return': '退回',
  'progress.import': 'Excel 导入',
};

const FIELD_LABELS: Record<string, string> = {
  value: '数值',
  workProgress: '工作进展',
  problems: '存在问题',
  nextSteps: '下步打算',
  status: '状态',
  late: '逾期',
  returnReason: '退回原因',
};

function shown(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (field === 'status') return ENTRY_STATUS_LABELS[v as ProgressEntry['status']] ?? String(v);
  if (field === 'late') return v ? '是' : '否';
  return String(v);
}

export interface EntryChange {
  id: number;
  /** '2020年10月4日 13:00（北京时间） · demo-lead · 提交'. */
  heading: string;
  fields: { label: string; before: string; after: string }[];
}

/** Each audited change of an entry, oldest first: only the fields it changed, in words. */
export function entryChanges(rows: AuditRow[]): EntryChange[] {
  return rows.map((r) => {
    const before = (r.before ?? {}) as Record<string, unknown>;
    const after = (r.after ?? {}) as Record<string, unknown>;
    const fields = Object.keys(FIELD_LABELS).filter(
      (f) => (f in after || f in before) && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null),
    );
    return {
      id: r.id,
      heading: `${formatBeijingTime(r.at)} · ${r.username ?? '—'} · ${ACTION_LABELS[r.action] ?? r.action}`,
      fields: fields.map((f) => ({ label: FIELD_LABELS[f]!, before: shown(f, before[f]), after: shown(f, after[f]) })),
    };
  });
}
