/**
 * Idempotency: the same submission sent 10 times at once (a double click, a retrying proxy) gives
 * one record and one audit row, and every copy is answered as the one submission — for a new entry
 * and for the submission of an existing draft.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { FAULTS_PORT, scenarioDir } from './support/env';
import { createLeads, freeSlots, freshDatabase, taskForceIds, type Slot } from './support/fixture';
import { builtAction, callAction } from './support/http';
import { AppServer } from './support/server';

const COPIES = 10;
const ROUNDS = 5;

function historyOf(file: string, slot: Slot): { entries: number; id: number | null; submits: number; writes: number } {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('select id from progress_entries where indicator_id = ? and period = ?').all(slot.indicatorId, slot.period) as {
      id: number;
    }[];
    const id = rows[0]?.id ?? null;
    const count = (sql: string) => (db.prepare(sql).get(String(id)) as { n: number }).n;
    return {
      entries: rows.length,
      id,
      submits: count(
        "select count(*) as n from audit_log where entity_type = 'progress_entry' and entity_id = ? and action = 'progress.submit'",
      ),
      writes: count("select count(*) as n from audit_log where entity_type = 'progress_entry' and entity_id = ?"),
    };
  } finally {
    db.close();
  }
}

test(`idempotency: the same submission ${COPIES} times at once → one record, one audit row`, { timeout: 10 * 60_000 }, async () => {
  const file = path.join(scenarioDir('idempotency'), 'saima.db');
  freshDatabase(file);
  const tf = taskForceIds(file)[1]!;
  const [lead] = await createLeads(file, 'idem', 1, () => [tf]);
  const slots = freeSlots(file, [tf], ['2020-10', '2020-11']).slice(0, 2 * ROUNDS);
  assert.equal(slots.length, 2 * ROUNDS, 'enough free entries');
  const server = new AppServer({ dbFile: file, port: FAULTS_PORT });
  await server.start();
  try {
    const action = builtAction('saveEntryAction');
    const send = (slot: Slot, version: number, intent: string) =>
      callAction(server.origin, action, { ...slot, value: '88', workProgress: '同一份提交', version, intent }, lead!.token);
    for (const [i, slot] of slots.entries()) {
      const fromDraft = i % 2 === 1;
      let version = 0;
      if (fromDraft) {
        const draft = await send(slot, 0, 'save');
        assert.equal(draft.result?.ok, true, draft.text.slice(0, 300));
        version = (draft.result!.data as { version: number }).version;
      }
      const replies = await Promise.all(Array.from({ length: COPIES }, () => send(slot, version, 'submit')));
      for (const r of replies) assert.equal(r.result?.ok, true, `copy answered ${r.status} ${r.text.slice(0, 200)}`);
      const answered = new Set(
        replies.map((r) => JSON.stringify([(r.result!.data as { id: number }).id, (r.result!.data as { version: number }).version])),
      );
      assert.equal(answered.size, 1, 'every copy is answered with the same entry and version');
      const h = historyOf(file, slot);
      assert.equal(h.entries, 1, 'one record');
      assert.equal(h.submits, 1, 'one submission audit row');
      assert.equal(h.writes, fromDraft ? 2 : 1, 'no other audit row');
    }
    console.log(
      `# idempotency: ${slots.length} submissions (${ROUNDS} new entries, ${ROUNDS} from a draft) × ${COPIES} copies at once → ` +
        `${slots.length} records, ${slots.length} submission audit rows, every copy answered as the one submission`,
    );
  } finally {
    await server.stop();
  }
});
