import { expect, type Page } from '@playwright/test';

/**
 * A slow connection: the page's JavaScript chunks are held back until `release()`, so the page
 * arrives (HTML and styles) and can be used before React has hydrated it — where a change of a
 * `<select>` reaches no handler unless the component looks for it.
 */
export async function holdScripts(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/[^?]*\.js(\?|$)/, async (route) => {
    await arrived;
    await route.continue();
  });
  return { release };
}

/** Opens `path` while the scripts are held, and checks the page is not hydrated yet. */
export async function openBeforeScripts(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe('undefined');
}
