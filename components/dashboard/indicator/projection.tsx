import { cn } from '@/lib/utils';
import type { ProjectionView } from '@/lib/views/indicator';

/** 全年预计: the year-end outlook of a cumulative indicator in words, and what is still needed (or left under a 控制线). */
export function Projection({ view }: { view: ProjectionView }) {
  return (
    <section aria-label="全年预计" className="grid gap-3 md:grid-cols-2" data-testid="projection">
      <div
        className={cn(
          'rounded-lg border px-5 py-4',
          view.good ? 'border-status-ahead/30 bg-status-ahead-bg' : 'border-status-behind/30 bg-status-behind-bg',
        )}
      >
        <div className="text-sm text-slate-700">全年预计</div>
        <div className="mt-1 flex flex-wrap items-baseline gap-x-3">
          <span className="text-xl font-bold text-slate-900" data-testid="projection-headline">
            {view.headline}
          </span>
          {view.amount && <span className="text-sm text-slate-700">{view.amount}</span>}
        </div>
        {view.verdict && (
          <div
            className={cn('mt-1 text-sm font-medium', view.good ? 'text-status-ahead' : 'text-status-behind')}
            data-testid="projection-verdict"
          >
            <span aria-hidden>{view.good ? '✔ ' : '◐ '}</span>
            {view.verdict}
          </div>
        )}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white px-5 py-4">
        <div className="text-sm text-slate-700">{view.needTitle}</div>
        <div className="mt-1 text-lg font-semibold text-slate-900" data-testid="projection-need">
          {view.need}
        </div>
      </div>
    </section>
  );
}
