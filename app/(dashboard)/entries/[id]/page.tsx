import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEntryHistory } from '@/db/queries/history';
import { getCampaignStructure } from '@/db/queries/structure';
import { getActiveCampaign } from '@/db/queries/campaign';
import { Card, CardContent } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { ENTRY_STATUS_LABELS, formatBeijingTime, formatPeriodZh } from '@/lib/format';

export const metadata: Metadata = { title: '修改记录' };

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
  version: '版本',
  late: '逾期',
  returnReason: '退回原因',
};

function show(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (field === 'status') return ENTRY_STATUS_LABELS[v as keyof typeof ENTRY_STATUS_LABELS] ?? String(v);
  if (field === 'late') return v ? '是' : '否';
  return String(v);
}

/** An entry's audit trail: every change, with before and after, who and when (北京时间). */
export default async function EntryHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const history = getEntryHistory(id);
  if (!history) notFound();
  const indicator = getCampaignStructure(getActiveCampaign().id).indicators.find((i) => i.id === history.entry.indicatorId);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">
        修改记录 · {indicator?.name ?? `指标 ${history.entry.indicatorId}`} · {formatPeriodZh(history.entry.period)}
      </h1>
      <p className="text-sm text-slate-600">
        当前状态：{ENTRY_STATUS_LABELS[history.entry.status]} · 版本 {history.entry.version}
        {indicator && (
          <>
            {' · '}
            <Link className="underline" href={`/indicators/${indicator.id}?period=${history.entry.period}`}>
              返回指标
            </Link>
          </>
        )}
      </p>
      {history.rows.length === 0 && <p className="text-sm text-slate-500">该条目为历史导入数据，系统中没有修改记录。</p>}
      {history.rows.map((r) => {
        const before = (r.before ?? {}) as Record<string, unknown>;
        const after = (r.after ?? {}) as Record<string, unknown>;
        const fields = Object.keys(FIELD_LABELS).filter(
          (f) => f !== 'version' && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null) && (f in after || f in before),
        );
        return (
          <Card key={r.id}>
            <CardContent className="pt-4 text-sm">
              <p className="font-medium">
                {formatBeijingTime(r.at)} · {r.username ?? '—'} · {ACTION_LABELS[r.action] ?? r.action}
              </p>
              <table className="mt-2 w-full">
                <thead className="text-left text-xs text-slate-500">
                  <tr>
                    <th className="w-24">字段</th>
                    <th>修改前</th>
                    <th>修改后</th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((f) => (
                    <tr key={f} className="align-top">
                      <td className="py-0.5 text-slate-600">{FIELD_LABELS[f]}</td>
                      <td className="py-0.5">{show(f, before[f])}</td>
                      <td className="py-0.5">{show(f, after[f])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </CardContent>
          </Card>
        );
      })}
    </div>
  );
}
