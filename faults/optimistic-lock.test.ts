/**
 * Optimistic locking: rounds of two leads saving the same entry from the same version at the same
 * moment. Exactly one save wins each round; the other is refused as a conflict that names who saved
 * and what they saved, and the entry's history has exactly one audit row per winning save.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { FAULTS_PORT, scenarioDir } from './support/env';
import { createLeads, freeSlots, freshDatabase, taskForceIds, type Lead } from './support/fixture';
import { builtAction, callAction } from './support/http';
import { AppServer } from './support/server';
import { auditRows } from './support/verify';

const ROUNDS = 100;

test(`optimistic lock: ${ROUNDS} rounds of two simultaneous saves of one entry`, { timeout: 10 * 60_000 }, async () => {
  const file = path.join(scenarioDir('lock'), 'saima.db');
  freshDatabase(file);
  const tf = taskForceIds(file)[0]!;
  const leads = await createLeads(file, 'lock', 2, () => [tf]);
  const slot = freeSlots(file, [tf], ['2020-10'])[0]!;
  const server = new AppServer({ dbFile: file, port: FAULTS_PORT });
  await server.start();
  try {
    const action = builtAction('saveEntryAction');
    const save = (lead: Lead, version: number, value: string) =>
      callAction(server.origin, action, { ...slot, value, workProgress: `${lead.displayName}的版本`, version, intent: 'save' }, lead.token);
    const first = await save(leads[0]!, 0, '1');
    assert.equal(first.result?.ok, true, first.text.slice(0, 300));
    const entryId = (first.result!.data as { id: number }).id;
    let version = 1;
    const wins = [0, 0];
    for (let round = 0; round < ROUNDS; round++) {
      const values = [`${round + 1}.25`, `${round + 1}.75`];
      // Both in flight at once; which one leaves first is drawn at random each round.
      const order = Math.random() < 0.5 ? [0, 1] : [1, 0];
      const sent: Promise<Awaited<ReturnType<typeof save>>>[] = [];
      for (const i of order) sent[i] = save(leads[i]!, version, values[i]!);
      const replies = await Promise.all(sent);
      const winners = replies.map((r, i) => (r.result?.ok ? i : -1)).filter((i) => i >= 0);
      assert.equal(winners.length, 1, `round ${round}: ${replies.map((r) => r.text.slice(0, 200)).join(' | ')}`);
      const w = winners[0]!;
      const loser = replies[1 - w]!.result!;
      assert.equal(loser.code, 'conflict', `round ${round}: the loser's answer`);
      assert.ok(loser.message!.includes(leads[w]!.displayName), `round ${round}: the loser is told who saved: ${loser.message}`);
      assert.match(
        loser.message!,
        new RegExp(`当前数值：${values[w]!.replace('.', '\\.')}[^\\d.]`),
        `round ${round}: the loser is told what was saved`,
      );
      assert.equal((loser.conflict as { by: string }).by, leads[w]!.displayName);
      assert.equal((loser.conflict as { fields: { value: string } }).fields.value, values[w]);
      wins[w]!++;
      version++;
    }
    const db = new Database(file, { readonly: true });
    const entry = db.prepare('select version, value, updated_by as by from progress_entries where id = ?').get(entryId) as {
      version: number;
      value: number;
      by: number;
    };
    db.close();
    assert.equal(entry.version, ROUNDS + 1);
    assert.equal(auditRows(file, 'progress_entry', entryId), ROUNDS + 1, 'one audit row per winning save');
    console.log(
      `# optimistic lock: rounds ${ROUNDS}, exactly one winner every round (${leads[0]!.username} ${wins[0]}, ${leads[1]!.username} ${wins[1]}), ` +
        `losers told who and what ${ROUNDS}, entry version ${entry.version}, audit rows ${ROUNDS + 1}`,
    );
  } finally {
    await server.stop();
  }
});
