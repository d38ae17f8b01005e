/**
 * 排序: moves a competition, task force or indicator one place up or down among its siblings
 * (archived siblings included, so restoring one puts it back where it was). Synchronous, audited.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { competitions, indicators, taskForces } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { ITEM_TEXT } from '@/lib/structure/admin-text';
import type { Actor } from './context';
import { findItem } from './structure-archive';

type Movable = 'competition' | 'taskForce' | 'indicator';

function siblings(db: Db, kind: Movable, id: number, campaignId: number) {
  if (kind === 'competition')
    return {
      table: competitions,
      rows: db
        .select()
        .from(competitions)
        .where(eq(competitions.campaignId, campaignId))
        .orderBy(asc(competitions.sortOrder), asc(competitions.id))
        .all(),
    };
  if (kind === 'taskForce') {
    const tf = db.select().from(taskForces).where(eq(taskForces.id, id)).get()!;
    return {
      table: taskForces,
      rows: db
        .select()
        .from(taskForces)
        .where(eq(taskForces.competitionId, tf.competitionId))
        .orderBy(asc(taskForces.sortOrder), asc(taskForces.id))
        .all(),
    };
  }
  const ind = db.select().from(indicators).where(eq(indicators.id, id)).get()!;
  return {
    table: indicators,
    rows: db
      .select()
      .from(indicators)
      .where(eq(indicators.taskForceId, ind.taskForceId))
      .orderBy(asc(indicators.sortOrder), asc(indicators.id))
      .all(),
  };
}

/** Swaps the item with its neighbour above (`up`) or below; refuses at either end. */
export function moveItem(db: Db, actor: Actor, kind: Movable, id: number, campaignId: number, direction: 'up' | 'down'): string {
  const item = findItem(db, kind, id, campaignId);
  if (!item) throw new ActionError(ITEM_TEXT.notFound(kind), 'not_found');
  const { table, rows } = siblings(db, kind, id, campaignId);
  const at = rows.findIndex((r) => r.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= rows.length) throw new ActionError(ITEM_TEXT.cannotMove, 'invalid');
  const order = rows.map((r) => r.id);
  [order[at], order[to]] = [order[to]!, order[at]!];
  order.forEach((rid, i) =>
    db
      .update(table)
      .set({ sortOrder: i + 1 })
      .where(eq(table.id, rid))
      .run(),
  );
  actor.audit({ action: 'structure.move', entityType: kind, entityId: id, before: { position: at + 1 }, after: { position: to + 1 } });
  return ITEM_TEXT.moved(kind, item.name);
}
