import type { TimelineStepView } from '@/lib/views/projects';
import { cn } from '@/lib/utils';

const STATE_STYLE: Record<TimelineStepView['state'], { dot: string; badge: string; icon: string }> = {
  done: { dot: 'bg-green-700 border-green-700', badge: 'bg-green-100 text-green-900', icon: '✓' },
  done_late: { dot: 'bg-amber-600 border-amber-600', badge: 'bg-amber-100 text-amber-900', icon: '✓' },
  behind: { dot: 'bg-white border-red-700', badge: 'bg-red-100 text-red-900', icon: '!' },
  pending: { dot: 'bg-white border-slate-400', badge: 'bg-slate-100 text-slate-700', icon: '○' },
  undated: { dot: 'bg-white border-slate-300', badge: 'bg-slate-100 text-slate-600', icon: '○' },
};

/** Milestones on a vertical timeline: planned and actual dates, the state in words and icon, a late flag. */
export function MilestoneTimeline({
  steps,
  label,
  children,
}: {
  steps: TimelineStepView[];
  label: string;
  children?: (s: TimelineStepView) => React.ReactNode;
}) {
  return (
    <ol aria-label={label} className="relative ml-2 border-l-2 border-slate-200">
      {steps.map((s) => {
        const st = STATE_STYLE[s.state];
        return (
          <li key={s.key} data-testid={s.key} className="relative pb-4 pl-5 last:pb-0">
            <span aria-hidden className={cn('absolute -left-[7px] top-1 size-3 rounded-full border-2', st.dot)} />
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="font-medium text-slate-900">{s.title}</span>
              {s.phase && <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-900">{s.phase}</span>}
              <span className={cn('rounded px-1.5 text-xs font-medium', st.badge)} data-testid="milestone-state">
                {st.icon} {s.stateLabel}
              </span>
              {s.late && s.state === 'behind' && <span className="text-xs font-semibold text-red-800">滞后于计划</span>}
            </div>
            <p className="mt-0.5 text-xs text-slate-600">
              计划：{s.planned} · 实际：{s.actual}
            </p>
            {s.evidence && <p className="mt-0.5 text-xs text-slate-700">佐证：{s.evidence}</p>}
            {children?.(s)}
          </li>
        );
      })}
    </ol>
  );
}
