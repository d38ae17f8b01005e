import 'server-only';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  operators,
  units,
  users,
  villageMetrics,
  villageMetricValues,
  villages,
  ventures,
  type EntryStatus,
  type Operator,
  type Venture,
  type Village,
  type VillageMetric,
  type VillageMetricValue,
} from '@/db/schema';
import { villageRound, yearRound } from '@/db/mutations/village-figures';
import { can, type AuthUser } from '@/lib/auth/permissions';
import type { RoundState } from '@/lib/reporting';

export interface TownshipRow {
  id: number;
  name: string;
}

export interface VillageRow {
  village: Village;
  township: TownshipRow;
  /** Its natural villages (自然村). */
  natural: Village[];
  operators: (Operator & { ventures: Venture[]; naturalVillage: string | null })[];
}

/** Township units in their customary order. */
export function listTownships(): TownshipRow[] {
  return getDb()
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.kind, 'township'))
    .orderBy(asc(units.sortOrder))
    .all();
}

/**
 * Every administrative village with its natural villages, operators (of the village or one of its
 * natural villages) and their ventures; townships in customary order, villages by id. Readable by
 * every logged-in user (dashboard:read is checked by the page).
 */
export function listVillages(only?: number[]): VillageRow[] {
  const db = getDb();
  const towns = new Map(listTownships().map((t) => [t.id, t]));
  const all = db.select().from(villages).orderBy(asc(villages.id)).all();
  const admin = all.filter((v) => v.kind === 'administrative' && (!only || only.includes(v.id)));
  const ops = db.select().from(operators).orderBy(asc(operators.id)).all();
  const vens = db.select().from(ventures).orderBy(asc(ventures.id)).all();
  const byId = new Map(all.map((v) => [v.id, v]));
  const adminOf = (villageId: number) => {
    const v = byId.get(villageId);
    return v?.kind === 'natural' && v.parentVillageId !== null ? v.parentVillageId : villageId;
  };
  const rows = admin.map((village) => ({
    village,
    township: towns.get(village.townshipUnitId) ?? { id: village.townshipUnitId, name: '—' },
    natural: all.filter((n) => n.parentVillageId === village.id),
    operators: ops
      .filter((o) => adminOf(o.villageId) === village.id)
      .map((o) => ({
        ...o,
        ventures: vens.filter((v) => v.operatorId === o.id),
        naturalVillage: o.villageId === village.id ? null : (byId.get(o.villageId)?.name ?? null),
      })),
  }));
  const order = [...towns.keys()];
  return rows.sort((a, b) => order.indexOf(a.township.id) - order.indexOf(b.township.id));
}

/** The administrative village `id` (a natural village's id gives its parent), or null. */
export function getVillageRow(id: number): VillageRow | null {
  const v = getDb().select().from(villages).where(eq(villages.id, id)).get();
  if (!v) return null;
  const adminId = v.kind === 'natural' && v.parentVillageId !== null ? v.parentVillageId : v.id;
  return listVillages([adminId])[0] ?? null;
}

export type FigureRow = VillageMetricValue & {
  metric: VillageMetric;
  ventureKind: Venture['kind'];
  ventureName: string;
  /** The administrative village the figure counts for. */
  villageId: number;
  submittedByName: string | null;
};

/**
 * Figures of the given ventures (all ventures when omitted) with their metric, in catalogue order
 * then period. `statuses` filters the workflow status (approved only for charts and rankings).
 */
export function listVillageFigures(opts: { ventureIds?: number[]; statuses?: EntryStatus[] } = {}): FigureRow[] {
  const db = getDb();
  if (opts.ventureIds && opts.ventureIds.length === 0) return [];
  const rows = db
    .select({
      value: villageMetricValues,
      metric: villageMetrics,
      venture: ventures,
      operatorVillage: operators.villageId,
      by: users.displayName,
    })
    .from(villageMetricValues)
    .innerJoin(villageMetrics, eq(villageMetrics.id, villageMetricValues.metricId))
    .innerJoin(ventures, eq(ventures.id, villageMetricValues.ventureId))
    .innerJoin(operators, eq(operators.id, ventures.operatorId))
    .leftJoin(users, eq(users.id, villageMetricValues.submittedBy))
    .where(
      and(
        opts.ventureIds ? inArray(villageMetricValues.ventureId, opts.ventureIds) : undefined,
        opts.statuses ? inArray(villageMetricValues.status, opts.statuses) : undefined,
      ),
    )
    .orderBy(asc(villageMetrics.sortOrder), asc(villageMetrics.id), asc(villageMetricValues.period))
    .all();
  const parents = new Map(
    db
      .select({ id: villages.id, parent: villages.parentVillageId })
      .from(villages)
      .all()
      .map((v) => [v.id, v.parent ?? v.id]),
  );
  return rows.map((r) => ({
    ...r.value,
    metric: r.metric,
    ventureKind: r.venture.kind,
    ventureName: r.venture.name,
    villageId: parents.get(r.operatorVillage) ?? r.operatorVillage,
    submittedByName: r.by,
  }));
}

