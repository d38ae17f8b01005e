import 'server-only';
import type { UserScope } from '@/db/schema';
import { getShownCampaign } from './shown-campaign';
import { getCampaignStructure } from './structure';
import { parseId } from './dashboard-context';

/** The name of a competition, task force or indicator of the shown campaign for a page title, or null. */
export async function entityTitle(kind: UserScope['scopeType'], rawId: string): Promise<string | null> {
  const id = parseId(rawId);
  const shown = await getShownCampaign();
  if (id === null || shown.kind !== 'shown') return null;
  const s = getCampaignStructure(shown.shown.campaign.id);
  const list = kind === 'competition' ? s.competitions : kind === 'taskForce' ? s.taskForces : s.indicators;
  return list.find((x) => x.id === id)?.name ?? null;
}
