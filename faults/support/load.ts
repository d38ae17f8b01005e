/**
 * Background load while leads write: readers fetching the dashboard pages, and `npm run backup`
 * run again and again (a separate process, as cron would run it). Both run until stopped.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { getPage } from './http';
import { ROOT } from './env';

export const READ_PATHS = ['/', '/rankings', '/report', '/review', '/task-forces'];

export interface ReaderStats {
  reads: number;
  errors: string[];
}

/** `count` readers requesting READ_PATHS in turn until `stop()` resolves. */
export function startReaders(origin: string, token: string, count: number): { stop: () => Promise<ReaderStats> } {
  const stats: ReaderStats = { reads: 0, errors: [] };
  let running = true;
  const loops = Array.from({ length: count }, async (_, r) => {
    for (let i = r; running; i++) {
      const p = READ_PATHS[i % READ_PATHS.length]!;
      const res = await getPage(origin, p, token).catch((e: unknown) => ({ status: 0, text: String(e) }));
      stats.reads++;
      if (res.status !== 200 || /database is locked|SQLITE_/i.test(res.text))
        stats.errors.push(`${p}: ${res.status} ${res.text.slice(0, 200)}`);
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return stats;
    },
  };
}

export interface BackupRun {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs `npm run backup -- --to DIR --keep N` (its script, directly) once. */
export function runBackupCommand(dbFile: string, dir: string, keep = 3): Promise<BackupRun> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        path.join(ROOT, 'scripts', 'backup.ts'),
        '--to',
        dir,
        '--keep',
        String(keep),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: dbFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('exit', (code) => resolve({ code, output, ms: performance.now() - t0 }));
  });
}

/** Backups one after another, `pauseMs` apart, until stopped. */
export function startBackups(dbFile: string, dir: string, pauseMs = 3000): { stop: () => Promise<BackupRun[]> } {
  const runs: BackupRun[] = [];
  let running = true;
  let wake: () => void = () => undefined;
  const loop = (async () => {
    while (running) {
      runs.push(await runBackupCommand(dbFile, dir));
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, pauseMs);
      });
    }
  })();
  return {
    stop: async () => {
      running = false;
      wake();
      await loop;
      return runs;
    },
  };
}
