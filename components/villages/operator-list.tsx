import type { OperatorView } from '@/lib/views/villages';

/** The village's operators (村庄“管家”) and their ventures (业态). */
export function OperatorList({ operators, compact }: { operators: OperatorView[]; compact?: boolean }) {
  return (
    <ul className="space-y-2">
      {operators.map((o) => (
        <li key={o.name} className="text-sm">
          <p className="font-semibold text-slate-900">
            <bdi>{o.name}</bdi>
            {o.shortName && <span className="ml-1 font-normal text-slate-600">（简称“{o.shortName}”）</span>}
            {o.demo && <span className="ml-2 rounded bg-slate-100 px-1 text-xs font-normal text-slate-600">演示数据</span>}
          </p>
          <p className="text-xs text-slate-600">{[o.place && `位于${o.place}`, o.founded].filter(Boolean).join(' · ')}</p>
          {!compact && o.partners && <p className="mt-0.5 text-slate-700">合作方：{o.partners}</p>}
          {!compact && o.description && <p className="mt-0.5 text-slate-700">{o.description}</p>}
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="经营业态">
            {o.ventures.map((v) => (
              <li key={v.name} className="rounded-full border border-brand-100 bg-brand-50 px-2 py-0.5 text-xs text-brand-900">
                {v.kind}：<bdi>{v.name}</bdi>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
