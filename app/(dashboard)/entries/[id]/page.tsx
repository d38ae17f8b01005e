import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EntryChangeCard } from '@/components/dashboard/entry-change';
import { getShownCampaign } from '@/db/queries/shown-campaign';
import { parseId } from '@/db/queries/dashboard-context';
import { getEntryHistory } from '@/db/queries/history';
import { getCampaignStructure } from '@/db/queries/structure';
import { requireUser } from '@/lib/auth/session';
import { ENTRY_STATUS_LABELS, formatPeriodZh } from '@/lib/format';
import { withPeriod } from '@/lib/views/context';
import { entryChanges } from '@/lib/views/entry-history';

export const metadata: Metadata = { title: '修改记录' };

/** An entry's audit trail: every change, with before and after, who and when (北京时间). */
export default async function EntryHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const id = parseId((await params).id);
  const history = id === null ? null : getEntryHistory(id);
  if (!history) notFound();
  const { entry } = history;
  const shown = await getShownCampaign();
  if (shown.kind !== 'shown') notFound();
  const indicator = getCampaignStructure(shown.shown.campaign.id).indicators.find((i) => i.id === entry.indicatorId);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">
        修改记录 · <bdi>{indicator?.name ?? `指标 ${entry.indicatorId}`}</bdi> · {formatPeriodZh(entry.period)}
      </h1>
      <p className="text-sm text-slate-600">
        当前状态：{ENTRY_STATUS_LABELS[entry.status]} · 版本 {entry.version}
        {indicator && (
          <>
            {' · '}
            <Link className="underline" href={withPeriod(`/indicators/${indicator.id}`, entry.period)}>
              返回指标
            </Link>
          </>
        )}
      </p>
      {history.rows.length === 0 && <p className="text-sm text-slate-500">该条目为历史导入数据，系统中没有修改记录。</p>}
      {entryChanges(history.rows).map((c) => (
        <EntryChangeCard key={c.id} change={c} />
      ))}
    </div>
  );
}
