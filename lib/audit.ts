/**
 * The audit log: append-only (database triggers refuse UPDATE and DELETE). Security events and
 * every change of every entry are written here; times are stored in UTC and shown in 北京时间.
 */
import type { Db } from '@/db/connection';
import { auditLog } from '@/db/schema';

export interface AuditEvent {
  action: string;
  userId?: number | null;
  username?: string | null;
  ip?: string | null;
  entityType?: string | null;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
}

export function writeAudit(db: Db, e: AuditEvent): void {
  db.insert(auditLog)
    .values({
      action: e.action,
      userId: e.userId ?? null,
      username: e.username ?? null,
      ip: e.ip ?? null,
      entityType: e.entityType ?? null,
      entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
      before: e.before === undefined ? null : e.before,
      after: e.after === undefined ? null : e.after,
      detail: e.detail ?? null,
    })
    .run();
}

/** Labels of audit actions, shown in the admin views (lib/audit-view words every column of a row). */
export { EVENT_LABELS as AUDIT_LABELS } from './audit-view/labels';
