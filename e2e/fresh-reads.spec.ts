/**
 * No cached page shows stale figures after a write: every dashboard page that shows the round's
 * figures is read (filling the derived-data cache), then a figure is submitted through /report and
 * approved through /review by the administrator, and every page read again at once shows the
 * figures computed from the rows by the independent scorer — not the ones from before. The server's
 * whole-page cache (lib/page-cache) is on, as in production: the second test reads every page
 * twice as two users and checks that neither sees the other's page, that each response carries
 * its own nonce, and that a logged-out session is not answered from the cache.
 */
import type { Page } from '@playwright/test';
import { CONTEXT_OPTIONS, DEMO_PASSWORD } from './env';
import { expect, test } from './fixtures';
import { openE2eDb } from './support/db';
import { independentCompetitionScore, type IndependentResult } from './support/independent-score';
import { entryOf, fillEntry, reportCard, reviewCard } from './support/reporting';
import { rowOnSomePage } from './support/paging';
import { query } from './support/query';
import { cell } from './support/table-cell';

const ROUND = '2020-10';

/** A cumulative, unlagged, higher-is-better indicator with no approved figure this round, from the last competition that has one. */
function pickIndicator() {
  const [row] = query<{ id: number; taskForceId: number; competitionId: number; target: number }>(
    `select i.id, i.task_force_id as taskForceId, t.competition_id as competitionId, i.annual_target as target
       from indicators i join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
      where i.kind = 'cumulative' and i.lag_months = 0 and i.annual_target > 0 and i.direction = 'higher'
        and not exists (select 1 from progress_entries e where e.indicator_id = i.id and e.period = ? and e.status = 'approved')
      order by c.sort_order desc, c.id desc, t.sort_order, t.id, i.sort_order, i.id limit 1`,
    ROUND,
  );
  expect(row, 'no indicator to write').toBeDefined();
  return row!;
}

function scores(competitionId: number): IndependentResult {
  const db = openE2eDb();
  try {
    return independentCompetitionScore(db, competitionId, ROUND);
  } finally {
    db.close();
  }
}

const one = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));

/** Reads every page showing the figures and checks each against the independent scores. */
async function expectPages(page: Page, ind: ReturnType<typeof pickIndicator>, s: IndependentResult) {
  const tf = one(s.taskForces.find((t) => t.id === ind.taskForceId)?.score);
  const indicator = one(s.indicators.find((i) => i.id === ind.id)?.score);
  const q = `period=${ROUND}`;
  await page.goto(`/indicators/${ind.id}?${q}`);
  await expect(page.getByTestId('indicator-score')).toHaveText(indicator);
  await page.goto(`/task-forces/${ind.taskForceId}?${q}`);
  await expect(page.getByTestId('task-force-score')).toHaveText(tf);
  await page.goto(`/competitions/${ind.competitionId}?${q}`);
  await expect(page.getByTestId('competition-score')).toHaveText(one(s.score));
  await expect(cell(page.getByTestId(`row-task-force-${ind.taskForceId}`), 'score')).toHaveText(tf);
  await page.goto(`/?${q}`);
  await expect(page.getByTestId(`competition-card-${ind.competitionId}`).getByTestId('competition-score')).toHaveText(one(s.score));
  await page.goto(`/rankings?${q}`);
  const ranking = page.getByTestId('table-ranking-task-forces');
  const row = await rowOnSomePage(page, ranking, ranking.getByTestId(`row-task-force-${ind.taskForceId}`));
  await expect(cell(row, 'score')).toHaveText(tf);
  await page.goto(`/task-forces?${q}`);
  await expect(cell(page.getByTestId(`row-task-force-${ind.taskForceId}`), 'score')).toHaveText(tf);
}

