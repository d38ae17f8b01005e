import path from 'node:path';

/** The repository root, the fault suite's own scratch directory and its ports (127.0.0.1 only). */
export const ROOT = path.resolve(__dirname, '..', '..');
/** Not under test-results/: Playwright empties that directory when a run starts. */
export const FAULTS_DIR = path.join(ROOT, 'faults-results');
export const FAULTS_PORT = Number(process.env.FAULTS_PORT ?? 3210);
export const ORIGIN_OF = (port: number) => `http://127.0.0.1:${port}`;

export function scenarioDir(name: string): string {
  return path.join(FAULTS_DIR, name);
}
