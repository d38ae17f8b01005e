import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, progressEntries, regions } from '@/db/schema';

/** The entry and every audited change of it, oldest first (who, when, before, after). */
export function getEntryHistory(entryId: number) {
  const db = getDb();
  const entry = db.select().from(progressEntries).where(eq(progressEntries.id, entryId)).get();
  if (!entry) return null;
  const rows = db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'progress_entry'), eq(auditLog.entityId, String(entryId))))
    .orderBy(asc(auditLog.id))
    .all();
  return { entry, rows };
}

/** Names the audit log refers to by code (counties in county.save), for the audit page's words. */
export function getAuditNames(): { region: (code: string) => string | undefined } {
  const names = new Map(
    getDb()
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .all()
      .map((r) => [r.code, r.name]),
  );
  return { region: (code) => names.get(code) };
}
