/**
 * `npm run backup` in the middle of a load (20 leads writing, readers reading), then
 * `npm run restore` of that backup into a fresh directory: the restored app serves, holds every
 * entry acknowledged before the backup began (and nothing that was never written), and its entry
 * count is the count acknowledged before the backup began plus the saves committed while the
 * backup took its copy (exactly the acknowledged count for a backup taken while only readers run).
 * Restore refuses a running service, a damaged file and a file without its
 * checksum, and keeps the database it replaces.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { FAULTS_PORT, scenarioDir } from './support/env';
import { createLeads, freeSlots, freshDatabase, removeDatabase, sessionOf, taskForcePairs } from './support/fixture';
import { builtAction, getPage } from './support/http';
import { startReaders } from './support/load';
import { npmRun } from './support/npm';
import { AppServer } from './support/server';
import { Submitter } from './support/submitter';
import { verifyWrites, type AckedWrite } from './support/verify';

const LEADS = 20;
const WRITES_EACH = 24;

const distinctEntries = (writes: AckedWrite[]) => new Set(writes.map((w) => w.entryId)).size;

function testEntries(file: string, userIds: number[]): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from progress_entries where created_by in (${userIds.join(',')})`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test(
  'backup during a load, restore into a fresh directory: the restored app serves every acknowledged entry',
  { timeout: 20 * 60_000 },
  async (t) => {
    const dir = scenarioDir('backup');
    fs.rmSync(dir, { recursive: true, force: true });
    const file = path.join(dir, 'live', 'saima.db');
    freshDatabase(file);
    const pairs = taskForcePairs(file);
    const leads = await createLeads(file, 'bk', LEADS, (i) => pairs[i]!);
    const ids = leads.map((l) => l.id);
    const subs = leads.map((l) => new Submitter(l, freeSlots(file, l.taskForceIds, ['2020-10', '2020-11'])));
    const readerToken = sessionOf(file, 'demo-leader');
    const server = new AppServer({ dbFile: file, port: FAULTS_PORT });
    await server.start();
    const action = builtAction('saveEntryAction');
    const readers = startReaders(server.origin, readerToken, 2);
    let backupBegan = false;
    const writers = subs.map(async (s) => {
      for (let i = 0; i < WRITES_EACH || !backupBegan; i++)
        assert.equal(await s.next(server.origin, action), 'acked', JSON.stringify(s.errors.at(-1)));
    });
    while (subs.reduce((n, s) => n + s.acked.length, 0) < (LEADS * WRITES_EACH) / 3) await new Promise((r) => setTimeout(r, 50));
    const before = subs.flatMap((s) => [...s.acked]);
    backupBegan = true;
    const backup = await npmRun('backup', ['--to', path.join(dir, 'backups')], { DATABASE_URL: file });
    const afterBackup = subs.flatMap((s) => [...s.acked]);
    await Promise.all(writers);
    const quiet = await npmRun('backup', ['--to', path.join(dir, 'backups')], { DATABASE_URL: file });
    const reads = await readers.stop();
    assert.equal(backup.code, 0, backup.output);
    const backupFile = /备份完成：(\S+)/.exec(backup.output)?.[1];
    assert.ok(backupFile && fs.existsSync(backupFile), backup.output);

    await t.test('restore refuses while the service runs', async () => {
      const r = await npmRun('restore', [backupFile], { DATABASE_URL: file });
      assert.equal(r.code, 1);
      assert.match(r.output, /正在被使用/);
    });
    await server.stop();

    const fresh = path.join(dir, 'restored', 'saima.db');
    const restore = await npmRun('restore', [backupFile], { DATABASE_URL: fresh });
    assert.equal(restore.code, 0, restore.output);
    assert.match(restore.output, /目标位置原先没有数据库/);
    const v = verifyWrites(fresh, before, ids);
    const restored = testEntries(fresh, ids);
    const all = subs.flatMap((s) => s.acked);
    const unanswered = subs.reduce((n, s) => n + s.unanswered, 0);
    console.log(
      `# backup during load: ${backup.output.split('\n')[0]}; entries acknowledged before the backup began ${distinctEntries(before)}, ` +
        `in the restored copy ${restored}, acknowledged by the time the backup ended ${distinctEntries(afterBackup)}; ` +
        `saves acknowledged before ${before.length}, found in the copy ${v.found}, lost ${v.lost.length}; reads during the load ${reads.reads}`,
    );
    assert.equal(v.integrity, 'ok');
    assert.deepEqual(v.lost, [], 'a save acknowledged before the backup began is missing from it');
    assert.equal(v.unaudited, 0);
    assert.equal(v.phantom, 0);
    // A save commits before its answer arrives: when the backup ends, each lead may have one save
    // committed (so in the copy) but not yet acknowledged, besides those that never got an answer.
    assert.ok(restored >= distinctEntries(before) && restored <= distinctEntries(afterBackup) + LEADS + unanswered, 'entries in the copy');
    assert.ok(distinctEntries(all) >= restored);

    await t.test('a backup taken while only readers run restores exactly the acknowledged entries', async () => {
      assert.equal(quiet.code, 0, quiet.output);
      const second = path.join(dir, 'restored-quiet', 'saima.db');
      const r = await npmRun('restore', [/备份完成：(\S+)/.exec(quiet.output)![1]!], { DATABASE_URL: second });
      assert.equal(r.code, 0, r.output);
      assert.equal(testEntries(second, ids), distinctEntries(all));
      assert.deepEqual(verifyWrites(second, all, ids).lost, []);
      console.log(
        `# backup with readers only: entries acknowledged ${distinctEntries(all)}, in the restored copy ${testEntries(second, ids)}`,
      );
    });

    const app = new AppServer({ dbFile: fresh, port: FAULTS_PORT });
    await app.start();
    try {
      assert.equal((await fetch(`${app.origin}/api/health`)).status, 200);
      const page = await getPage(app.origin, '/report', leads[0]!.token);
      assert.equal(page.status, 200, 'the restored app serves a lead’s /report');
      assert.match(page.text, new RegExp(leads[0]!.displayName));
      await t.test('restore into a database the restored app holds open is refused', async () => {
        const r = await npmRun('restore', [backupFile], { DATABASE_URL: fresh });
        assert.equal(r.code, 1);
        assert.match(r.output, /正在被使用/);
      });
    } finally {
      await app.stop();
    }

    await t.test('restore refuses a damaged file, a file without checksum, an unsound database; keeps what it replaces', async () => {
      const damaged = path.join(dir, 'damaged.db');
      fs.copyFileSync(backupFile, damaged);
      fs.copyFileSync(`${backupFile}.sha256`, `${damaged}.sha256`);
      const bytes = fs.readFileSync(damaged);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
      fs.writeFileSync(damaged, bytes);
      const mismatch = await npmRun('restore', [damaged], { DATABASE_URL: fresh });
      assert.equal(mismatch.code, 1);
      assert.match(mismatch.output, /与其校验和不符/);
      fs.rmSync(`${damaged}.sha256`);
      const missing = await npmRun('restore', [damaged], { DATABASE_URL: fresh });
      assert.equal(missing.code, 1);
      assert.match(missing.output, /没有校验文件/);
      const unsound = path.join(dir, 'unsound.db');
      fs.copyFileSync(backupFile, unsound);
      const db = new Database(unsound);
      const root = (db.prepare("select rootpage from sqlite_master where name = 'progress_entries'").get() as { rootpage: number })
        .rootpage;
      const pageSize = Number(db.pragma('page_size', { simple: true }));
      db.close();
      const raw = fs.readFileSync(unsound);
      raw.fill(0x41, (root - 1) * pageSize + 8, (root - 1) * pageSize + 64);
      fs.writeFileSync(unsound, raw);
      const { createHash } = await import('node:crypto');
      fs.writeFileSync(`${unsound}.sha256`, `${createHash('sha256').update(raw).digest('hex')}  unsound.db\n`);
      const bad = await npmRun('restore', [unsound], { DATABASE_URL: fresh });
      assert.equal(bad.code, 1);
      assert.match(bad.output, /完整性检查|无法读取/);
      const kept = await npmRun('restore', [backupFile], { DATABASE_URL: fresh });
      assert.equal(kept.code, 0, kept.output);
      const keptFile = /原数据库已保留为：(\S+)/.exec(kept.output)?.[1];
      assert.ok(keptFile && fs.existsSync(keptFile), kept.output);
      assert.equal(testEntries(keptFile, ids), restored, 'the replaced database is kept whole');
      removeDatabase(keptFile);
    });
  },
);
