/** A labelled figure in a page's summary strip, with an optional line under it. */
export function KeyFigure({
  label,
  value,
  extra,
  caption,
  testId,
}: {
  label: string;
  value: string;
  extra?: React.ReactNode;
  caption?: React.ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <div className="text-xs text-slate-600">{label}</div>
      <div className="flex items-baseline gap-2">
        <span className="tabular text-2xl font-bold text-slate-900" data-testid={testId}>
          {value}
        </span>
        {extra}
      </div>
      {caption && <div className="mt-0.5 text-xs text-slate-600">{caption}</div>}
    </div>
  );
}

/** The white strip of key figures under a page title. */
export function KeyFigures({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <section
      aria-label={label}
      className="flex flex-wrap items-center gap-x-8 gap-y-3 rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm"
    >
      {children}
    </section>
  );
}
