/**
 * 归档与删除: what may be deleted, and what an archived row still counts in. One rule, used by the
 * admin pages, the structure loaders and the import. Pure; the words live in admin-text.ts.
 */
import { ARCHIVE_TEXT, type ItemKind } from './admin-text';

/** What refers to one competition, task force, indicator, unit or person, counted. */
export interface Usage {
  entries?: number;
  targetChanges?: number;
  countyValues?: number;
  phasedTargets?: number;
  steps?: number;
  scopes?: number;
  taskForces?: number;
  indicators?: number;
  members?: number;
  leads?: number;
  responsible?: number;
  people?: number;
  users?: number;
  workItems?: number;
  projects?: number;
  villages?: number;
  meetings?: number;
}

export type UsageKey = keyof Usage;

/** The Chinese refusal when anything refers to the item ("已有12条报送记录引用此指标，不能删除；可以归档。"), or null when it may be deleted. */
export function deleteRefusal(kind: ItemKind, usage: Usage): string | null {
  const parts = (Object.keys(ARCHIVE_TEXT.usage) as UsageKey[])
    .filter((k) => (usage[k] ?? 0) > 0)
    .map((k) => ARCHIVE_TEXT.usage[k](usage[k]!));
  return parts.length ? ARCHIVE_TEXT.refused(parts, kind) : null;
}

/** A row with an archive mark (db/schema `archived()`). */
export interface Archivable {
  archivedFrom: string | null;
}

/** Whether a row counts in `period` (`YYYY-MM`): not archived, or archived from a later period. */
export function isActiveIn(row: Archivable, period: string): boolean {
  return row.archivedFrom === null || period < row.archivedFrom;
}

/** Whether a row is offered today (forms, selects, import references): never archived. */
export function isCurrent(row: Archivable): boolean {
  return row.archivedFrom === null;
}

/**
 * The period an archive mark starts from: the campaign's current period, so the current rankings
 * leave the row out and every earlier period keeps it.
 */
export function archiveFromPeriod(currentPeriod: string): string {
  return currentPeriod;
}
