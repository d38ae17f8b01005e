/**
 * One line per server error for the service's log (journald under systemd): the error number the
 * user saw (Next's digest), where it happened and the error's code and first message line. Never the
 * query string, headers, cookies or request bodies, and anything shaped like a token or a password
 * assignment is masked, so that no secret reaches the log.
 */
import { errorCode } from '@/db/storage-errors';

const MAX_MESSAGE = 200;

/** Masks `password=…`-style pairs and long token-like runs (session tokens, hashes). */
export function redact(text: string): string {
  return text
    .replace(/\b(password|passwd|pwd|token|secret|cookie|session|authorization)(\s*[=:]\s*)\S+/gi, '$1$2***')
    .replace(/\b[A-Za-z0-9+/_-]{24,}={0,2}/g, '***');
}

function oneLine(text: string): string {
  return redact(text.split('\n')[0]!.trim()).slice(0, MAX_MESSAGE);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The line for an error Next caught while handling a request (instrumentation onRequestError). */
export function serverErrorLine(
  err: unknown,
  request: { path: string; method: string },
  context: { routeType: string; routePath: string },
): string {
  const digest = typeof err === 'object' && err !== null && 'digest' in err ? String((err as { digest: unknown }).digest) : '-';
  const path = request.path.split('?')[0]!;
  const code = errorCode(err);
  return (
    `服务器错误 digest=${digest} type=${context.routeType} method=${request.method} path=${JSON.stringify(oneLine(path))} ` +
    `route=${context.routePath}${code ? ` code=${code}` : ''} message=${JSON.stringify(oneLine(messageOf(err)))}`
  );
}

/** The line for a write refused because of the storage (disk full, read-only, I/O error, busy). */
export function storageFailureLine(action: string, err: unknown): string {
  return `存储故障 action=${action} code=${errorCode(err) || '-'} message=${JSON.stringify(oneLine(messageOf(err)))}`;
}
