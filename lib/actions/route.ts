import 'server-only';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db';
import { STORAGE_DOWNLOAD_MESSAGE, storageFailure } from '@/db/storage-errors';
import { writeAudit } from '@/lib/audit';
import { can, roleHas, type AuthUser, type Permission, type Scope } from '@/lib/auth/permissions';
import { auditDenied, authenticateRoute, requestIp } from '@/lib/auth/session';
import { attachmentDisposition } from '@/lib/text/disposition';
import { storageFailureLine } from '@/lib/server-log';
import { plainText } from '@/lib/text/user-text';
import { MESSAGES } from './result';

/** A file a route handler answers with; the wrapper sets the headers and audits the download. */
export interface RouteFile {
  body: Uint8Array | Buffer;
  mime: string;
  /** The file name the user sees, without extension (Chinese allowed). */
  name: string;
  /** Extension without the dot: 'xlsx', 'pptx'. */
  ext: string;
  /** ASCII fallback file name for old clients (default 'saima'). */
  asciiName?: string;
  /** What was downloaded, for the audit row (e.g. the table or meeting). */
  entity?: { type: string; id: string | number };
}

/** Thrown by a route's `run` to answer with a refusal: a status and a Chinese message. */
export class RouteError extends Error {
  constructor(
    public readonly status: 400 | 403 | 404 | 409 | 413 | 422,
    message: string,
    /** For 403: the scope refused, audited as access.denied. */
    public readonly scope?: Scope,
  ) {
    super(message);
  }
}

export interface RouteContext<P> {
  request: NextRequest;
  params: P;
  user: AuthUser;
  search: URLSearchParams;
}

export interface RouteDefinition<P> {
  /** Audit name, e.g. 'export.table'. */
  name: string;
  /** Role-level permission checked before `run`; null = any logged-in user. */
  permission: Permission | null;
  /** The object's scope (read from the database); null ⇒ 404 with `notFound`. */
  scope?: (ctx: RouteContext<P>) => Scope | null;
  notFound?: string;
  run: (ctx: RouteContext<P>) => Promise<RouteFile | Response> | RouteFile | Response;
}

const json = (status: number, message: string) => Response.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * The one wrapper for route handlers, as `action()` is for actions: session (a must-change
 * account is refused) → role → the object's scope → run → a file response with its headers and
 * a `download.<name>` audit row. Refusals are JSON `{ message }` in Chinese with 401/403/404/4xx,
 * denials audited; a storage failure (disk full, read-only, I/O error) is 503 with its Chinese
 * message and one log line; unexpected errors throw (logged by Next, answered 500).
 */
export function route<P = Record<string, never>>(def: RouteDefinition<P>) {
  const serve = server(def);
  return async (request: NextRequest, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      return await serve(request, segment);
    } catch (e) {
      if (!storageFailure(e)) throw e;
      console.error(storageFailureLine(`download.${def.name}`, e));
      return json(503, STORAGE_DOWNLOAD_MESSAGE);
    }
  };
}

function server<P>(def: RouteDefinition<P>) {
  return async (request: NextRequest, segment: { params: Promise<P> }): Promise<Response> => {
    const auth = await authenticateRoute(def.name);
    if (!auth.ok) return auth.response;
    const { user } = auth;
    if (def.permission && !roleHas(user.role, def.permission)) {
      await auditDenied(user, def.name, undefined, '角色无此权限');
      return json(403, MESSAGES.forbidden);
    }
    const ctx: RouteContext<P> = { request, params: await segment.params, user, search: request.nextUrl.searchParams };
    if (def.scope) {
      const scope = def.scope(ctx);
      if (!scope) return json(404, def.notFound ?? MESSAGES.notFound);
      if (def.permission && !can(user, def.permission, scope)) {
        await auditDenied(user, def.name, scope);
        return json(403, MESSAGES.forbidden);
      }
    }
    let result: RouteFile | Response;
    try {
      result = await def.run(ctx);
    } catch (e) {
      if (!(e instanceof RouteError)) throw e;
      if (e.status === 403) await auditDenied(user, def.name, e.scope, e.message);
      return json(e.status, e.message);
    }
    if (result instanceof Response) return result;
    writeAudit(getDb(), {
      action: `download.${def.name}`,
      userId: user.id,
      username: user.username,
      ip: await requestIp(),
      entityType: result.entity?.type ?? null,
      entityId: result.entity ? String(result.entity.id) : null,
      detail: `${plainText(result.name)}.${result.ext}`,
    });
    return new Response(new Uint8Array(result.body), {
      headers: {
        'Content-Type': result.mime,
        'Content-Disposition': attachmentDisposition(result.name, result.ext, result.asciiName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
