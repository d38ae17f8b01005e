import { describe, expect, it } from 'vitest';
import { openDb } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { writeAudit } from './audit';

const db = openDb(':memory:');
runMigrations(db);
const raw = () =>
  db.$client
    .prepare('select at, user_id, username, ip, action, entity_type, entity_id, before, after, detail from audit_log order by id')
    .all();

describe('writeAudit', () => {
  it('stores absent values as NULL (never the text null), objects as JSON and the entity id as text, stamped with the time', () => {
    writeAudit(db, {
      action: 'progress.save',
      userId: 3,
      username: 'lead',
      ip: '10.0.0.1',
      entityType: 'progress_entry',
      entityId: 7,
      before: null,
      after: { value: 12.5, status: 'draft' },
      detail: null,
    });
    writeAudit(db, { action: 'access.denied' });
    const [first, second] = raw() as Record<string, unknown>[];
    expect(first).toMatchObject({
      user_id: 3,
      username: 'lead',
      ip: '10.0.0.1',
      action: 'progress.save',
      entity_type: 'progress_entry',
      entity_id: '7',
      before: null,
      after: '{"value":12.5,"status":"draft"}',
      detail: null,
    });
    expect(second).toMatchObject({
      user_id: null,
      username: null,
      ip: null,
      action: 'access.denied',
      entity_type: null,
      entity_id: null,
      before: null,
      after: null,
      detail: null,
    });
    for (const row of [first, second]) expect(String(row!.at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('is read back through the schema as it was written', () => {
    writeAudit(db, { action: 'x', before: { a: [1, '二'] }, after: 'text', entityId: 'k-1' });
    const last = db.query.auditLog.findMany().sync().at(-1)!;
    expect(last).toMatchObject({ action: 'x', before: { a: [1, '二'] }, after: 'text', entityId: 'k-1' });
  });
});
