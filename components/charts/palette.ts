/**
 * Chart colours by the campaign's colour scheme (settings.colourScheme). Every chart also tells
 * status in words or icons, so no reading depends on colour alone.
 * - 'warning' (红黄绿灯, default): green ahead, amber slightly behind, red lagging, grey no data.
 * - 'honour' (红 = 好, as in 开门红/全年红): red ahead, amber slightly behind, green lagging.
 */
import type { StatusKey } from '@/lib/format';
import type { CampaignSettings } from '@/lib/metrics';

export type ColourScheme = CampaignSettings['colourScheme'];

export interface ChartPalette {
  status: Record<StatusKey, string>;
  /** The actual figure (cumulative line, level line, the district's bar). */
  actual: string;
  /** Monthly increments (bars). */
  increment: string;
  /** Targets: phased targets, the annual target, the target rank. */
  target: string;
  /** The straight time-progress line (序时进度). */
  timeLine: string;
  /** Other counties' bars. */
  other: string;
  grid: string;
  axis: string;
}

const GOOD = '#15803d';
const AMBER = '#b45309';
const BAD = '#b91c1c';
const GREY = '#6b7280';

/** The palette of a scheme; unknown schemes get the warning-light palette. */
export function chartPalette(scheme: ColourScheme | string): ChartPalette {
  const honour = scheme === 'honour';
  const ahead = honour ? BAD : GOOD;
  const lagging = honour ? GOOD : BAD;
  return {
    status: { ahead, done: ahead, behind: AMBER, lagging, overdue: lagging, no_data: GREY, not_due: GREY },
    actual: '#1f4e8c',
    increment: '#9cbbe3',
    target: '#7c3aed',
    timeLine: '#475569',
    other: '#b8c4d4',
    grid: '#e5e7eb',
    axis: '#374151',
  };
}
