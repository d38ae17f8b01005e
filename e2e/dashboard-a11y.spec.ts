/**
 * Accessibility of the dashboard with axe-core: no serious or critical violation on the overview,
 * the rankings and an indicator page with charts and a county comparison.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openE2eDb } from './support/db';

const PERIOD = '2020-09';

function indicatorWithCounties(): number {
  const db = openE2eDb();
  try {
    return (
      db.prepare(`select id from indicators where kind = 'cumulative' and has_county_comparison = 1 order by id limit 1`).get() as {
        id: number;
      }
    ).id;
  } finally {
    db.close();
  }
}

for (const path of ['/', '/rankings', 'indicator']) {
  test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
    const url = path === 'indicator' ? `/indicators/${indicatorWithCounties()}` : path;
    await page.goto(`${url}?period=${PERIOD}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('load');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const summary = bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
    expect(summary, summary.join('\n')).toEqual([]);
  });
}
