'use client';

/** Tooltip box with Chinese rows (label, value with unit), shared by the charts. */
export function TooltipBox({ title, rows }: { title: string; rows: { label: string; value: string; colour?: string }[] }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <div className="mb-1 font-semibold text-slate-900">{title}</div>
      {rows.map((r) => (
        <div key={r.label} className="flex items-center gap-2 text-slate-700">
          {r.colour && <span aria-hidden className="inline-block size-2 rounded-full" style={{ background: r.colour }} />}
          <span>{r.label}</span>
          <span className="tabular ml-auto pl-3 font-medium text-slate-900">{r.value}</span>
        </div>
      ))}
    </div>
  );
}
