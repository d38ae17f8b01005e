/**
 * Which requests the whole-page cache may answer and which responses it may keep, and what a
 * kept page's key holds. Only full-document GET/HEAD requests of the dashboard's read pages; never
 * a React Server Components (flight) request, a prefetch, an action, a range or a conditional
 * request. Only a complete 200 text/html page without Set-Cookie, with one CSP nonce that the page
 * carries, and with no error boundary rendered in it.
 */
import crypto from 'node:crypto';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { SESSION_COOKIE } from '@/lib/auth/session-store';
import { CAMPAIGN_COOKIE } from '@/lib/campaign/choice';

/** The dashboard's read pages (every other path — /admin, /report, /review, /api, /login, … — is never cached). */
export const CACHED_PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/rankings$/,
  /^\/competitions(?:\/\d{1,10})?$/,
  /^\/task-forces(?:\/\d{1,10})?$/,
  /^\/indicators\/\d{1,10}$/,
  /^\/villages(?:\/\d{1,10})?$/,
  /^\/projects(?:\/\d{1,10})?$/,
  /^\/work-items(?:\/\d{1,10})?$/,
];

/** Headers that make a request something other than a plain document load (flight, prefetch, action, partial, conditional). */
const REFUSED_HEADER =
  /^(?:rsc|next-.*|x-nextjs-.*|x-middleware-.*|x-invoke-.*|x-matched-path|x-prerender-revalidate|range|if-range|if-none-match|if-modified-since)$/;
const PREFETCH_HEADERS = ['purpose', 'sec-purpose', 'x-purpose', 'x-moz'];

/** Request headers the rendered page may depend on (the key holds them; cookies are keyed apart). */
export const KEYED_HEADERS = [
  'host',
  'accept',
  'accept-encoding',
  'accept-language',
  'user-agent',
  'x-forwarded-host',
  'x-forwarded-proto',
];

/** Whether a request is a full-document read of a cached page. */
export function cacheableRequest(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!url || !url.startsWith('/')) return false;
  const q = url.indexOf('?');
  const pathname = q < 0 ? url : url.slice(0, q);
  if (!CACHED_PAGES.some((re) => re.test(pathname))) return false;
  if (q >= 0) {
    const params = new URLSearchParams(url.slice(q + 1));
    for (const name of params.keys()) if (name === '_rsc' || name.startsWith('__next')) return false;
  }
  for (const name of Object.keys(headers)) if (REFUSED_HEADER.test(name)) return false;
  return !PREFETCH_HEADERS.some((h) => /prefetch|prerender/i.test(String(headers[h] ?? '')));
}

export interface RequestCookies {
  session: string;
  /** Every cookie but the session, `name=value` sorted (the chosen year among them). */
  keyed: string[];
}

/**
 * The cookies as Next.js reads them (split at `; `, values URI-decoded, the last of a name wins);
 * null without a session cookie, or when the session or year cookie is given twice or is unreadable
 * (such a request is left to the app).
 */
export function readCookies(header: string | undefined): RequestCookies | null {
  if (!header) return null;
  const seen = new Map<string, string>();
  for (const pair of header.split(/; */)) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    let value: string;
    try {
      const raw = at < 0 ? 'true' : pair.slice(at + 1);
      value = raw.includes('%') ? decodeURIComponent(raw) : raw;
    } catch {
      if (name === SESSION_COOKIE || name === CAMPAIGN_COOKIE) return null;
      continue;
    }
    if (seen.has(name) && (name === SESSION_COOKIE || name === CAMPAIGN_COOKIE)) return null;
    seen.set(name, value);
  }
  const session = seen.get(SESSION_COOKIE);
  if (!session) return null;
  seen.delete(SESSION_COOKIE);
  return { session, keyed: [...seen].map(([k, v]) => `${k}=${v}`).sort() };
}

/** The key of a page: the generation (data version and minute), the user, the URL, the cookies and the headers it may depend on. */
export function pageKey(parts: {
  generation: string;
  userId: number;
  url: string;
  cookies: string[];
  headers: IncomingHttpHeaders;
}): string {
  const headers = KEYED_HEADERS.map((h) => String(parts.headers[h] ?? ''));
  return sha256(JSON.stringify([parts.generation, parts.userId, parts.url, parts.cookies, headers]));
}

/** Node's one-shot digest where it has one (20.12 and later): a third of the cost of a Hash object. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string }).hash;

function sha256(text: string): string {
  return oneShot ? oneShot('sha256', text, 'base64url') : crypto.createHash('sha256').update(text).digest('base64url');
}

/** The nonce of a Content-Security-Policy, or null unless it names exactly one. */
export function nonceOf(csp: unknown): string | null {
  if (typeof csp !== 'string') return null;
  const found = [...csp.matchAll(/'nonce-([A-Za-z0-9+/=_-]+)'/g)];
  return found.length === 1 ? found[0]![1]! : null;
}

/** Signs that a part of the page failed to render (React's client-rendered boundary, an error digest). */
const RENDER_ERROR = /<!--\$!-->|data-dgst=|\\"digest\\":/;
/**
 * The boundary a chart loaded after the page leaves (next/dynamic without SSR, components/charts/
 * lazy.tsx): client-rendered by design, with an empty digest. A failed render carries its digest.
 */
const BROWSER_ONLY = /<!--\$!--><template data-dgst=""><\/template>/g;

/**
 * Whether a complete response may be kept: 200, text/html, no Set-Cookie, plain or gzip, and a
 * body (uncompressed) that carries the policy's one nonce and shows no render error.
 */
export function cacheableResponse(status: number, headers: OutgoingHttpHeaders, plain: Buffer): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false;
  if (!/^text\/html\b/i.test(String(headers['content-type'] ?? ''))) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'gzip') return false;
  const nonce = nonceOf(headers['content-security-policy']);
  if (!nonce || !plain.includes(nonce)) return false;
  return !RENDER_ERROR.test(plain.toString('latin1').replace(BROWSER_ONLY, ''));
}
