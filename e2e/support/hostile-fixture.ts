/** Starts the hostile suite's own server for a spec file (serial), with one API context per account. */
import { test, type APIRequestContext } from '@playwright/test';
import { HOSTILE_ORIGIN, startHostileApp, stateWith, type HostileWorld } from './hostile-app';

export type Account = 'admin' | 'self' | 'anon' | 'lead' | 'reviewer';

export interface Hostile {
  world: HostileWorld;
  as: Record<Account, APIRequestContext>;
}

export function useHostileApp(): Hostile {
  const h = { as: {} } as Hostile;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ playwright }) => {
    test.setTimeout(300_000);
    h.world = await startHostileApp();
    const ctx = (token?: string) =>
      playwright.request.newContext({ baseURL: HOSTILE_ORIGIN, storageState: token ? stateWith(token) : undefined });
    const t = h.world.tokens;
    h.as = {
      admin: await ctx(t.admin),
      self: await ctx(t.self),
      lead: await ctx(t.lead),
      reviewer: await ctx(t.reviewer),
      anon: await ctx(),
    };
  });
  test.afterAll(async () => {
    for (const c of Object.values(h.as)) await c.dispose();
    await h.world?.server.stop();
  });
  return h;
}
