import { formatPercent } from '@/lib/format';

/**
 * Completion against time progress (序时进度): a bar for completion and a tick for 序时.
 * Accessible: the numbers are in text beside the bar.
 */
export function ProgressVsTime({
  completion,
  timeProgress,
  label = '完成',
}: {
  completion: number | null;
  timeProgress: number;
  label?: string;
}) {
  const width = completion === null ? 0 : Math.min(1, Math.max(0, completion)) * 100;
  const behind = completion !== null && completion < timeProgress;
  return (
    <div>
      <div className="flex justify-between text-xs text-slate-600">
        <span>
          {label} <strong className="tabular text-sm text-slate-900">{formatPercent(completion)}</strong>
        </span>
        <span>
          序时 <span className="tabular">{formatPercent(timeProgress)}</span>
        </span>
      </div>
      <div className="relative mt-1 h-2.5 rounded-full bg-slate-200" aria-hidden>
        <div className={`h-full rounded-full ${behind ? 'bg-status-behind' : 'bg-status-ahead'}`} style={{ width: `${width}%` }} />
        <div className="absolute -top-1 h-4.5 w-0.5 bg-slate-800" style={{ left: `${timeProgress * 100}%` }} />
      </div>
    </div>
  );
}
