/**
 * What every view builder works on: the selected period with the campaign's settings, and the
 * loaded campaign structure and period snapshot. Builders are pure functions of these (plus any
 * rows a screen loads for itself); db/queries loads them, components draw what builders return.
 */
import type { CampaignSettings, PeriodSnapshot } from '@/lib/metrics';
import { completenessNote } from '@/lib/format';
import type { CampaignStructure } from './structure';

/** The selected period and the campaign's settings: all a component needs to know of the request. */
export interface ViewContext {
  period: string;
  settings: CampaignSettings;
}

/** The loaded inputs of the dashboard's view builders. */
export interface DashboardData {
  ctx: ViewContext;
  structure: CampaignStructure;
  snapshot: PeriodSnapshot;
}

/** A link to `path` keeping the selected period (state shared by URL). */
export function withPeriod(path: string, period: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}period=${encodeURIComponent(period)}`;
}

/**
 * The caveat shown wherever the period is ranked while its round is incomplete —
 * '已报送26/190项，排名仅供参考' (completenessNote of the snapshot's completeness) — or null.
 */
export function rankingCaveat(snapshot: PeriodSnapshot): string | null {
  return completenessNote(snapshot.completeness);
}

/** A table note with the ranking caveat in front of it when the round is incomplete. */
export function rankedNote(snapshot: PeriodSnapshot, note: string): string {
  const caveat = rankingCaveat(snapshot);
  return caveat ? `${caveat}。${note}` : note;
}
