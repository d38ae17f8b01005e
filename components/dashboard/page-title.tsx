/** Page heading with a one-line explanation and optional actions on the right; the title (often a name) is bidi-isolated. */
export function PageTitle({ title, children, actions }: { title: string; children?: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-bold text-slate-900">
          <bdi>{title}</bdi>
        </h1>
        {children && <div className="mt-1 text-sm text-slate-600">{children}</div>}
      </div>
      {actions}
    </div>
  );
}
