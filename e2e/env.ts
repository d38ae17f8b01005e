import path from 'node:path';

/** The e2e run's own database and port: never the developer's data/saima.db. */
export const E2E_DB = path.resolve(__dirname, '..', 'test-results', 'e2e', 'saima.db');
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
