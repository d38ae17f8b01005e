/** Starts Saima for the browser tests on a fresh database: removes the old file, then `npm start`'s steps. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_DB, E2E_PORT } from './env';

fs.mkdirSync(path.dirname(E2E_DB), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(E2E_DB + suffix, { force: true });
const child = spawn(
  process.execPath,
  [path.resolve(__dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.resolve(__dirname, '..', 'scripts', 'start.ts')],
  {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: E2E_DB, PORT: String(E2E_PORT), SAIMA_TRUSTED_PROXIES: '127.0.0.9' },
  },
);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
