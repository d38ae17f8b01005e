import type { CardProgress } from '@/lib/views/overview';
import { STATUS_ICONS, STATUS_LABELS } from '@/lib/format/status';
import { clsx } from 'clsx';

const BAR_TONES = {
  ahead: 'bg-status-ahead',
  behind: 'bg-status-behind',
  lagging: 'bg-status-lagging',
} as const;

/** A fraction as a bar's percentage of width, to a hundredth of a percent (finer is invisible). */
const clamp01 = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 10000) / 100;

/**
 * A group's mean completion against its own 应完成 line: a bar coloured by the group's status and a
 * tick at its 应完成 (not plain 序时), with the figures and the status in words. A group without a
 * figure (no higher-is-better cumulative indicator, or none reported) says so instead.
 */
export function ProgressVsTime({ progress: p, testIdPrefix }: { progress: CardProgress; testIdPrefix: string }) {
  if (p.completion === null || p.expected === null || p.status === null || p.status === 'no_data') {
    return (
      <p className="muted" data-testid={`${testIdPrefix}-gap`}>
        {p.gap}
      </p>
    );
  }
  return (
    <div>
      <div className="pv-head">
        <span className="truncate" title={p.label}>
          {p.label}
        </span>
        <strong className="pv-value" data-testid={`${testIdPrefix}-completion`}>
          {p.value}
        </strong>
      </div>
      <div className="pv-track" title={p.expectedText} aria-hidden>
        <div className={clsx('pv-bar', BAR_TONES[p.status])} style={{ width: `${clamp01(p.completion)}%` }} />
        <div className="pv-tick" style={{ left: `${clamp01(p.expected)}%` }} />
      </div>
      <p className="pv-gap" title={`${p.expectedText}，${p.gap}`}>
        <span data-testid={`${testIdPrefix}-status`} data-status={p.status}>
          <span aria-hidden>{STATUS_ICONS[p.status]}</span>
          <span className="sr-only">
            {STATUS_LABELS[p.status]}，{p.expectedText}：
          </span>
        </span>{' '}
        <span data-testid={`${testIdPrefix}-gap`}>{p.gap}</span>
      </p>
    </div>
  );
}
