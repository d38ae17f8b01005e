import type { StatusCountsView } from '@/lib/views/work-item';

/** 未启动 / 推进中 / 已完成 / 已销号 and 红 / 黄 / 蓝 counts, in words. */
export function WorkItemCounts({ counts, label }: { counts: StatusCountsView; label: string }) {
  return (
    <dl aria-label={label} className="flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid="work-item-counts">
      <div className="flex gap-1">
        <dt className="text-slate-600">共</dt>
        <dd className="font-semibold">{counts.total}项</dd>
      </div>
      {[...counts.byStatus, ...counts.byFlag].map((c) => (
        <div key={c.key} className="flex gap-1" data-testid={`count-${c.key}`}>
          <dt className="text-slate-600">{c.label}</dt>
          <dd className="font-semibold tabular-nums">{c.count}</dd>
        </div>
      ))}
    </dl>
  );
}
