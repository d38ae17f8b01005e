/**
 * The main navigation offers each role the entries it uses (审核 for reviewers, 填报 for those who
 * report), and the ranking tables show every column without sideways scrolling at 1366×768 and
 * 1920×1080 (screenshots attached).
 */
import { test, expect } from './fixtures';
import type { DemoRole } from './env';

const NAV: Record<DemoRole, { report: boolean; review: boolean; admin: boolean }> = {
  admin: { report: true, review: true, admin: true },
  leader: { report: false, review: false, admin: false },
  reviewer: { report: false, review: true, admin: false },
  lead: { report: true, review: false, admin: false },
  viewer: { report: false, review: false, admin: false },
};

test('each role sees the navigation entries it uses, and they open their pages', async ({ as }) => {
  for (const [role, expected] of Object.entries(NAV) as [DemoRole, (typeof NAV)[DemoRole]][]) {
    const page = await as(role);
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '总览' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '填报', exact: true }), `${role} 填报`).toHaveCount(expected.report ? 1 : 0);
    await expect(nav.getByRole('link', { name: '审核', exact: true }), `${role} 审核`).toHaveCount(expected.review ? 1 : 0);
    await expect(nav.getByRole('link', { name: '管理', exact: true }), `${role} 管理`).toHaveCount(expected.admin ? 1 : 0);
    if (expected.review) {
      await nav.getByRole('link', { name: '审核', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: '审核' })).toBeVisible();
      await expect(nav.getByRole('link', { name: '审核', exact: true })).toHaveAttribute('aria-current', 'page');
    }
    if (expected.report) {
      await nav.getByRole('link', { name: '填报', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('填报');
    }
    await page.context().close();
  }
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`every ranking table shows all its columns at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    await page.goto('/rankings?period=2020-09');
    const tables = page.locator('[data-testid^="table-"]');
    await expect(tables.first()).toBeVisible();
    const widths = await tables.evaluateAll((els) =>
      els.map((el) => {
        const region = el.querySelector('[role=region]') as HTMLElement;
        const right = region.getBoundingClientRect().right;
        const headers = [...el.querySelectorAll('th')].map((th) => ({ text: th.textContent, right: th.getBoundingClientRect().right }));
        return {
          id: (el as HTMLElement).dataset.testid,
          scroll: region.scrollWidth,
          client: region.clientWidth,
          hidden: headers.filter((h) => h.right > right + 1 || h.right > window.innerWidth + 1).map((h) => h.text),
          headers: headers.map((h) => h.text),
        };
      }),
    );
    expect(widths.length).toBeGreaterThanOrEqual(5);
    for (const w of widths) {
      expect(w.scroll, `${w.id} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(w.client + 1);
      expect(w.hidden, `${w.id} at ${size.width}px hides columns`).toEqual([]);
    }
    for (const id of ['table-ranking-departments', 'table-ranking-townships'])
      expect(widths.find((w) => w.id === id)?.headers).toContain('报送及时率');
    for (const section of ['units', 'county']) {
      await page.locator(`#${section}`).scrollIntoViewIfNeeded();
      await testInfo.attach(`${section}-${size.width}`, { body: await page.screenshot(), contentType: 'image/png' });
    }
  });
}
