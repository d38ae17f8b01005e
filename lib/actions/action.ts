import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Db } from '@/db';
import { campaignOfScope, currentCampaignRow, pastYearRefusal } from '@/db/mutations/campaign-years';
import { inGroupCommit } from '@/db/group-commit';
import { perConnection } from '@/db/prepared';
import { openDueRounds } from '@/db/mutations/period-schedule';
import { invalidateDerived } from '@/db/queries/cache';
import { getNow } from '@/db/queries/clock';
import { STORAGE_MESSAGES, storageFailure } from '@/db/storage-errors';
import { writeAudit, type AuditEvent } from '@/lib/audit';
import { can, roleHas, type AuthUser, type Permission, type Scope } from '@/lib/auth/permissions';
import { auditDenied, getSessionUser, MUST_CHANGE_PASSWORD, requestIp } from '@/lib/auth/session';
import { storageFailureLine } from '@/lib/server-log';
import { zhErrorMap } from '@/lib/validation/zod-zh';
import { formDataToObject } from './form-data';
import { ActionError, MESSAGES, type ActionResult } from './result';

export interface ActionContext<I> {
  input: I;
  user: AuthUser;
  db: Db;
  ip: string | null;
  /**
   * Writes an audit row inside the action's transaction (user and ip filled in). `run` audits what
   * it changed, naming the entity; a run that changed nothing writes no row, and a run that wrote
   * without auditing is a programming error (rolled back).
   */
  audit: (e: Omit<AuditEvent, 'userId' | 'username' | 'ip'>) => void;
}

export interface ActionDefinition<S extends z.ZodType, P, T> {
  /** Audit action name, e.g. 'progress.save'. */
  name: string;
  schema: S;
  /** null: any logged-in user (e.g. changing one's own password). */
  permission: Permission | null;
  /** Also for an account that must change its password (only the password change itself). */
  allowPasswordChange?: boolean;
  /** The object's scope read from the database; null when the object does not exist. */
  scope?: (input: z.infer<S>, db: Db) => Scope | null;
  /**
   * The campaigns the input writes into, for the read-only rule of past years, when the scope does
   * not name them (default: the scope's campaign; none for writes outside campaigns, e.g. accounts).
   */
  campaign?: (input: z.infer<S>, db: Db) => readonly (number | null | undefined)[];
  /**
   * The input spans several objects (an Excel import): the wrapper checks the role only, and `run`
   * must check `can(user, permission, scope)` for every row it writes.
   */
  rowScoped?: boolean;
  /** Async preparation outside the transaction (e.g. hashing a password). */
  prepare?: (input: z.infer<S>, user: AuthUser) => Promise<P>;
  /** The work, synchronous, in one transaction; throw ActionError to roll back with a refusal. */
  run: (ctx: ActionContext<z.infer<S>>, prepared: P) => T;
  revalidate?: string[];
}

/** Messages by field; a Map first, so that a field named `constructor` or `__proto__` is a field like any other. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out.set(key, [...(out.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(out);
}

/**
 * The one wrapper for every mutation: session (refused while the account must change its password)
 * → role → zod parse → permission (with the object's scope read from the database) → the read-only
 * rule of past years (a write into a campaign that is not the current one is refused) → act in one
 * transaction (shared with the writes of other requests in the same turn of the event loop, each in
 * its own savepoint: db/group-commit.ts) → audit row → invalidate derived data, once committed. A write the storage refuses (disk full,
 * read-only file, I/O error, still locked after busy_timeout) is rolled back by SQLite, logged in
 * one line and answered with a Chinese `unavailable` refusal instead of an error page.
 * Returns `(prevState, input)` so it works with `useActionState` and with direct calls.
 */
export function action<S extends z.ZodType, P = undefined, T = null>(def: ActionDefinition<S, P, T>) {
  const perform = performer(def);
  return async (prev: unknown, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    try {
      return await perform(prev, raw);
    } catch (e) {
      const kind = storageFailure(e);
      if (!kind) throw e;
      console.error(storageFailureLine(def.name, e));
      return { ok: false, code: 'unavailable', message: STORAGE_MESSAGES[kind] };
    }
  };
}

function performer<S extends z.ZodType, P, T>(def: ActionDefinition<S, P, T>) {
  return async (_prev: unknown, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    const user = await getSessionUser();
    if (!user) {
      await auditDenied(null, def.name, undefined, '未登录或会话已过期');
      return { ok: false, code: 'unauthenticated', message: MESSAGES.unauthenticated };
    }
    if (user.mustChangePassword && !def.allowPasswordChange) {
      await auditDenied(user, def.name, undefined, '须先修改密码');
      return { ok: false, code: 'forbidden', message: MUST_CHANGE_PASSWORD };
    }
    if (def.permission && !roleHas(user.role, def.permission)) {
      await auditDenied(user, def.name, undefined, '角色无此权限');
      return { ok: false, code: 'forbidden', message: MESSAGES.forbidden };
    }
    const parsed = def.schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw, { error: zhErrorMap });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const first = Object.values(fieldErrors)[0]?.[0];
      return { ok: false, code: 'invalid', message: first ? `${MESSAGES.invalid}（${first}）` : MESSAGES.invalid, fieldErrors };
    }
    const input = parsed.data;
    const db = getDb();
    openScheduledRounds(db);
    let scope: Scope | undefined;
    if (def.scope) {
      const s = def.scope(input, db);
      if (!s) return { ok: false, code: 'not_found', message: MESSAGES.notFound };
      scope = s;
    }
    if (def.permission && !def.rowScoped && !can(user, def.permission, scope)) {
      await auditDenied(user, def.name, scope);
      return { ok: false, code: 'forbidden', message: MESSAGES.forbidden };
    }
    const pastYear = pastYearRefusal(db, def.campaign ? def.campaign(input, db) : [campaignOfScope(db, scope)]);
    if (pastYear) return { ok: false, code: 'locked', message: pastYear };
    const ip = await requestIp();
    try {
      const prepared = (def.prepare ? await def.prepare(input, user) : undefined) as P;
      let audited = false;
      const data = await inGroupCommit(db.$client, () => {
        const ctx: ActionContext<z.infer<S>> = {
          input,
          user,
          db,
          ip,
          audit: (e) => {
            audited = true;
            writeAudit(db, { ...e, userId: user.id, username: user.username, ip });
          },
        };
        const changesBefore = totalChanges(db);
        const result = def.run(ctx, prepared);
        if (!audited && totalChanges(db) !== changesBefore) throw new Error(`${def.name}: wrote to the database without an audit row`);
        return result;
      });
      invalidateDerived();
      for (const path of def.revalidate ?? []) revalidatePath(path);
      return { ok: true, data };
    } catch (e) {
      if (e instanceof ActionError) {
        if (e.code === 'forbidden') await auditDenied(user, def.name, scope, e.message);
        return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors, conflict: e.conflict };
      }
      throw e;
    }
  };
}

/** The rounds the current campaign's schedule has opened by now are stored before any write checks a round. */
function openScheduledRounds(db: Db): void {
  const current = currentCampaignRow(db);
  if (current && openDueRounds(db, current, getNow()) > 0) invalidateDerived();
}

const changesRead = perConnection((db: Db) => db.$client.prepare('select total_changes()').pluck());

/** Rows inserted, updated or deleted on this connection so far (SQLite's total_changes()). */
function totalChanges(db: Db): number {
  return changesRead(db).get() as number;
}
