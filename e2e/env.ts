import path from 'node:path';

/** The e2e run's own database and port: never the developer's data/saima.db. */
export const E2E_DIR = path.resolve(__dirname, '..', 'test-results', 'e2e');
export const E2E_DB = path.join(E2E_DIR, 'saima.db');
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * The second installation, started with SAIMA_DEMO=0 on port+50 from its own empty database: the
 * first run of a district (its server log holds the one-time administrator password).
 */
export const NODEMO_DIR = path.resolve(__dirname, '..', 'test-results', 'e2e-nodemo');
export const NODEMO_DB = path.join(NODEMO_DIR, 'saima.db');
export const NODEMO_LOG = path.join(NODEMO_DIR, 'server.log');
export const NODEMO_PORT = E2E_PORT + 50;
export const NODEMO_ORIGIN = `http://127.0.0.1:${NODEMO_PORT}`;

export const DEMO_ROLES = ['admin', 'leader', 'reviewer', 'lead', 'viewer'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];
export const DEMO_PASSWORD = 'Kecheng@2020';

export function statePath(role: DemoRole): string {
  return path.join(E2E_DIR, `state-${role}.json`);
}

/**
 * Options for a fresh, logged-out context opened by a test. (Inside Playwright Test,
 * browser.newContext() inherits the project's `use`, including the leader's storageState.)
 */
export const CONTEXT_OPTIONS = {
  baseURL: `http://127.0.0.1:${E2E_PORT}`,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1366, height: 768 },
  storageState: { cookies: [], origins: [] },
};
