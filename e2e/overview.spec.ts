/**
 * The overview page 总览 against the e2e database: the eight competitions of 六抓六比·八大竞赛 for
 * 2020年9月, one competition's score recomputed independently from the rows (see
 * support/independent-score.ts — it does not use lib/metrics), and invalid periods.
 */
import Database from 'better-sqlite3';
import { E2E_DB } from './env';
import { expect, test } from './fixtures';
import { independentCompetitionScore, pickCompetition } from './support/independent-score';

const PERIOD = '2020-09';
const STATUS_WORDS = /达到序时|略滞后|严重滞后|未报送/;

let db: Database.Database;

test.beforeAll(() => {
  db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
});
test.afterAll(() => db?.close());

function competitionsOf2020(): { id: number; name: string }[] {
  return db
    .prepare(
      `select c.id, c.name from competitions c join campaigns k on k.id = c.campaign_id where k.year = 2020 and k.name = '六抓六比·八大竞赛' order by c.sort_order, c.id`,
    )
    .all() as { id: number; name: string }[];
}

test('总览 shows the 8 competitions of 六抓六比·八大竞赛 for 2020年9月 with scores and statuses', async ({ page }) => {
  const response = await page.goto(`/?period=${PERIOD}`);
  expect(response?.status()).toBeLessThan(400);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2020年9月');
  await expect(page.getByText('六抓六比·八大竞赛').first()).toBeVisible();

  const competitions = competitionsOf2020();
  expect(competitions).toHaveLength(8);
  for (const c of competitions) {
    const card = page.getByTestId(`competition-card-${c.id}`);
    await expect(card, c.name).toBeVisible();
    await expect(card).toContainText(c.name);
    await expect(card.getByTestId('competition-score'), c.name).toHaveText(/^\d+\.\d$/);
    await expect(card, c.name).toContainText(STATUS_WORDS);
  }
});

test('one competition’s score, recomputed from the database rows, is the number on its card', async ({ page }) => {
  const chosen = pickCompetition(db, PERIOD);
  const result = independentCompetitionScore(db, chosen.id, PERIOD);
  expect(result.score, `no score for ${chosen.name}`).not.toBeNull();
  // The check should exercise more than one rule: several kinds and several task forces.
  expect(new Set(result.indicators.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
  expect(result.taskForces.length).toBeGreaterThanOrEqual(2);
  const expected = result.score!.toFixed(1);
  test.info().annotations.push({
    type: 'independent score',
    description: `${chosen.name} ${PERIOD}: ${expected} (task forces ${result.taskForces.map((t) => `${t.id}=${t.score}`).join(', ')})`,
  });

  await page.goto(`/?period=${PERIOD}`);
  const card = page.getByTestId(`competition-card-${chosen.id}`);
  await expect(card).toContainText(chosen.name);
  await expect(card.getByTestId('competition-score')).toHaveText(expected);
});

for (const bad of ['2020-13', 'abc']) {
  test(`?period=${bad} gets a Chinese message, not a server error`, async ({ page }) => {
    const response = await page.goto(`/?period=${encodeURIComponent(bad)}`);
    expect(response, 'no response').not.toBeNull();
    expect(response!.status()).toBeLessThan(500);
    await expect(page.getByText(/格式不正确/)).toBeVisible();
    await expect(page.getByTestId(/^competition-card-/)).toHaveCount(0);
  });
}
