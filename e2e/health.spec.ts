/** GET /api/health: public, small, and saying nothing but four checks. */
import { test, expect } from './fixtures';

test.use({ storageState: { cookies: [], origins: [] } });

test('the health probe answers anonymously with four words and nothing else', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  expect(await res.json()).toEqual({ ok: true, database: 'ok', migrations: 'ok', writable: 'ok', disk: 'ok' });
  for (const method of ['POST', 'PUT', 'DELETE'] as const) {
    const other = await request.fetch('/api/health', { method });
    expect(other.status(), method).toBe(405);
  }
});
