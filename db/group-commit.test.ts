import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { inGroupCommit } from './group-commit';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saima-group-'));
const file = path.join(dir, 'g.db');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
db.exec(
  'create table parent (id integer primary key); create table child (id integer primary key, parent_id integer not null references parent(id), v text)',
);
db.exec('insert into parent (id) values (1)');
const other = new Database(file);
const rows = () => db.prepare('select v from child order by id').pluck().all();
const insert = (v: string, parent = 1) => db.prepare('insert into child (parent_id, v) values (?, ?)').run(parent, v);

afterAll(() => {
  db.close();
  other.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => db.exec('delete from child'));

describe('inGroupCommit', () => {
  it('writes queued in one turn share one commit, and each caller gets its own result after it', async () => {
    const committed = () => other.prepare('select count(*) from child').pluck().get();
    const seen: unknown[] = [];
    const results = await Promise.all(
      ['a', 'b', 'c'].map((v) =>
        inGroupCommit(db, () => {
          seen.push(committed());
          insert(v);
          return v.toUpperCase();
        }),
      ),
    );
    expect(results).toEqual(['A', 'B', 'C']);
    // Another connection saw none of them before the one commit, and all of them after it.
    expect(seen).toEqual([0, 0, 0]);
    expect(committed()).toBe(3);
    await inGroupCommit(db, () => seen.push(committed()));
    expect(seen.at(-1)).toBe(3);
  });

  it('a write that throws rolls back its own statements only; the others commit', async () => {
    const refused = new Error('拒绝');
    const outcomes = await Promise.allSettled([
      inGroupCommit(db, () => insert('kept-1')),
      inGroupCommit(db, () => {
        insert('lost-1');
        insert('lost-2');
        throw refused;
      }),
      inGroupCommit(db, () => insert('kept-2')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBe(refused);
    expect(rows()).toEqual(['kept-1', 'kept-2']);
  });

  it('a failed commit fails every write of the group, and none is stored', async () => {
    const outcomes = await Promise.allSettled([
      inGroupCommit(db, () => insert('x')),
      inGroupCommit(db, () => {
        db.pragma('defer_foreign_keys = ON');
        insert('orphan', 99);
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    for (const o of outcomes) expect(String((o as PromiseRejectedResult).reason)).toContain('FOREIGN KEY');
    expect(rows()).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('when the whole transaction is gone mid-group, every write fails (the earlier ones were rolled back too)', async () => {
    const outcomes = await Promise.allSettled([
      inGroupCommit(db, () => insert('first')),
      inGroupCommit(db, () => db.exec('ROLLBACK')),
      inGroupCommit(db, () => insert('never')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(rows()).toEqual([]);
    expect(db.inTransaction).toBe(false);
    await inGroupCommit(db, () => insert('after'));
    expect(rows()).toEqual(['after']);
  });
});
