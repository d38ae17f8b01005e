/**
 * npm run test:faults [-- crash concurrency lock idempotency storage backup]
 * The fault suite: each scenario starts the production server on its own fresh database in
 * faults-results/, on 127.0.0.1 (FAULTS_PORT, default 3210), bounded in
 * count and time. Builds the app first when the build is missing or stale. Needs root for the
 * storage scenario (it mounts a small tmpfs).
 */
import { ensureBuild } from './support/build';

const SCENARIOS: Record<string, string> = {
  crash: './crash.test',
  concurrency: './concurrency.test',
  lock: './optimistic-lock.test',
  idempotency: './idempotency.test',
  storage: './storage.test',
  backup: './backup-restore.test',
};

const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = chosen.filter((c) => !(c in SCENARIOS));
if (unknown.length) {
  console.error(`unknown scenario: ${unknown.join(', ')} (known: ${Object.keys(SCENARIOS).join(', ')})`);
  process.exit(2);
}
ensureBuild();
void (async () => {
  // Imported one after another: node:test runs top-level tests in the order they are declared.
  for (const name of chosen.length ? chosen : Object.keys(SCENARIOS)) await import(SCENARIOS[name]!);
})();
