/**
 * The audit log: append-only (database triggers refuse UPDATE and DELETE). Security events and
 * every change of every entry are written here; times are stored in UTC and shown in 北京时间.
 */
import type { Db } from '@/db/connection';
import { driverValue, perConnection, rawPlaceholder } from '@/db/prepared';
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

const COLUMNS = ['action', 'userId', 'username', 'ip', 'entityType', 'entityId', 'before', 'after', 'detail'] as const;

/** The insert of every audit row, prepared once per connection (every write writes one). */
const insertAudit = perConnection((db: Db) =>
  db
    .insert(auditLog)
    .values({
      action: rawPlaceholder('action'),
      userId: rawPlaceholder('userId'),
      username: rawPlaceholder('username'),
      ip: rawPlaceholder('ip'),
      entityType: rawPlaceholder('entityType'),
      entityId: rawPlaceholder('entityId'),
      before: rawPlaceholder('before'),
      after: rawPlaceholder('after'),
      detail: rawPlaceholder('detail'),
    })
    .prepare(),
);

export function writeAudit(db: Db, e: AuditEvent): void {
  const row: Record<(typeof COLUMNS)[number], unknown> = {
    action: e.action,
    userId: e.userId ?? null,
    username: e.username ?? null,
    ip: e.ip ?? null,
    entityType: e.entityType ?? null,
    entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
    before: e.before === undefined ? null : e.before,
    after: e.after === undefined ? null : e.after,
    detail: e.detail ?? null,
  };
  insertAudit(db).run(Object.fromEntries(COLUMNS.map((c) => [c, driverValue(auditLog[c], row[c])])));
}

/** Labels of audit actions, shown in the admin views (lib/audit-view words every column of a row). */
export { EVENT_LABELS as AUDIT_LABELS } from './audit-view/labels';
