/**
 * Shared Playwright fixtures. `page` is logged in as demo-leader (read-all); `as(role)` opens a page
 * in its own browser context logged in as that demo role (separate cookies per role).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { CONTEXT_OPTIONS, statePath, type DemoRole } from './env';

export const test = base.extend<{ as: (role: DemoRole) => Promise<Page> }>({
  storageState: statePath('leader'),
  as: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (role) => {
      const ctx = await browser.newContext({ ...CONTEXT_OPTIONS, storageState: statePath(role) });
      contexts.push(ctx);
      return ctx.newPage();
    });
    for (const c of contexts) await c.close();
  },
});

export { expect };
