/**
 * Crash: cycles of 20 concurrent submitters against the production server, killed with SIGKILL at a
 * random moment of each cycle, then restarted. After every kill the database is opened afresh and
 * must pass `PRAGMA integrity_check`, hold every acknowledged write (with its audit row) and no
 * entry whose current version lacks its audit row; after every restart the app must serve.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { FAULTS_PORT, scenarioDir } from './support/env';
import { createLeads, freeSlots, freshDatabase, taskForcePairs } from './support/fixture';
import { builtAction, getPage } from './support/http';
import { AppServer } from './support/server';
import { Submitter } from './support/submitter';
import { entryStates, verifyWrites } from './support/verify';

const CYCLES = Number(process.env.FAULTS_CRASH_CYCLES ?? 50);
const SUBMITTERS = 20;
const WRITES_PER_CYCLE = 2;
const PERIODS = ['2020-09', '2020-10', '2020-11', '2020-12'];

/** One cycle: every submitter sends up to WRITES_PER_CYCLE writes in turn; returns the time taken. */
async function cycle(subs: Submitter[], origin: string, action: { id: string; path: string }): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    subs.map(async (s) => {
      for (let i = 0; i < WRITES_PER_CYCLE; i++) if ((await s.next(origin, action)) === 'no-answer') return;
    }),
  );
  return performance.now() - t0;
}

test(`crash: ${CYCLES} cycles × ${SUBMITTERS} submitters, kill -9 at a random moment, restart`, { timeout: 30 * 60_000 }, async () => {
  const file = path.join(scenarioDir('crash'), 'saima.db');
  freshDatabase(file);
  const pairs = taskForcePairs(file);
  const leads = await createLeads(file, 'crash', SUBMITTERS, (i) => pairs[i]!);
  const subs = leads.map((l) => new Submitter(l, freeSlots(file, l.taskForceIds, PERIODS)));
  const action = builtAction('saveEntryAction');
  const server = new AppServer({ dbFile: file, port: FAULTS_PORT });
  await server.start();
  await getPage(server.origin, '/report', leads[0]!.token);
  // Calibration, as every cycle starts (a fresh server that has served /report): how long a whole
  // cycle takes here, so that the kills land inside cycles.
  const span = await cycle(subs, server.origin, action);
  let killedMidCycle = 0;
  for (let c = 1; c <= CYCLES; c++) {
    const delay = Math.random() * span;
    const work = cycle(subs, server.origin, action);
    const finished = await Promise.race([work.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), delay))]);
    await server.kill9();
    await work;
    if (!finished) killedMidCycle++;
    if (process.env.FAULTS_VERBOSE)
      console.log(`# cycle ${c}: kill after ${delay.toFixed(0)} of ${span.toFixed(0)} ms, mid-cycle ${!finished}`);
    const v = verifyWrites(
      file,
      subs.flatMap((s) => s.acked),
      leads.map((l) => l.id),
    );
    assert.equal(v.integrity, 'ok', `cycle ${c}: integrity_check`);
    assert.deepEqual(v.lost, [], `cycle ${c}: acknowledged writes missing after the crash`);
    assert.equal(v.unaudited, 0, `cycle ${c}: entries without their audit row`);
    assert.equal(v.phantom, 0, `cycle ${c}: audit rows without their write`);
    const states = entryStates(
      file,
      subs.flatMap((s) => s.slots),
    );
    for (const s of subs) s.reload(states);
    await server.start();
    const page = await getPage(server.origin, '/report', leads[c % leads.length]!.token);
    assert.equal(page.status, 200, `cycle ${c}: /report after the restart`);
  }
  const acked = subs.flatMap((s) => s.acked);
  const errors = subs.flatMap((s) => s.errors);
  const final = verifyWrites(
    file,
    acked,
    leads.map((l) => l.id),
  );
  await server.stop();
  console.log(
    `# crash: cycles run ${CYCLES} (killed mid-cycle ${killedMidCycle}), submitters ${SUBMITTERS}, ` +
      `acknowledged saves ${acked.length} (of which submissions ${acked.filter((w) => w.submit).length}), ` +
      `unanswered at kill ${subs.reduce((n, s) => n + s.unanswered, 0)}, found after restart ${final.found}, lost ${final.lost.length}, ` +
      `entries without audit row ${final.unaudited}, integrity ${final.integrity}`,
  );
  assert.deepEqual(errors, [], 'refusals or server errors');
  assert.ok(
    subs.every((s) => !s.exhausted),
    'a submitter ran out of entries to fill',
  );
});
