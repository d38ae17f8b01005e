/**
 * Where to go after login: a same-site absolute path ("/rankings?period=2020-09"), else "/".
 * Refused: anything not starting with one "/" (so no "//host", "/\host" or "https:"), any control
 * character, whitespace or backslash (browsers drop tabs and newlines and read "\" as "/", turning
 * "/\t/example.com" into "//example.com"; a newline would break the Location header), values that
 * still leave the origin once parsed, and values over 2,000 characters. Pure.
 */
const ORIGIN = 'http://saima.invalid';

export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return '/';
  if (!next.startsWith('/') || next.startsWith('//')) return '/';
  if (/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== ORIGIN) return '/';
  const path = url.pathname + url.search + url.hash;
  return path.startsWith('//') ? '/' : path;
}