/** The catalogue, in its order; archived metrics only when asked (the admin page). */
export function listVillageMetrics(includeArchived = false): VillageMetric[] {
  return getDb()
    .select()
    .from(villageMetrics)
    .where(includeArchived ? undefined : eq(villageMetrics.archived, false))
    .orderBy(asc(villageMetrics.sortOrder), asc(villageMetrics.id))
    .all();
}

/** Metrics a venture of `kind` may report: its kind's and those for any venture. */
export function metricsForKind(kind: Venture['kind']): VillageMetric[] {
  return getDb()
    .select()
    .from(villageMetrics)
    .where(and(eq(villageMetrics.archived, false), or(isNull(villageMetrics.ventureKind), eq(villageMetrics.ventureKind, kind))))
    .orderBy(asc(villageMetrics.sortOrder), asc(villageMetrics.id))
    .all();
}

/** Townships in order with their administrative villages (for the scope editor). */
export function listPlaces(): { id: number; name: string; villages: { id: number; name: string }[] }[] {
  const all = getDb()
    .select({ id: villages.id, name: villages.name, townshipUnitId: villages.townshipUnitId })
    .from(villages)
    .where(eq(villages.kind, 'administrative'))
    .orderBy(asc(villages.id))
    .all();
  return listTownships().map((t) => ({
    ...t,
    villages: all.filter((v) => v.townshipUnitId === t.id).map(({ id, name }) => ({ id, name })),
  }));
}

export interface VillageEntryData {
  /** Metrics each venture may report, by venture id. */
  metrics: Map<number, VillageMetric[]>;
  /** Figures of the village not yet approved (drafts, returned, awaiting review), with the round that owes each. */
  open: (FigureRow & { round: RoundState })[];
  /** The round a year's figure is owed in now (the campaign's latest opened round). */
  yearRound: RoundState;
}

/**
 * What the entry panel of a village needs, for a user with the village in scope (checked here:
 * null otherwise): the metrics of each venture and the village's figures still in the workflow.
 */
export function getVillageEntry(user: AuthUser, row: VillageRow): VillageEntryData | null {
  const scope = { villageId: row.village.id, townshipId: row.village.townshipUnitId };
  if (!can(user, 'village:edit', scope)) return null;
  const db = getDb();
  const ventureList = row.operators.flatMap((o) => o.ventures);
  const open = listVillageFigures({ ventureIds: ventureList.map((v) => v.id), statuses: ['draft', 'returned', 'submitted'] });
  return {
    metrics: new Map(ventureList.map((v) => [v.id, metricsForKind(v.kind)])),
    open: open.map((f) => ({ ...f, round: villageRound(db, f.period) })),
    yearRound: yearRound(db),
  };
}

/** Submitted village figures the user may review (village:review, checked here per figure), oldest submission first. */
export function listVillageReviewQueue(user: AuthUser): (FigureRow & { villageName: string; township: string })[] {
  const submitted = listVillageFigures({ statuses: ['submitted'] });
  if (submitted.length === 0) return [];
  const rows = new Map(listVillages([...new Set(submitted.map((f) => f.villageId))]).map((r) => [r.village.id, r]));
  return submitted
    .filter((f) => {
      const r = rows.get(f.villageId);
      return r ? can(user, 'village:review', { villageId: r.village.id, townshipId: r.village.townshipUnitId }) : false;
    })
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
    .map((f) => ({ ...f, villageName: rows.get(f.villageId)!.village.name, township: rows.get(f.villageId)!.township.name }));
}

/** How many figures each metric has (the catalogue page), for administrators (village:catalogue, checked here). */
export function countFiguresByMetric(user: AuthUser): Map<number, number> {
  if (!can(user, 'village:catalogue')) return new Map();
  const rows = getDb()
    .select({ metricId: villageMetricValues.metricId, n: sql<number>`count(*)` })
    .from(villageMetricValues)
    .groupBy(villageMetricValues.metricId)
    .all();
  return new Map(rows.map((r) => [r.metricId, r.n]));
}
