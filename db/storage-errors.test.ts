import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES, storageFailure } from './storage-errors';

const err = (code: string) => Object.assign(new Error(code), { code });

describe('storageFailure', () => {
  it('classifies SQLite and errno codes of a failing disk', () => {
    expect(storageFailure(err('SQLITE_FULL'))).toBe('full');
    expect(storageFailure(err('ENOSPC'))).toBe('full');
    expect(storageFailure(err('SQLITE_READONLY'))).toBe('readonly');
    expect(storageFailure(err('SQLITE_READONLY_DBMOVED'))).toBe('readonly');
    expect(storageFailure(err('EROFS'))).toBe('readonly');
    expect(storageFailure(err('SQLITE_IOERR_FSYNC'))).toBe('ioerr');
    expect(storageFailure(err('SQLITE_BUSY'))).toBe('busy');
    expect(storageFailure(err('SQLITE_BUSY_SNAPSHOT'))).toBe('busy');
    expect(storageFailure(err('SQLITE_CANTOPEN'))).toBe('cantopen');
  });

  it('leaves every other error alone', () => {
    expect(storageFailure(err('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailure(err('SQLITE_ERROR'))).toBeNull();
    expect(storageFailure(new Error('SQLITE_FULL'))).toBeNull();
    expect(storageFailure(null)).toBeNull();
    expect(storageFailure('SQLITE_FULL')).toBeNull();
    expect(storageFailure({ code: 5 })).toBeNull();
  });

  it('recognises a real read-only write of better-sqlite3', () => {
    const db = new Database(':memory:');
    db.exec('create table t (x)');
    db.pragma('query_only = 1');
    let thrown: unknown;
    try {
      db.prepare('insert into t values (1)').run();
    } catch (e) {
      thrown = e;
    }
    expect(storageFailure(thrown)).toBe('readonly');
    db.close();
  });

  it('says in Chinese that nothing was saved and the input is kept', () => {
    for (const m of Object.values(STORAGE_MESSAGES)) {
      expect(m).toContain('本次操作没有保存');
      expect(m).toMatch(/[\u4e00-\u9fff]/);
      expect(m).not.toMatch(/SQLITE|[A-Za-z]{4,}/);
    }
  });
});
