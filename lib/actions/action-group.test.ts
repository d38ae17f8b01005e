import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openDb } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { ActionError } from './result';

const db = openDb(':memory:');
runMigrations(db);
const admin = { id: 1, username: 'a', displayName: '管理员', role: 'admin', mustChangePassword: false, scopes: {} };
const invalidated = vi.fn();

vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/db', () => ({ getDb: () => db }));
vi.mock('@/db/queries/cache', () => ({ invalidateDerived: () => invalidated() }));
vi.mock('@/lib/auth/session', () => ({
  getSessionUser: async () => admin,
  auditDenied: async () => undefined,
  requestIp: async () => null,
  MUST_CHANGE_PASSWORD: '',
}));

const { action } = await import('./action');

const write = action({
  name: 'test.write',
  schema: z.object({ key: z.string(), refuse: z.boolean() }),
  permission: null,
  run: ({ db: d, input, audit }) => {
    d.$client.prepare('insert into app_meta (key, value) values (?, ?)').run(input.key, 'v');
    audit({ action: 'test.write', entityId: input.key });
    if (input.refuse) throw new ActionError('不能保存', 'invalid');
    return input.key;
  },
});
const stored = () => db.$client.prepare("select key from app_meta where key like 'k%' order by key").pluck().all();
const audited = () => db.$client.prepare("select entity_id from audit_log where action = 'test.write' order by id").pluck().all();

describe('action() with concurrent requests', () => {
  it('each request is all or nothing: a refused one writes nothing, the others are stored and audited', async () => {
    const results = await Promise.all([
      write(null, { key: 'k1', refuse: false }),
      write(null, { key: 'k2', refuse: true }),
      write(null, { key: 'k3', refuse: false }),
    ]);
    expect(results).toEqual([
      { ok: true, data: 'k1' },
      { ok: false, code: 'invalid', message: '不能保存', fieldErrors: undefined, conflict: undefined },
      { ok: true, data: 'k3' },
    ]);
    expect(stored()).toEqual(['k1', 'k3']);
    expect(audited()).toEqual(['k1', 'k3']);
    expect(invalidated).toHaveBeenCalledTimes(2);
  });
});
