/**
 * The app as production runs it (scripts/server.ts around Next's handler, on a build), in its own
 * process group so that `kill -9` reaches every process it has, with its output kept for the checks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ORIGIN_OF, ROOT } from './env';

const live = new Set<AppServer>();
process.on('exit', () => {
  for (const s of live) s.signal('SIGKILL');
});

export class AppServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  /** Everything the server printed, across restarts. */
  readonly output: string[] = [];

  constructor(readonly opts: { dbFile: string; port: number; env?: Record<string, string> }) {}

  get origin(): string {
    return ORIGIN_OF(this.opts.port);
  }

  /** Starts the server and waits until it listens and answers HTTP (at most `seconds`). */
  async start(seconds = 90): Promise<void> {
    const from = this.output.length;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'server.ts')], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: this.opts.dbFile,
        PORT: String(this.opts.port),
        HOST: '127.0.0.1',
        ...this.opts.env,
      },
    });
    this.child = child;
    live.add(this);
    child.stdout!.on('data', (c: Buffer) => this.output.push(c.toString('utf8')));
    child.stderr!.on('data', (c: Buffer) => this.output.push(c.toString('utf8')));
    this.exited = new Promise((resolve) => child.on('exit', () => resolve()));
    let gone = false;
    void this.exited.then(() => (gone = true));
    const until = Date.now() + seconds * 1000;
    for (;;) {
      if (gone) throw new Error(`the server exited while starting:\n${this.output.join('').slice(-3000)}`);
      const ok =
        this.output.slice(from).join('').includes('已就绪') &&
        (await fetch(`${this.origin}/api/health`, { signal: AbortSignal.timeout(10_000) }).then(
          (r) => r.status > 0,
          () => false,
        ));
      if (ok) return;
      if (Date.now() > until) throw new Error(`the server did not answer within ${seconds} s:\n${this.output.join('').slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  signal(sig: NodeJS.Signals): void {
    if (this.child?.pid && this.child.exitCode === null && this.child.signalCode === null) {
      try {
        process.kill(-this.child.pid, sig);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
      }
    }
  }

  /** kill -9 of the whole process group, waiting until it is gone. */
  async kill9(): Promise<void> {
    this.signal('SIGKILL');
    await this.exited;
    live.delete(this);
  }

  /** A normal stop (SIGTERM), then SIGKILL after 10 s. */
  async stop(): Promise<void> {
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    live.delete(this);
  }
}
