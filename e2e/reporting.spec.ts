import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { auditCount, dataFingerprint, openE2eDb } from './support/db';

const OPEN = '2020-10';

interface Target {
  indicatorId: number;
  name: string;
  unit: string;
  competitionId: number;
}

/** Indicators (not milestones) of demo-lead's task force, and one of another task force. */
function leadIndicators(): { mine: Target[]; other: Target } {
  const db = openE2eDb();
  try {
    const rows = db
      .prepare(
        `select i.id as indicatorId, i.name, i.unit, t.competition_id as competitionId, t.id as tf,
                exists(select 1 from user_scopes s join users u on u.id = s.user_id
                       where u.username = 'demo-lead' and s.scope_type = 'taskForce' and s.scope_id = t.id) as mine
           from indicators i join task_forces t on t.id = i.task_force_id
          where i.kind in ('cumulative', 'level') order by t.id, i.sort_order`,
      )
      .all() as (Target & { mine: number })[];
    return { mine: rows.filter((r) => r.mine), other: rows.find((r) => !r.mine)! };
  } finally {
    db.close();
  }
}

/** The entry round `round` owes for the indicator: that of month round − lag (错月). */
function entryOf(indicatorId: number, round = OPEN) {
  const db = openE2eDb();
  try {
    const { lag } = db.prepare('select lag_months as lag from indicators where id = ?').get(indicatorId) as { lag: number };
    const month = Number(round.slice(5)) - lag;
    const period = `${round.slice(0, 4)}-${String(month).padStart(2, '0')}`;
    return db.prepare('select * from progress_entries where indicator_id = ? and period = ?').get(indicatorId, period) as
      { id: number; value: number | null; status: string; version: number; return_reason: string | null } | undefined;
  } finally {
    db.close();
  }
}

function card(page: Page, indicatorId: number) {
  return page.getByTestId(`report-indicator-${indicatorId}`);
}

async function competitionScore(page: Page, competitionId: number): Promise<string> {
  await page.goto(`/?period=${OPEN}`);
  return (await page.getByTestId(`competition-card-${competitionId}`).getByTestId('competition-score').textContent()) ?? '';
}

test('lead submits, reviewer returns with a reason, lead fixes and resubmits, reviewer approves; the overview follows', async ({ as }) => {
  const { mine } = leadIndicators();
  const target = mine[0]!;
  const lead = await as('lead');
  const reviewer = await as('reviewer');
  const scoreBefore = await competitionScore(lead, target.competitionId);

  await lead.goto(`/report?period=${OPEN}`);
  const form = card(lead, target.indicatorId);
  await form.getByLabel(/本期数值/).fill('１２,３４５');
  await expect(form.getByTestId('status-preview')).toBeVisible();
  await form.getByLabel('工作进展').fill('按计划推进');
  await form.getByRole('button', { name: '提交审核' }).click();
  await expect(form.getByText(/^已提交（逾期提交，已标记）|^已提交，等待审核/)).toBeVisible();
  expect(entryOf(target.indicatorId)).toMatchObject({ value: 12345, status: 'submitted' });

  await reviewer.goto('/review');
  const item = reviewer.getByTestId(`review-entry-${entryOf(target.indicatorId)!.id}`);
  await item.getByRole('button', { name: '退回' }).click();
  await expect(item.getByText('请填写退回原因')).toBeVisible();
  await item.getByLabel('退回原因').fill('数值口径与统计局不一致，请核实');
  await item.getByRole('button', { name: '退回' }).click();
  await expect(item).toHaveCount(0);
  expect(entryOf(target.indicatorId)).toMatchObject({ status: 'returned', return_reason: '数值口径与统计局不一致，请核实' });

  await lead.goto(`/report?period=${OPEN}`);
  await expect(lead.getByRole('region', { name: '待办' })).toContainText('被退回');
  await expect(card(lead, target.indicatorId)).toContainText('数值口径与统计局不一致，请核实');
  await card(lead, target.indicatorId)
    .getByLabel(/本期数值/)
    .fill('12000');
  await card(lead, target.indicatorId).getByRole('button', { name: '提交审核' }).click();
  await expect(card(lead, target.indicatorId).getByText(/^已提交（逾期提交，已标记）|^已提交，等待审核/)).toBeVisible();

  await reviewer.goto('/review');
  const again = reviewer.getByTestId(`review-entry-${entryOf(target.indicatorId)!.id}`);
  await expect(again).toContainText('12,000');
  await again.getByRole('button', { name: '通过' }).click();
  await expect(again).toHaveCount(0);
  expect(entryOf(target.indicatorId)).toMatchObject({ value: 12000, status: 'approved' });

  const scoreAfter = await competitionScore(lead, target.competitionId);
  expect(Number(scoreAfter)).toBeGreaterThan(Number(scoreBefore));
  await lead.goto(`/entries/${entryOf(target.indicatorId)!.id}`);
  await expect(lead.getByText('退回').first()).toBeVisible();
  await expect(lead.getByText('审核通过')).toBeVisible();
});

