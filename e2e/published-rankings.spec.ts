/**
 * Published rankings: locking a period through /admin/periods publishes its ranking of record; an
 * administrator's correction of a figure afterwards shows the published and the current rank side
 * by side as 修订 on /rankings, and the next month's 争先进位 compares with the published ranking —
 * each rank checked against the independent scorer (support/meeting-ranks.ts, not lib/metrics).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openE2eDb } from './support/db';
import { independentRanks, type RankMove } from './support/meeting-ranks';
import { rowOnSomePage } from './support/paging';
import { query } from './support/query';
import { auditSince, entryOf, fillEntry, lastAuditId, periodLocked, reportCard, reviewCard, setLock } from './support/reporting';
import { cell } from './support/table-cell';

const SEPTEMBER = '2020-09';
const OCTOBER = '2020-10';

function ranks(period: string): Map<number, RankMove> {
  const db = openE2eDb();
  try {
    return independentRanks(db, period).taskForces;
  } finally {
    db.close();
  }
}

/** The best-ranked task force with an unlagged, higher-is-better cumulative indicator approved in September above 0. */
function pickCorrection(september: Map<number, RankMove>) {
  const candidates = query<{ id: number; taskForceId: number; value: number }>(
    `select i.id, i.task_force_id as taskForceId, e.value from indicators i join progress_entries e on e.indicator_id = i.id
      where i.kind = 'cumulative' and i.direction = 'higher' and i.lag_months = 0 and i.annual_target > 0
        and e.period = ? and e.status = 'approved' and e.value > 0 order by i.id`,
    SEPTEMBER,
  );
  const rankOf = (tf: number) => september.get(tf)?.rank ?? Infinity;
  const best = [...candidates].sort((a, b) => rankOf(a.taskForceId) - rankOf(b.taskForceId))[0];
  expect(best, 'an indicator to correct').toBeDefined();
  return best!;
}

/** 上升2位 / 下降1位 / 持平, as the documented wording. */
const movementWords = (m: number) => (m === 0 ? '持平' : m > 0 ? `上升${m}位` : `下降${-m}位`);

async function taskForceRow(page: Page, period: string, taskForceId: number) {
  await page.goto(`/rankings?period=${period}`);
  const table = page.getByTestId('table-ranking-task-forces');
  return rowOnSomePage(page, table, table.getByTestId(`row-task-force-${taskForceId}`));
}

const REASON = '区统计局核定9月数据有误';

/** The latest audit row of an entry, its after as stored. */
function lastAuditOf(entryId: number) {
  const [row] = query<{ action: string; after: string; detail: string | null }>(
    `select action, after, detail from audit_log where entity_type = 'progress_entry' and entity_id = ? order by id desc limit 1`,
    String(entryId),
  );
  return { ...row!, after: JSON.parse(row!.after) as Record<string, unknown> };
}

/** An administrator's correction of the locked September through /report, with its 修订原因. */
async function saveValue(admin: Page, indicatorId: number, taskForceId: number, value: string, reason: string) {
  await admin.goto(`/report?period=${SEPTEMBER}&tf=${taskForceId}`);
  const card = reportCard(admin, indicatorId);
  await card.getByLabel(/本期数值/).fill(value);
  await card.getByLabel(/修订原因/).fill(reason);
  await card.getByRole('button', { name: '保存草稿' }).click();
  await expect.poll(() => entryOf(indicatorId, SEPTEMBER)?.value).toBe(Number(value));
}

/** Without a 修订原因 the correction is refused in Chinese, and what was typed stays. */
async function refusedWithoutReason(admin: Page, indicatorId: number, taskForceId: number, value: string) {
  await admin.goto(`/report?period=${SEPTEMBER}&tf=${taskForceId}`);
  const card = reportCard(admin, indicatorId);
  const before = entryOf(indicatorId, SEPTEMBER)!;
  await card.getByLabel(/本期数值/).fill(value);
  await card.getByRole('button', { name: '保存草稿' }).click();
  await expect(card.getByRole('alert').filter({ hasText: '更正已锁定月份的数据须填写“修订原因”' })).toBeVisible();
  await expect(card.getByText('请填写修订原因')).toBeVisible();
  await expect(card.getByLabel(/本期数值/)).toHaveValue(value);
  expect(entryOf(indicatorId, SEPTEMBER)).toMatchObject({ value: before.value, version: before.version });
}

async function approveOctober(admin: Page, indicatorId: number, taskForceId: number, value: string) {
  await admin.goto(`/report?period=${OCTOBER}&tf=${taskForceId}`);
  await fillEntry(admin, indicatorId, { value, workProgress: '按计划推进' }, '提交审核');
  await expect(reportCard(admin, indicatorId).getByText(/^已提交/)).toBeVisible();
  const entry = entryOf(indicatorId, OCTOBER)!;
  await admin.goto('/review');
  await reviewCard(admin, entry.id).getByRole('button', { name: '通过' }).click();
  await expect(reviewCard(admin, entry.id)).toHaveCount(0);
  expect(entryOf(indicatorId, OCTOBER)).toMatchObject({ status: 'approved' });
}

test.afterAll(async ({ browser }) => {
  if (!periodLocked(SEPTEMBER)) return;
  const ctx = await browser.newContext({ storageState: 'test-results/e2e/state-admin.json' });
  await setLock(await ctx.newPage(), SEPTEMBER, false);
  await ctx.close();
});

