import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openDb } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { STORAGE_MESSAGES } from '@/db/storage-errors';

const db = openDb(':memory:');
runMigrations(db);
const admin = { id: 1, username: 'a', displayName: '管理员', role: 'admin', mustChangePassword: false, scopes: {} };

vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/db', () => ({ getDb: () => db }));
vi.mock('@/db/queries/cache', () => ({ invalidateDerived: () => undefined }));
vi.mock('@/lib/auth/session', () => ({
  getSessionUser: async () => admin,
  auditDenied: async () => undefined,
  requestIp: async () => null,
  MUST_CHANGE_PASSWORD: '',
}));

const { action } = await import('./action');

const sqliteError = (code: string) => Object.assign(new Error(code), { code });
const appMetaRows = () => (db.$client.prepare('select count(*) as n from app_meta').get() as { n: number }).n;

describe('action() when the storage refuses the write', () => {
  it('answers a full disk with the Chinese refusal and writes nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = appMetaRows();
    const save = action({
      name: 'test.full',
      schema: z.object({}),
      permission: null,
      run: ({ db: d, audit }) => {
        d.$client.prepare("insert into app_meta (key, value) values ('k', 'v')").run();
        audit({ action: 'test.full' });
        throw sqliteError('SQLITE_FULL');
      },
    });
    expect(await save(null, {})).toEqual({ ok: false, code: 'unavailable', message: STORAGE_MESSAGES.full });
    expect(appMetaRows()).toBe(before);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('存储故障 action=test.full code=SQLITE_FULL'));
  });

  it('answers a read-only database the same way (a real SQLITE_READONLY)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const write = action({
      name: 'test.readonly',
      schema: z.object({}),
      permission: null,
      run: ({ db: d, audit }) => {
        d.$client.prepare("insert into app_meta (key, value) values ('ro', 'v')").run();
        audit({ action: 'test.readonly' });
      },
    });
    db.$client.pragma('query_only = 1');
    try {
      expect(await write(null, {})).toEqual({ ok: false, code: 'unavailable', message: STORAGE_MESSAGES.readonly });
    } finally {
      db.$client.pragma('query_only = 0');
    }
    expect((await write(null, {})).ok).toBe(true);
  });

  it('lets every other error through to the error page', async () => {
    const broken = action({
      name: 'test.bug',
      schema: z.object({}),
      permission: null,
      run: () => {
        throw sqliteError('SQLITE_CONSTRAINT_UNIQUE');
      },
    });
    await expect(broken(null, {})).rejects.toThrow('SQLITE_CONSTRAINT_UNIQUE');
  });
});

describe('action() field errors', () => {
  it('a field named after an Object.prototype member is reported, not a crash', async () => {
    const strict = action({
      name: 'test.fields',
      schema: z.object({}).catchall(z.string({ message: '应为文字' })),
      permission: null,
      run: () => null,
    });
    const result = await strict(null, JSON.parse('{"constructor":{},"__proto__":{},"toString":1}') as Record<string, unknown>);
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { constructor: ['应为文字'], toString: ['应为文字'] } });
  });
});
