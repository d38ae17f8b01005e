/** Builds the app when there is no build or a source is newer than it (as `npm start` does). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './env';

const SOURCES = ['app', 'components', 'db', 'lib', 'next.config.ts', 'package.json', 'proxy.ts', 'instrumentation.ts'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newestMtime(path.join(p, e))), stat.mtimeMs);
}

export function ensureBuild(): void {
  const marker = path.join(ROOT, '.next', 'BUILD_ID');
  const built = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0;
  if (built > 0 && SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built)) return;
  console.log('# building the app (next build) …');
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build failed with status ${r.status}`);
}
