import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The row of a paged dashboard table: follows the table's 下一页 link (a fresh load of the next
 * page) until the row is shown; fails when no page shows it.
 */
export async function rowOnSomePage(page: Page, table: Locator, row: Locator): Promise<Locator> {
  await expect(table).toBeVisible();
  for (let i = 0; i < 100; i++) {
    if ((await row.count()) > 0) return row.first();
    const next = table.getByRole('link', { name: '下一页' });
    if ((await next.count()) === 0) break;
    await page.goto((await next.getAttribute('href'))!);
    await expect(table).toBeVisible();
  }
  throw new Error('the row is on no page of the table');
}
