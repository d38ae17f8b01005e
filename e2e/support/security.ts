/**
 * Helpers of the authentication security spec: raw HTTP from a chosen loopback address (on Linux
 * every 127.x.y.z reaches a server bound to 127.0.0.1, so each attacker gets its own socket
 * address), login posts through the login form's server action, and a writable database handle to
 * age sessions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { E2E_DB, E2E_PORT } from '../env';
import { ORIGIN } from './actions';
import { listBuiltActions } from './build';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(opts: {
  from: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  port?: number;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: opts.port ?? E2E_PORT,
        localAddress: opts.from,
        method: opts.method,
        path: opts.path,
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Posts the login form's server action as the browser does, from the address `from`. */
export function postLogin(
  from: string,
  fields: { username: string; password: string; next?: string },
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const login = listBuiltActions().find((a) => a.name === 'loginAction');
  if (!login) throw new Error('loginAction is not in the build');
  return rawRequest({
    from,
    method: 'POST',
    path: '/login',
    headers: {
      'Next-Action': login.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: ORIGIN,
      ...headers,
    },
    body: JSON.stringify([{}, fields]),
  });
}

/** The session token a response set, or null. */
export function sessionSet(res: RawResponse): string | null {
  const cookies = res.headers['set-cookie'] ?? [];
  for (const c of cookies) {
    const m = /^saima_session=([^;]*)/.exec(c);
    if (m && m[1]) return m[1];
  }
  return null;
}

/** A writable handle on the e2e database (the server keeps running on it, WAL mode). */
export function openE2eDbWritable(): Database.Database {
  const db = new Database(E2E_DB, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

export function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** True when a TCP connection to host:port is accepted. */
export function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface StartedServer {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs `npm start`'s script (scripts/start.ts) in its own process group with extra environment. */
export async function startSaima(env: Record<string, string>, port: number): Promise<StartedServer> {
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'start.ts')],
    {
      cwd: root,
      env: { ...process.env, PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid, 'SIGTERM');
    });
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
    const ready = await rawRequest({ from: '127.0.0.1', method: 'GET', path: '/login', port }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > until) {
      await stop();
      throw new Error(`npm start did not answer on ${port}:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { child, output: () => out, stop };
}
