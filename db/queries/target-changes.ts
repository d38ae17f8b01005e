import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { targetChanges, users, type TargetChange } from '@/db/schema';

/** A 目标调整 with the name of who made it (null when the account is gone). */
export type TargetChangeRow = TargetChange & { by: string | null };

/** The target changes of an indicator, newest first (ties by id). Readable by anyone who may read the indicator. */
export function listTargetChanges(indicatorId: number): TargetChangeRow[] {
  return getDb()
    .select({ change: targetChanges, by: users.displayName })
    .from(targetChanges)
    .leftJoin(users, eq(users.id, targetChanges.changedBy))
    .where(eq(targetChanges.indicatorId, indicatorId))
    .orderBy(desc(targetChanges.changedAt), desc(targetChanges.id))
    .all()
    .map((r) => ({ ...r.change, by: r.by }));
}
