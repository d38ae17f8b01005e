/**
 * The officials' dashboard against the e2e database. Every figure asserted here is computed by the
 * test itself from the rows (scores through e2e/support/independent-score.ts, ranks, movement,
 * statuses and county ranks by the small functions below), never read back from the app.
 *
 * Rules used (domain documentation): ranks are standard competition ranks on scores rounded to 0.1
 * (1 + number of strictly higher scores); movement = previous period's rank − this period's; a
 * cumulative indicator is 达到序时 when actual ≥ expected value, 略滞后 within the campaign's
 * tolerance (百分点 of the annual target), else 严重滞后; the county rank is 1 + the number of
 * counties with a strictly better value.
 */
import type Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { openE2eDb } from './support/db';
import { independentCompetitionScore } from './support/independent-score';

const PERIOD = '2020-09';
const PREVIOUS = '2020-08';

let db: Database.Database;
test.beforeAll(() => {
  db = openE2eDb();
});
test.afterAll(() => db?.close());

function competitionIds(): number[] {
  return (
    db
      .prepare(`select c.id from competitions c join campaigns k on k.id = c.campaign_id where k.year = 2020 order by c.sort_order, c.id`)
      .all() as { id: number }[]
  ).map((r) => r.id);
}

/** Standard competition ranking of finite scores (null scores get no rank). */
function ranks(scores: Map<number, number | null>): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const [id, s] of scores) out.set(id, s === null ? null : 1 + [...scores.values()].filter((o) => o !== null && o > s).length);
  return out;
}

function movementWords(delta: number): string {
  return delta > 0 ? `上升${delta}位` : delta < 0 ? `下降${-delta}位` : '持平';
}

/** Every task force's score for a period, through the independent scorer, competition by competition. */
function taskForceScores(period: string): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const id of competitionIds()) for (const t of independentCompetitionScore(db, id, period).taskForces) out.set(t.id, t.score);
  return out;
}

test('a competition’s rank among the eight, computed from the rows, is on its card and its page', async ({ page }) => {
  const scores = new Map(competitionIds().map((id) => [id, independentCompetitionScore(db, id, PERIOD).score] as const));
  const rank = ranks(scores);
  // Take the competition in the middle of the table: neither first nor last.
  const [id, r] = [...rank.entries()].sort((a, b) => (a[1] ?? 99) - (b[1] ?? 99))[3]!;
  const name = (db.prepare('select name from competitions where id = ?').get(id) as { name: string }).name;
  test.info().annotations.push({ type: 'independent rank', description: `${name}: 第${r}名/8 (score ${scores.get(id)})` });

  await page.goto(`/?period=${PERIOD}`);
  await expect(page.getByTestId(`competition-card-${id}`).getByTestId('competition-rank')).toHaveText(`第${r}名/8`);
  await page.goto(`/competitions/${id}?period=${PERIOD}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.getByTestId('competition-rank')).toHaveText(`第${r}名/8`);
  await expect(page.getByTestId('competition-score')).toHaveText(scores.get(id)!.toFixed(1));
});

test('a task force’s movement since last month, computed from the rows, is on its page', async ({ page }) => {
  const now = ranks(taskForceScores(PERIOD));
  const before = ranks(taskForceScores(PREVIOUS));
  const moves = [...now.entries()]
    .filter(([id, r]) => r !== null && before.get(id) != null)
    .map(([id, r]) => ({ id, rank: r!, delta: before.get(id)! - r! }))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.id - b.id);
  const chosen = moves.find((m) => m.delta !== 0)!;
  expect(chosen, 'no task force moved').toBeDefined();
  test.info().annotations.push({
    type: 'independent movement',
    description: `task force ${chosen.id}: 第${chosen.rank}名, ${movementWords(chosen.delta)}`,
  });

  await page.goto(`/task-forces/${chosen.id}?period=${PERIOD}`);
  await expect(page.getByTestId('task-force-rank')).toHaveText(`第${chosen.rank}名/${now.size}`);
  await expect(page.getByTestId('task-force-movement')).toContainText(movementWords(chosen.delta));
});

interface CountyIndicator {
  id: number;
  name: string;
  target: number;
  actual: number;
  phased: number | null;
}

/** Status words of a cumulative, higher-is-better indicator (no lag) for the period. */
function cumulativeStatus(ind: CountyIndicator, month: number, tolerancePp: number): string {
  const expectedValue = ind.phased ?? (ind.target * month) / 12;
  const gapPp = ((ind.actual - expectedValue) / Math.abs(ind.target)) * 100;
  if (gapPp >= -1e-9) return '达到序时';
  return gapPp >= -tolerancePp - 1e-9 ? '略滞后' : '严重滞后';
}

test('an indicator’s status and county rank, computed from the rows, are on its page', async ({ page }) => {
  const settings = JSON.parse((db.prepare('select settings from campaigns where year = 2020').get() as { settings: string }).settings) as {
    tolerancePp?: number;
    timeProgressMode?: string;
  };
  expect(settings.timeProgressMode ?? 'month').toBe('month');
  const home = (db.prepare('select home_region_code as code from campaigns where year = 2020').get() as { code: string }).code;
  const candidates = db
    .prepare(
      `select i.id, i.name, i.annual_target as target, e.value as actual,
              (select p.target from phased_targets p where p.indicator_id = i.id and p.period = ?) as phased
       from indicators i join progress_entries e on e.indicator_id = i.id and e.period = ? and e.status = 'approved'
       where i.kind = 'cumulative' and i.direction = 'higher' and i.lag_months = 0 and i.has_county_comparison = 1
         and i.annual_target > 0 and e.value is not null
       order by i.id`,
    )
    .all(PERIOD, PERIOD) as CountyIndicator[];
  expect(candidates.length).toBeGreaterThan(0);
  const judged = candidates.map((c) => ({ ...c, status: cumulativeStatus(c, 9, settings.tolerancePp ?? 5) }));
  const chosen = judged.find((c) => c.status !== '达到序时') ?? judged[0]!;
  const county = db
    .prepare('select region_code as code, value from county_values where indicator_id = ? and period = ?')
    .all(chosen.id, PERIOD) as { code: string; value: number }[];
  const own = county.find((c) => c.code === home)!;
  const countyRank = 1 + county.filter((c) => c.value > own.value).length;
  test.info().annotations.push({
    type: 'independent indicator',
    description: `${chosen.name} (${chosen.id}): ${chosen.status}, 第${countyRank}名/${county.length}`,
  });

  await page.goto(`/indicators/${chosen.id}?period=${PERIOD}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen.name);
  await expect(page.getByTestId('indicator-status')).toHaveText(new RegExp(chosen.status));
  await expect(page.getByTestId('indicator-county-rank')).toHaveText(`第${countyRank}名/${county.length}`);
  await expect(page.getByTestId('trend-chart').locator('svg.recharts-surface').first()).toBeVisible();
  await expect(page.getByTestId('county-chart').locator('svg.recharts-surface').first()).toBeVisible();
});

test('unknown ids are 404 pages and a bad period is explained in Chinese', async ({ page }) => {
  for (const path of ['/competitions/99999', '/task-forces/abc', '/indicators/0', '/indicators/1e3']) {
    const res = await page.goto(`${path}?period=${PERIOD}`);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText('未找到该页面')).toBeVisible();
  }
  const res = await page.goto('/rankings?period=2020-13');
  expect(res?.status()).toBeLessThan(500);
  await expect(page.getByText(/格式不正确/)).toBeVisible();
});
