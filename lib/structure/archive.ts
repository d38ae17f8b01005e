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

/** The levels of an indicator's place in the structure, each with its archive mark. */
export interface ArchiveChain {
  competition: Archivable;
  taskForce: Archivable;
  indicator: Archivable;
}

/** What a refused write would have done, for the message: 填报 a figure, 审核 it, 录入 county values. */
export type ArchivedWrite = 'report' | 'review' | 'county';

/**
 * The Chinese refusal of a write (a figure, its review, county values, milestone dates) for an
 * indicator that is archived itself or under an archived task force or competition, or null when
 * nothing above it is archived. Archived items take no writes in any period, earlier ones neither:
 * an administrator restores the item first.
 */
export function archivedWriteRefusal(chain: ArchiveChain, write: ArchivedWrite = 'report'): string | null {
  const level = isCurrent(chain.competition)
    ? isCurrent(chain.taskForce)
      ? isCurrent(chain.indicator)
        ? null
        : 'indicator'
      : 'taskForce'
    : 'competition';
  return level === null ? null : ARCHIVE_TEXT.writeRefused(level, write);
}
