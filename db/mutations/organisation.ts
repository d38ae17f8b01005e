/**
 * Units (部门, 乡镇（街道）with their statistical codes) and people (领导 with their titles): add
 * and edit one, checked by the structure import's rules (lib/structure/single.ts) against the
 * district's current units and people. Synchronous, inside the action's transaction; audited.
 */
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { campaigns, people, units } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { ITEM_TEXT } from '@/lib/structure/admin-text';
import { checkRecord, withoutRecord } from '@/lib/structure/single';
import type { PersonRecord, UnitRecord } from '@/lib/structure/types';
import type { Actor } from './context';
import { readStructure } from './structure-snapshot';
import { ensureRegion, lookups } from './structure-write';

type Values = Record<string, unknown>;

function checked<T>(c: { ok: true; record: unknown } | { ok: false; message: string; fieldErrors: Record<string, string[]> }): T {
  if (!c.ok) throw new ActionError(c.message, 'invalid', c.fieldErrors);
  return c.record as T;
}

/** Adds (`id` null) or edits a unit; a township's code is added to the regions when new. Returns its id. */
export function saveUnit(db: Db, actor: Actor, id: number | null, values: Values): number {
  const old = id === null ? null : db.select().from(units).where(eq(units.id, id)).get();
  if (id !== null && !old) throw new ActionError(ITEM_TEXT.notFound('unit'), 'not_found');
  const existing = readStructure(db, null);
  const base = old ? withoutRecord(existing, 'units', old.name) : existing;
  const r = checked<UnitRecord>(checkRecord('units', values, base, 0, ITEM_TEXT.duplicate('unit', String(values.name), false)));
  const clash = db
    .select()
    .from(units)
    .where(and(eq(units.name, r.name), id === null ? undefined : ne(units.id, id)))
    .get();
  if (clash)
    throw new ActionError(ITEM_TEXT.duplicate('unit', r.name, true), 'invalid', { name: [ITEM_TEXT.duplicate('unit', r.name, true)] });
  if (r.regionCode) {
    const home = db.select({ code: campaigns.homeRegionCode }).from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).get();
    ensureRegion(db, r.regionCode, r.name, home?.code ?? r.regionCode.slice(0, 6));
  }
  const set = { name: r.name, shortName: r.shortName, kind: r.kind, regionCode: r.regionCode };
  if (old) {
    db.update(units).set(set).where(eq(units.id, old.id)).run();
    actor.audit({ action: 'structure.unit_update', entityType: 'unit', entityId: old.id, before: old, after: set });
    return old.id;
  }
  const max = db
    .select({ n: sql<number>`coalesce(max(${units.sortOrder}), 0)` })
    .from(units)
    .get()!.n;
  const row = db
    .insert(units)
    .values({ ...set, sortOrder: max + 1 })
    .returning()
    .get();
  actor.audit({ action: 'structure.unit_create', entityType: 'unit', entityId: row.id, after: set });
  return row.id;
}

/** Adds (`id` null) or edits a person (name, title, unit). Returns the id. */
export function savePerson(db: Db, actor: Actor, id: number | null, values: Values): number {
  const old = id === null ? null : db.select().from(people).where(eq(people.id, id)).get();
  if (id !== null && !old) throw new ActionError(ITEM_TEXT.notFound('person'), 'not_found');
  const existing = readStructure(db, null);
  const base = old ? withoutRecord(existing, 'people', old.name) : existing;
  const r = checked<PersonRecord>(checkRecord('people', values, base, 0, ITEM_TEXT.duplicate('person', String(values.name), false)));
  const clash = db
    .select()
    .from(people)
    .where(and(eq(people.name, r.name), id === null ? undefined : ne(people.id, id)))
    .get();
  if (clash)
    throw new ActionError(ITEM_TEXT.duplicate('person', r.name, true), 'invalid', { name: [ITEM_TEXT.duplicate('person', r.name, true)] });
  const set = { name: r.name, title: r.title, unitId: lookups(db, 0).unitId(r.unit) };
  if (old) {
    db.update(people).set(set).where(eq(people.id, old.id)).run();
    actor.audit({ action: 'structure.person_update', entityType: 'person', entityId: old.id, before: old, after: set });
    return old.id;
  }
  const max = db
    .select({ n: sql<number>`coalesce(max(${people.sortOrder}), 0)` })
    .from(people)
    .get()!.n;
  const row = db
    .insert(people)
    .values({ ...set, sortOrder: max + 1 })
    .returning()
    .get();
  actor.audit({ action: 'structure.person_create', entityType: 'person', entityId: row.id, after: set });
  return row.id;
}
