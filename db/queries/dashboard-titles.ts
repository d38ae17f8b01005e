import 'server-only';
import type { UserScope } from '@/db/schema';
import { getActiveCampaign } from './campaign';
import { getCampaignStructure } from './structure';
import { parseId } from './dashboard-context';

/** The name of a competition, task force or indicator of the active campaign for a page title, or null. */
export function entityTitle(kind: UserScope['scopeType'], rawId: string): string | null {
  const id = parseId(rawId);
  if (id === null) return null;
  const s = getCampaignStructure(getActiveCampaign().id);
  const list = kind === 'competition' ? s.competitions : kind === 'taskForce' ? s.taskForces : s.indicators;
  return list.find((x) => x.id === id)?.name ?? null;
}
