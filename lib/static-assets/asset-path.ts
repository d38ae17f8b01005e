/**
 * Which file of the build's static directory a request names, and which encoding it accepts.
 * A request may name only a file found by listing the directory once (regular files, no symbolic
 * links followed): a path with an empty, `.` or `..` segment (also percent-encoded), a backslash,
 * a NUL or an undecodable escape names none, and neither does anything outside the listing.
 */
import fs from 'node:fs';
import path from 'node:path';

export const STATIC_PREFIX = '/_next/static/';
/** Files listed at most: a larger directory is not the build's. */
const MAX_FILES = 20_000;

/** The content types of the files a build emits (Next.js sends the same); any other file is left to Next.js. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.mjs': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.map': 'application/json; charset=UTF-8',
  '.txt': 'text/plain; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Types worth compressing (text); images and fonts are compressed already. */
export const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg']);

/** Every regular file under `dir` by its path relative to it, with `/` separators. */
export function listFiles(dir: string): Set<string> {
  const found = new Set<string>();
  const walk = (sub: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (found.size >= MAX_FILES) return;
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile()) found.add(rel);
    }
  };
  walk('');
  return found;
}

/** The path under the static directory that `url` names, or null (not a static URL, or not a plain relative path). */
export function staticPath(url: string | undefined): string | null {
  if (!url || !url.startsWith(STATIC_PREFIX)) return null;
  const q = url.indexOf('?');
  let rel = url.slice(STATIC_PREFIX.length, q < 0 ? undefined : q);
  if (rel.includes('%')) {
    try {
      rel = decodeURIComponent(rel);
    } catch {
      return null;
    }
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel.split('/').some((s) => s === '' || s === '.' || s === '..')) return null;
  return rel;
}

/** The file of `rel` inside `dir`, or null when it would resolve outside it. */
export function insideDir(dir: string, rel: string): string | null {
  const root = path.resolve(dir);
  const file = path.resolve(root, rel);
  return file.startsWith(root + path.sep) ? file : null;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** Whether an Accept-Encoding header allows `name` (its own q, else that of `*`; q=0 refuses). */
function allows(header: string | undefined, name: string): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = !(q && Number(q.slice(2)) === 0);
    if (token === name) return ok;
    if (token === '*') star = ok;
  }
  return star;
}

/** The best encoding among those at hand that the request accepts. */
export function chooseEncoding(header: string | undefined, available: { br: boolean; gzip: boolean }): Encoding {
  if (available.br && allows(header, 'br')) return 'br';
  if (available.gzip && allows(header, 'gzip')) return 'gzip';
  return 'identity';
}
