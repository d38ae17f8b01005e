/**
 * Concurrency: 40 leads (one per task force) each making 100 saves, all at once, while readers load
 * the dashboard and `npm run backup` runs again and again beside the server. Every acknowledged
 * save must be in the database with its audit row, no request may fail, and no user may ever see
 * "database is locked".
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { FAULTS_PORT, scenarioDir } from './support/env';
import { createLeads, freeSlots, freshDatabase, sessionOf, taskForceIds } from './support/fixture';
import { builtAction } from './support/http';
import { startBackups, startReaders } from './support/load';
import { AppServer } from './support/server';
import { Submitter } from './support/submitter';
import { verifyWrites } from './support/verify';

const LEADS = 40;
const SAVES = Number(process.env.FAULTS_SAVES ?? 100);
const READERS = 4;
/** 24 drafts then the submission: 25 writes per entry, so 4 entries cover 100 saves (more drafts where a lead has fewer entries). */
const DRAFTS_PER_ENTRY = 24;

test(`concurrency: ${LEADS} leads × ${SAVES} saves with readers and online backups`, { timeout: 40 * 60_000 }, async () => {
  const dir = scenarioDir('concurrency');
  const file = path.join(dir, 'saima.db');
  freshDatabase(file);
  const tfs = taskForceIds(file).slice(0, LEADS);
  const leads = await createLeads(file, 'load', LEADS, (i) => [tfs[i]!]);
  // A lead works through its open entries; a task force with a single monthly indicator has few, so
  // its lead saves more drafts per entry: every lead makes exactly SAVES writes, none falls idle.
  const subs = leads.map((l) => {
    const slots = freeSlots(file, l.taskForceIds, ['2020-10', '2020-11', '2020-12']);
    assert.ok(slots.length > 0, `${l.displayName} has no open entry`);
    return new Submitter(l, slots, Math.max(DRAFTS_PER_ENTRY, Math.ceil(SAVES / slots.length) - 1));
  });
  const readerToken = sessionOf(file, 'demo-leader');
  const server = new AppServer({ dbFile: file, port: FAULTS_PORT });
  await server.start();
  const action = builtAction('saveEntryAction');
  const t0 = performance.now();
  const readers = startReaders(server.origin, readerToken, READERS);
  const backups = startBackups(file, path.join(dir, 'backups'));
  try {
    await Promise.all(
      subs.map(async (s) => {
        for (let i = 0; i < SAVES; i++) await s.next(server.origin, action);
      }),
    );
  } finally {
    const seconds = (performance.now() - t0) / 1000;
    const reads = await readers.stop();
    const runs = await backups.stop();
    await server.stop();
    const acked = subs.flatMap((s) => s.acked);
    const v = verifyWrites(
      file,
      acked,
      leads.map((l) => l.id),
    );
    const log = server.output.join('');
    const failed = subs.flatMap((s) => s.errors).length + subs.reduce((n, s) => n + s.unanswered, 0) + reads.errors.length;
    if (failed || process.env.FAULTS_VERBOSE) console.log(`# server output (last 4000 characters):\n${log.slice(-4000)}`);
    console.log(
      `# concurrency: leads ${LEADS}, saves acknowledged ${acked.length} of ${LEADS * SAVES} in ${seconds.toFixed(0)} s ` +
        `(${(acked.length / seconds).toFixed(1)}/s), found ${v.found}, lost ${v.lost.length}, write errors ${subs.reduce((n, s) => n + s.errors.length, 0)}, ` +
        `reads ${reads.reads} (errors ${reads.errors.length}), backups ${runs.length} (failed ${runs.filter((r) => r.code !== 0).length}, ` +
        `slowest ${Math.max(0, ...runs.map((r) => r.ms)).toFixed(0)} ms), "database is locked" seen ${/database is locked/i.test(log) ? 'yes' : 0}`,
    );
    assert.equal(v.integrity, 'ok');
    assert.deepEqual(v.lost, []);
    assert.equal(v.unaudited, 0);
    assert.deepEqual(
      subs.flatMap((s) => s.errors),
      [],
      'saves refused or failed',
    );
    assert.equal(
      subs.reduce((n, s) => n + s.unanswered, 0),
      0,
      'saves without an answer',
    );
    assert.equal(acked.length, LEADS * SAVES);
    assert.deepEqual(reads.errors, []);
    assert.deepEqual(
      runs.filter((r) => r.code !== 0).map((r) => r.output),
      [],
    );
    assert.ok(runs.length > 0, 'at least one backup ran during the load');
    assert.doesNotMatch(log, /服务器错误|存储故障|database is locked/);
  }
});