test('locking September publishes it; a later correction shows 修订 with both ranks; October moves against the published ranks', async ({
  as,
}) => {
  const admin = await as('admin');
  const atLock = ranks(SEPTEMBER);
  const pick = pickCorrection(atLock);
  const published = atLock.get(pick.taskForceId)!.rank!;

  // Lock through the page: the ranking of record is stored with the ranks every page showed.
  const since = lastAuditId();
  await setLock(admin, SEPTEMBER, true);
  await expect(admin.getByText('排名已发布（第1版）')).toBeVisible();
  const [row] = query<{ version: number; record: string }>(`select version, record from published_rankings where period = ?`, SEPTEMBER);
  expect(row!.version).toBe(1);
  const record = JSON.parse(row!.record) as { taskForces: { id: number; rank: number | null }[] };
  expect(new Map(record.taskForces.map((t) => [t.id, t.rank]))).toEqual(new Map([...atLock].map(([id, r]) => [id, r.rank])));
  expect(auditSince(since, 'demo-admin').map((r) => r.action)).toEqual(['period.lock', 'ranking.publish']);

  await admin.goto(`/rankings?period=${SEPTEMBER}`);
  await expect(admin.getByTestId('ranking-publication')).toContainText('发布后数据未更正');
  await expect(admin.getByTestId('table-ranking-revisions')).toHaveCount(0);

  // The administrator corrects an approved September figure of the locked period (audited override):
  // refused without a 修订原因, saved with one, which the audit row keeps.
  await refusedWithoutReason(admin, pick.id, pick.taskForceId, '0');
  await saveValue(admin, pick.id, pick.taskForceId, '0', REASON);
  expect(entryOf(pick.id, SEPTEMBER)).toMatchObject({ status: 'approved', value: 0 });
  const audit = lastAuditOf(entryOf(pick.id, SEPTEMBER)!.id);
  expect(audit).toMatchObject({ action: 'progress.save', after: { value: 0, correctionReason: REASON } });
  expect(audit.detail).toContain('统计期已锁定');
  const corrected = ranks(SEPTEMBER).get(pick.taskForceId)!.rank!;
  expect(corrected, 'the correction changes the rank').not.toBe(published);

  await admin.goto(`/rankings?period=${SEPTEMBER}`);
  await expect(admin.getByTestId('ranking-publication')).toContainText('发布后有数据更正');
  const revision = admin.getByTestId('table-ranking-revisions').getByTestId(`row-revision-task-force-${pick.taskForceId}`);
  await expect(cell(revision, 'revision')).toHaveText(`已发布第${published}名 · 修订后第${corrected}名`);
  await expect(cell(revision, 'reason')).toContainText(`原因：${REASON}（`);
  await expect(cell(revision, 'reason')).toContainText('→ 0');
  // The main ranking shows the current rank; the published one is not rewritten.
  await expect(cell(await taskForceRow(admin, SEPTEMBER, pick.taskForceId), 'rank')).toContainText(`第${corrected}名`);
  expect(query<{ n: number }>(`select count(*) as n from published_rankings where period = ?`, SEPTEMBER)[0]!.n).toBe(1);

  // October's 争先进位 compares with the published September rank, not the corrected one. October
  // moves nobody until it holds an approved figure: the administrator reports and approves one.
  if (!entryOf(pick.id, OCTOBER)) await approveOctober(admin, pick.id, pick.taskForceId, String(pick.value));
  const october = ranks(OCTOBER).get(pick.taskForceId)!.rank!;
  const expected = published - october;
  expect(expected, 'published and corrected ranks give different movements').not.toBe(corrected - october);
  const oct = await taskForceRow(admin, OCTOBER, pick.taskForceId);
  await expect(cell(oct, 'rank')).toContainText(`第${october}名`);
  await expect(cell(oct, 'movement')).toContainText(movementWords(expected));
  await expect(admin.getByTestId('ranking-publication')).toContainText('较上期升降与2020年9月已发布的排名比较');

  // Put the figure back: the current ranks equal the published ones again, and 修订 goes away.
  await saveValue(admin, pick.id, pick.taskForceId, String(pick.value), '恢复原数据');
  await admin.goto(`/rankings?period=${SEPTEMBER}`);
  await expect(admin.getByTestId('ranking-publication')).toContainText('发布后数据未更正');
});

test('unlocking keeps the published version; locking again publishes version 2, the one of record', async ({ as }) => {
  const admin = await as('admin');
  if (!periodLocked(SEPTEMBER)) await setLock(admin, SEPTEMBER, true);
  const before = query<{ n: number }>(`select count(*) as n from published_rankings where period = ?`, SEPTEMBER)[0]!.n;
  await setLock(admin, SEPTEMBER, false);
  expect(query<{ n: number }>(`select count(*) as n from published_rankings where period = ?`, SEPTEMBER)[0]!.n).toBe(before);
  await setLock(admin, SEPTEMBER, true);
  await expect(admin.getByText(`排名已发布（第${before + 1}版）`)).toBeVisible();
  await admin.goto(`/rankings?period=${SEPTEMBER}`);
  await expect(admin.getByTestId('ranking-publication')).toContainText(`第${before + 1}版，共${before + 1}版`);
});