test('two people edit the same entry: the second save gets the conflict message and the first value stands', async ({ as }) => {
  const target = leadIndicators().mine[1]!;
  const first = await as('lead');
  const second = await as('lead');
  await first.goto(`/report?period=${OPEN}`);
  await second.goto(`/report?period=${OPEN}`);
  await card(first, target.indicatorId)
    .getByLabel(/本期数值/)
    .fill('111');
  await card(first, target.indicatorId).getByRole('button', { name: '保存草稿' }).click();
  await expect(card(first, target.indicatorId).getByText('草稿已保存')).toBeVisible();

  await card(second, target.indicatorId)
    .getByLabel(/本期数值/)
    .fill('222');
  await card(second, target.indicatorId).getByRole('button', { name: '保存草稿' }).click();
  const alert = card(second, target.indicatorId).getByText(/保存冲突/);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('111');
  await expect(alert).toContainText('演示填报员');
  await expect(card(second, target.indicatorId).getByLabel(/本期数值/)).toHaveValue('222');
  expect(entryOf(target.indicatorId)).toMatchObject({ value: 111, status: 'draft' });
});

test('a double submit creates one submission', async ({ as }) => {
  const target = leadIndicators().mine[2] ?? leadIndicators().mine[0]!;
  const lead = await as('lead');
  await lead.goto(`/report?period=${OPEN}`);
  const form = card(lead, target.indicatorId);
  await form.getByLabel(/本期数值/).fill('5');
  const before = auditCount('progress.submit');
  await form.getByRole('button', { name: '提交审核' }).dblclick();
  await expect(form.getByText('已提交').first()).toBeVisible();
  await expect(form.getByText(/保存冲突/)).toHaveCount(0);
  expect(auditCount('progress.submit') - before).toBe(1);
});

test.describe('authorization of saves', () => {
  test("a lead cannot save to another task force's indicator, even with a forged post; the refusal is audited", async ({ as }) => {
    const { other } = leadIndicators();
    const lead = await as('lead');
    await lead.goto(`/report?period=${OPEN}`);
    await expect(card(lead, other.indicatorId)).toHaveCount(0);
    const save = listBuiltActions().find((a) => a.name === 'saveEntryAction')!;
    const before = dataFingerprint();
    const denied = auditCount('access.denied', 'demo-lead');
    const res = await callAction(lead.request, '/report', save.id, [
      null,
      { indicatorId: String(other.indicatorId), period: OPEN, value: '999', version: '0', intent: 'submit' },
    ]);
    expect(await res.text()).toContain('"code":"forbidden"');
    expect(dataFingerprint()).toBe(before);
    expect(auditCount('access.denied', 'demo-lead')).toBe(denied + 1);
  });

  test("a locked period refuses a lead's save, in the page and through a direct action call", async ({ as }) => {
    const target = leadIndicators().mine[0]!;
    const admin = await as('admin');
    const lead = await as('lead');
    await lead.goto(`/report?period=${OPEN}`);

    await admin.goto('/admin/periods');
    admin.once('dialog', (d) => d.accept());
    await admin.getByTestId(`period-${OPEN}`).getByRole('button', { name: '锁定' }).click();
    await expect(admin.getByText('已锁定。')).toBeVisible();

    const other = leadIndicators().mine.at(-1)!;
    await card(lead, other.indicatorId)
      .getByLabel(/本期数值/)
      .fill('1');
    await card(lead, other.indicatorId).getByRole('button', { name: '保存草稿' }).click();
    await expect(card(lead, other.indicatorId).getByText(/已锁定/)).toBeVisible();

    const save = listBuiltActions().find((a) => a.name === 'saveEntryAction')!;
    const before = dataFingerprint();
    const res = await callAction(lead.request, '/report', save.id, [
      null,
      {
        indicatorId: String(target.indicatorId),
        period: OPEN,
        value: '1',
        version: String(entryOf(target.indicatorId)?.version ?? 0),
        intent: 'save',
      },
    ]);
    expect(await res.text()).toContain('"code":"locked"');
    expect(dataFingerprint()).toBe(before);

    await admin.goto('/admin/periods');
    admin.once('dialog', (d) => d.accept());
    await admin.getByTestId(`period-${OPEN}`).getByRole('button', { name: '解锁' }).click();
    await expect(admin.getByText('已解锁。')).toBeVisible();
  });
});