test('after a figure is approved, every cached page shows the new scores at once', async ({ as }) => {
  const admin = await as('admin');
  const ind = pickIndicator();
  const before = scores(ind.competitionId);
  await expectPages(admin, ind, before);

  await admin.goto(`/report?period=${ROUND}&tf=${ind.taskForceId}`);
  await fillEntry(admin, ind.id, { value: String(ind.target * 2), workProgress: '全年目标已超额完成' }, '提交审核');
  await expect(reportCard(admin, ind.id).getByText(/^已提交/)).toBeVisible();
  const entry = entryOf(ind.id, ROUND)!;
  await admin.goto('/review');
  await reviewCard(admin, entry.id).getByRole('button', { name: '通过' }).click();
  await expect(reviewCard(admin, entry.id)).toHaveCount(0);
  expect(entryOf(ind.id, ROUND)).toMatchObject({ status: 'approved' });

  const after = scores(ind.competitionId);
  expect(after.indicators.find((i) => i.id === ind.id)?.score).not.toBe(before.indicators.find((i) => i.id === ind.id)?.score);
  expect(after.taskForces.find((t) => t.id === ind.taskForceId)?.score).not.toBe(
    before.taskForces.find((t) => t.id === ind.taskForceId)?.score,
  );
  await expectPages(admin, ind, after);
});

/** The nonce of the page's scripts (the DOM hides the attribute; the property keeps it) and of the policy header. */
async function nonces(page: Page, path: string): Promise<{ header: string; scripts: string[] }> {
  const response = await page.goto(path);
  const header = /'nonce-([^']+)'/.exec(response!.headers()['content-security-policy'] ?? '')?.[1] ?? '';
  const scripts = await page.evaluate(() => [...document.querySelectorAll('script')].map((s) => s.nonce).filter(Boolean));
  return { header, scripts: [...new Set(scripts)].map(String) };
}

test('the page cache keeps each user’s pages apart, gives every response a fresh nonce and no session outlives logout', async ({
  as,
  browser,
}) => {
  const lead = await as('lead');
  const admin = await as('admin');
  const blocked: string[] = [];
  for (const p of [lead, admin]) p.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && blocked.push(m.text()));
  // The build's scripts come from the server's memory (lib/static-assets), with their type guarded.
  const assets: string[] = [];
  for (const p of [lead, admin])
    p.on('response', (r) => {
      if (r.url().includes('/_next/static/')) assets.push(`${r.status()} ${r.headers()['x-content-type-options']} ${r.url()}`);
    });
  const header = (p: Page) => p.getByRole('banner');
  // Twice each, interleaved: the second reads are the kept pages, per user.
  for (let round = 0; round < 2; round++)
    for (const path of ['/', '/rankings']) {
      await lead.goto(path);
      await expect(header(lead)).toContainText('演示填报员');
      await expect(header(lead)).not.toContainText('演示管理员');
      await admin.goto(path);
      await expect(header(admin)).toContainText('演示管理员');
      await expect(header(admin)).not.toContainText('演示填报员');
      await expect(header(admin).getByText(/^待填报/)).toHaveCount(0); // the lead's 待办 is the lead's alone
    }
  const first = await nonces(lead, '/rankings');
  const again = await nonces(lead, '/rankings');
  expect(first.scripts).toEqual([first.header]);
  expect(again.scripts).toEqual([again.header]);
  expect(again.header).not.toBe(first.header);
  expect(blocked).toEqual([]);
  expect(assets.length).toBeGreaterThan(0);
  expect(assets.filter((a) => !/^(200|304) nosniff /.test(a))).toEqual([]);
  expect(await lead.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe('string'); // hydrated

  // A session of its own (the shared demo states stay logged in): read twice, log out, read with the old cookie.
  const ctx = await browser.newContext(CONTEXT_OPTIONS);
  const viewer = await ctx.newPage();
  await viewer.goto('/login');
  await viewer.getByLabel('用户名').fill('demo-viewer');
  await viewer.getByLabel('密码').fill(DEMO_PASSWORD);
  await viewer.getByRole('button', { name: '登录' }).click();
  await expect(header(viewer)).toContainText('演示查看员');
  await viewer.goto('/');
  await expect(header(viewer)).toContainText('演示查看员');
  const [session] = (await ctx.cookies()).filter((c) => c.name === 'saima_session');
  await header(viewer).getByRole('button', { name: '退出' }).click();
  await expect(viewer).toHaveURL(/\/login/);
  await ctx.addCookies([session!]);
  await viewer.goto('/');
  await expect(viewer).toHaveURL(/\/login/);
  await expect(viewer.getByRole('banner')).toHaveCount(0);
  await ctx.close();
});
