import fs from 'node:fs';
import path from 'node:path';

const NEXT = path.resolve(__dirname, '..', '..', '.next', 'server');

export interface BuiltAction {
  id: string;
  name: string;
  file: string;
  /** A page path whose worker serves the action. */
  path: string;
}

/** Turns a worker name ('app/admin/users/[id]/page') into a URL path ('/admin/users/1'). */
export function workerToPath(worker: string): string {
  const p = worker
    .replace(/^app/, '')
    .replace(/\/(page|route)$/, '')
    .split('/')
    .filter((seg) => !/^\(.*\)$/.test(seg))
    .map((seg) => (seg.startsWith('[') ? '1' : seg))
    .join('/');
  return p === '' ? '/' : p;
}

/** Every server action of the production build, from its server-reference manifest. */
export function listBuiltActions(): BuiltAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(NEXT, 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => ({
    id,
    name: v.exportedName ?? id,
    file: v.filename ?? '?',
    path: workerToPath(Object.keys(v.workers)[0]!),
  }));
}

/** Every page and route handler of the build: { path, kind }. */
export function listBuiltRoutes(): { path: string; kind: 'page' | 'route'; worker: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(NEXT, 'app-paths-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => !k.includes('/_not-found') && !k.includes('/_global-error'))
    .map((k) => ({ path: workerToPath(`app${k}`), kind: k.endsWith('/route') ? ('route' as const) : ('page' as const), worker: k }));
}
