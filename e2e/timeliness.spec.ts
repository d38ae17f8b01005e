import { test, expect } from './fixtures';
import { openE2eDb } from './support/db';
import { rowOnSomePage } from './support/paging';

/**
 * 报送及时率 of one department, computed here from the rows (a figure is due in the round that owes it,
 * on time when first submitted by that round's deadline), is what the rankings page shows.
 */
test('the rankings page shows each unit’s on-time submission rate', async ({ page }) => {
  const db = openE2eDb();
  const unit = '区发改局';
  let due = 0;
  let onTime = 0;
  try {
    const deadlines = db.prepare("select period, deadline from periods where period between '2020-01' and '2020-09'").all() as {
      period: string;
      deadline: string;
    }[];
    const indicators = db
      .prepare(
        "select i.id, i.lag_months as lag, i.combined_jan_feb as combined from indicators i join units u on u.id = i.responsible_unit_id where u.name = ? and i.kind != 'milestone'",
      )
      .all(unit) as { id: number; lag: number; combined: number }[];
    const submitted = db.prepare('select first_submitted_at as at from progress_entries where indicator_id = ? and period = ?');
    for (const ind of indicators) {
      for (const { period, deadline } of deadlines) {
        const month = Number(period.slice(5)) - ind.lag;
        if (month < 1 || (ind.combined && month === 1)) continue;
        due += 1;
        const row = submitted.get(ind.id, `2020-${String(month).padStart(2, '0')}`) as { at: string | null } | undefined;
        if (row?.at && Date.parse(row.at) <= Date.parse(deadline)) onTime += 1;
      }
    }
  } finally {
    db.close();
  }
  expect(due).toBeGreaterThan(0);
  const expected = `${(Math.round((onTime / due) * 1000) / 10).toFixed(1)}%`;
  await page.goto('/rankings?period=2020-09&all=1');
  const units = page.getByRole('region', { name: '部门与乡镇排名' });
  await expect(units.getByRole('columnheader', { name: '报送及时率' }).first()).toBeVisible();
  const departments = page.getByTestId('table-ranking-departments');
  await expect(await rowOnSomePage(page, departments, departments.getByRole('row').filter({ hasText: unit }))).toContainText(expected);
});
