/** Village and township scopes of an account (村庄经营 entry and review, work items a township owns). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { units, villages } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';

/**
 * The user_scopes rows for the given administrative villages and townships, refusing ids that name
 * no administrative village or no township (a forged or stale form).
 */
export function placeScopeRows(db: Db, userId: number, input: { villageIds: number[]; townshipIds: number[] }) {
  const villageIds = [...new Set(input.villageIds)];
  const townshipIds = [...new Set(input.townshipIds)];
  const foundVillages = villageIds.length
    ? db
        .select({ id: villages.id })
        .from(villages)
        .where(and(inArray(villages.id, villageIds), eq(villages.kind, 'administrative')))
        .all().length
    : 0;
  const foundTownships = townshipIds.length
    ? db
        .select({ id: units.id })
        .from(units)
        .where(and(inArray(units.id, townshipIds), eq(units.kind, 'township')))
        .all().length
    : 0;
  if (foundVillages !== villageIds.length || foundTownships !== townshipIds.length)
    throw new ActionError('所选的村或乡镇（街道）已不存在，请刷新页面后重新勾选。', 'invalid');
  return [
    ...villageIds.map((id) => ({ userId, scopeType: 'village' as const, scopeId: id })),
    ...townshipIds.map((id) => ({ userId, scopeType: 'township' as const, scopeId: id })),
  ];
}
