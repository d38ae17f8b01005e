/**
 * How the hostile-input suite calls the app and judges each answer: the one rule is that every
 * request is answered (never 500), no answer carries a stack trace or an English message, every
 * refusal says in Chinese what to do, and a refusal writes nothing.
 */
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import Database from 'better-sqlite3';
import { dataFingerprint } from './db';
import { HOSTILE_DB, HOSTILE_ORIGIN } from './hostile-app';

export const STACK = /\n\s+at [^\n]*:\d+:\d+|node_modules\/|webpack-internal:|\bat Object\.|\bat async /;
/** zod's and Next's English messages. */
export const ENGLISH = /Invalid |expected |received |Too small|Too big|Unrecognized|Required|Internal Server Error|Application error/;
const CJK = /[\u4e00-\u9fff]/;

export type Reply = { ok?: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]>; data?: unknown } | null;

/** Posts a server action as the browser does, to the hostile server. */
export function postAction(request: APIRequestContext, path: string, id: string, args: unknown[]): Promise<APIResponse> {
  return request.post(`${HOSTILE_ORIGIN}${path}`, {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: HOSTILE_ORIGIN },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** The action's return value: the row numbered 1 of the React Server Components reply. */
export function parseReply(body: string): Reply {
  const line = body.split('\n').find((l) => l.startsWith('1:'));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(2)) as Reply;
  } catch {
    return null;
  }
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

/**
 * Watches the hostile database: SQLite's data_version tells cheaply whether anything was committed
 * since the last look; only then is the data fingerprint (sessions and audit rows aside) compared.
 */
export class WriteWatcher {
  private readonly db = new Database(HOSTILE_DB, { readonly: true, fileMustExist: true });
  private version = this.current();
  private fingerprint = dataFingerprint(HOSTILE_DB);

  private current(): number {
    return Number(this.db.pragma('data_version', { simple: true }));
  }

  /** After a call: a refusal must not have changed data; an accepted call moves the baseline. */
  settle(label: string, refused: boolean): void {
    const now = this.current();
    if (now === this.version) return;
    this.version = now;
    const fp = dataFingerprint(HOSTILE_DB);
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
