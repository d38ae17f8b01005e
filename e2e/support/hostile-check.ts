/**
 * How the hostile-input suite calls the app and judges each answer: the one rule is that every
 * request is answered (never 500), no answer carries a stack trace or an English message, every
 * refusal says in Chinese what to do, and a refusal writes nothing.
 */
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { HOSTILE_DB, HOSTILE_ORIGIN } from './hostile-app';

export const STACK = /\n\s+at [^\n]*:\d+:\d+|node_modules\/|webpack-internal:|\bat Object\.|\bat async /;
/** zod's and Next's English messages. */
export const ENGLISH = /Invalid |expected |received |Too small|Too big|Unrecognized|Required|Internal Server Error|Application error/;
const CJK = /[\u4e00-\u9fff]/;

export type Reply = { ok?: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]>; data?: unknown } | null;

/** Posts a server action as the browser does, to the hostile server. */
export function postAction(request: APIRequestContext, path: string, id: string, args: unknown[]): Promise<APIResponse> {
  return postRaw(request, path, id, JSON.stringify(args));
}

/** Posts any text as an action's body. */
export function postRaw(request: APIRequestContext, path: string, id: string, body: string): Promise<APIResponse> {
  return request.post(`${HOSTILE_ORIGIN}${path}`, {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: HOSTILE_ORIGIN },
    data: body,
    maxRedirects: 0,
  });
}

/**
 * The action's return value: row 1 of the React Server Components reply. Rows are `id:json\n`,
 * except text rows `id:T<hex byte length>,<text>` (long strings), which have no line end.
 */
export function parseReply(body: string): Reply {
  const buf = Buffer.from(body, 'utf8');
  let i = 0;
  while (i < buf.length) {
    const colon = buf.indexOf(0x3a, i);
    if (colon < 0) return null;
    const id = buf.subarray(i, colon).toString();
    if (buf[colon + 1] === 0x54) {
      const comma = buf.indexOf(0x2c, colon);
      i = comma + 1 + parseInt(buf.subarray(colon + 2, comma).toString(), 16);
      continue;
    }
    const newline = buf.indexOf(0x0a, colon);
    const end = newline < 0 ? buf.length : newline;
    if (id === '1') {
      try {
        return JSON.parse(buf.subarray(colon + 1, end).toString()) as Reply;
      } catch {
        return null;
      }
    }
    i = end + 1;
  }
  return null;
}

/** Judges one answer by the rule; returns whether it was a refusal. */
export function judge(label: string, status: number, body: string): { refused: boolean; reply: Reply } {
  expect(status, `${label}: answered ${status} ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, `${label}: a stack trace in the answer`).not.toMatch(STACK);
  if (status >= 300 && status < 400) return { refused: false, reply: null };
  if (status >= 400) {
    expect(body, `${label}: ${status} without a Chinese message`).toMatch(CJK);
    expect(body, label).not.toMatch(ENGLISH);
    return { refused: true, reply: null };
  }
  const reply = parseReply(body);
  expect(reply, `${label}: no action result in ${body.slice(0, 300)}`).not.toBeNull();
  const refused = reply!.ok === false || (reply!.ok === undefined && typeof reply!.message === 'string');
  if (refused) {
    const words = [reply!.message ?? '', ...Object.values(reply!.fieldErrors ?? {}).flat()].join(' ');
    expect(reply!.message, `${label}: a refusal without a Chinese message`).toMatch(CJK);
    expect(words, `${label}: English in the refusal`).not.toMatch(ENGLISH);
  }
  return { refused, reply };
}

/** Judges a page or route answer: no 500, no stack trace, and a refusal (4xx) says why in Chinese. */
export function judgePage(label: string, status: number, body: string): void {
  expect(status, `${label}: answered ${status} ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, `${label}: a stack trace in the answer`).not.toMatch(STACK);
  if (status >= 400) expect(body, `${label}: ${status} without a Chinese message`).toMatch(CJK);
}

const VOLATILE = new Set(['sessions', 'audit_log', '__drizzle_migrations', 'sqlite_sequence']);
/** Security bookkeeping a refused login or password change writes by design (the lockout). */
const COUNTERS = new Set(['users.failed_attempts', 'users.locked_until']);

/**
 * A hash of every data table, sessions, the audit log and the lockout counters aside. SQLite
 * quotes and joins each table's rows itself (one string per table): hashing row objects in
 * JavaScript took a third of a second per look, and the sweep looks after every write.
 */
function fingerprint(db: Database.Database): string {
  const h = createHash('sha256');
  const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
  for (const { name } of tables.filter((t) => !VOLATILE.has(t.name))) {
    const columns = (db.prepare('select name from pragma_table_info(?)').all(name) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !COUNTERS.has(`${name}.${c}`));
    const row = columns.map((c) => `quote("${c}")`).join('||char(31)||');
    const all = db.prepare(`select group_concat(${row}, char(30)) as v from (select * from "${name}" order by rowid)`).get() as {
      v: string | null;
    };
    h.update(`${name}\u0000${all.v ?? ''}`);
  }
  return h.digest('hex');
}

/**
 * Watches the hostile database: SQLite's data_version tells cheaply whether anything was committed
 * since the last look; only then is the data fingerprint (sessions and audit rows aside) compared.
 */
export class WriteWatcher {
  private readonly db = new Database(HOSTILE_DB, { readonly: true, fileMustExist: true });
  private version = this.current();
  private fingerprint = fingerprint(this.db);

  private current(): number {
    return Number(this.db.pragma('data_version', { simple: true }));
  }

  /** After a call: a refusal must not have changed data; an accepted call moves the baseline. */
  settle(label: string, refused: boolean): void {
    const now = this.current();
    if (now === this.version) return;
    this.version = now;
    const fp = fingerprint(this.db);
    if (refused) expect(fp, `${label}: refused, yet data changed`).toBe(this.fingerprint);
    this.fingerprint = fp;
  }

  close(): void {
    this.db.close();
  }
}

/** Text values of the tables actions write that still hold NUL, bidi overrides or other controls, and non-finite numbers. */
export function garbageStored(): string[] {
  const db = new Database(HOSTILE_DB, { readonly: true, fileMustExist: true });
  const out: string[] = [];
  try {
    for (const table of [
      'progress_entries',
      'county_values',
      'meetings',
      'meeting_slides',
      'users',
      'periods',
      'indicator_steps',
      'app_meta',
      'meeting_reports',
      'campaigns',
      'project_figures',
      'project_milestones',
      'village_metric_values',
      'village_metrics',
      'work_items',
      'work_item_milestones',
      'work_item_extensions',
      'target_changes',
    ]) {
      for (const row of db.prepare(`select * from "${table}"`).iterate() as IterableIterator<Record<string, unknown>>) {
        for (const [col, v] of Object.entries(row)) {
          if (typeof v === 'number' && !Number.isFinite(v)) out.push(`${table}.${col} = ${v}`);
          if (typeof v === 'string' && /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/.test(v))
            out.push(`${table}.${col} = ${JSON.stringify(v.slice(0, 60))}`);
        }
      }
    }
  } finally {
    db.close();
  }
  return out;
}
