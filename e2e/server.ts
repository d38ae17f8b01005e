/**
 * Starts Saima for the browser tests on a fresh database: removes the old file, then `npm start`'s
 * steps. `--no-demo`: the second installation (SAIMA_DEMO=0, its own database and port), whose
 * output is also kept in a log file, where the tests read the printed one-time password.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_DB, E2E_PORT, NODEMO_DB, NODEMO_LOG, NODEMO_PORT } from './env';

const noDemo = process.argv.includes('--no-demo');
const db = noDemo ? NODEMO_DB : E2E_DB;
fs.mkdirSync(path.dirname(db), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
const child = spawn(
  process.execPath,
  [path.resolve(__dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.resolve(__dirname, '..', 'scripts', 'start.ts')],
  {
    stdio: noDemo ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: db,
      PORT: String(noDemo ? NODEMO_PORT : E2E_PORT),
      SAIMA_TRUSTED_PROXIES: '127.0.0.9',
      ...(noDemo ? { SAIMA_DEMO: '0', HOST: '127.0.0.1' } : {}),
    },
  },
);
if (noDemo) {
  const log = fs.createWriteStream(NODEMO_LOG);
  child.stdout!.on('data', (chunk: Buffer) => {
    log.write(chunk);
    process.stdout.write(chunk);
  });
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
