/**
 * 目标调整 through the indicator page: the reason is required (a Chinese message, what was typed
 * stays), the change is stored with who, when and why, audited, shown as 目标调整, and the scores
 * follow the new target at once (checked against the independent scorer). Readers see the history
 * but not the form.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openE2eDb } from './support/db';
import { independentCompetitionScore } from './support/independent-score';
import { rowOnSomePage } from './support/paging';
import { query } from './support/query';
import { auditSince, lastAuditId } from './support/reporting';
import { cell } from './support/table-cell';

const PERIOD = '2020-09';

/** An unlagged, higher-is-better cumulative indicator without phased targets, approved in September below its cap. */
function pickIndicator() {
  const [row] = query<{ id: number; taskForceId: number; competitionId: number; target: number }>(
    `select i.id, i.task_force_id as taskForceId, t.competition_id as competitionId, i.annual_target as target
       from indicators i join task_forces t on t.id = i.task_force_id join progress_entries e on e.indicator_id = i.id
      where i.kind = 'cumulative' and i.direction = 'higher' and i.lag_months = 0 and i.annual_target > 0
        and e.period = ? and e.status = 'approved' and e.value > 0 and e.value < i.annual_target * 0.75
        and not exists (select 1 from phased_targets p where p.indicator_id = i.id)
      order by i.id limit 1`,
    PERIOD,
  );
  expect(row, 'an indicator to adjust').toBeDefined();
  return row!;
}

const one = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));

type Picked = Pick<ReturnType<typeof pickIndicator>, 'id' | 'taskForceId' | 'competitionId'>;

function independent(ind: Picked) {
  const db = openE2eDb();
  try {
    const s = independentCompetitionScore(db, ind.competitionId, PERIOD);
    return {
      indicator: one(s.indicators.find((i) => i.id === ind.id)?.score),
      taskForce: one(s.taskForces.find((t) => t.id === ind.taskForceId)?.score),
    };
  } finally {
    db.close();
  }
}

const targetOf = (id: number) => query<{ t: number }>('select annual_target as t from indicators where id = ?', id)[0]!.t;
const changesOf = (id: number) =>
  query<{ field: string; old_value: number; new_value: number; reason: string; changed_by: number }>(
    'select field, old_value, new_value, reason, changed_by from target_changes where indicator_id = ? order by id',
    id,
  );

async function expectScores(page: Page, ind: Picked) {
  const s = independent(ind);
  await page.goto(`/indicators/${ind.id}?period=${PERIOD}`);
  await expect(page.getByTestId('indicator-score')).toHaveText(s.indicator);
  await page.goto(`/rankings?period=${PERIOD}`);
  const table = page.getByTestId('table-ranking-task-forces');
  const row = await rowOnSomePage(page, table, table.getByTestId(`row-task-force-${ind.taskForceId}`));
  await expect(cell(row, 'score')).toHaveText(s.taskForce);
  return s;
}

async function adjust(admin: Page, id: number, target: string, reason: string) {
  await admin.goto(`/indicators/${id}?period=${PERIOD}`);
  const form = admin.getByRole('form', { name: '调整年度目标' });
  await form.getByLabel('新的年度目标').fill(target);
  await form.getByLabel('调整原因（必填）').fill(reason);
  await form.getByRole('button', { name: '确认调整' }).click();
  return form;
}

test('an administrator changes an annual target with a reason; the history shows 目标调整 and the scores follow', async ({ as, page }) => {
  const admin = await as('admin');
  const ind = pickIndicator();
  const old = ind.target;
  const before = await expectScores(admin, ind);
  const adminId = query<{ id: number; name: string }>(`select id, display_name as name from users where username = 'demo-admin'`)[0]!;

  // No reason: refused in Chinese, the typed target stays, nothing stored.
  const since = lastAuditId();
  const refused = await adjust(admin, ind.id, String(old * 2), '');
  await expect(refused.getByRole('alert')).toContainText('请填写调整原因');
  await expect(refused.getByLabel('新的年度目标')).toHaveValue(String(old * 2));
  expect(targetOf(ind.id)).toBe(old);
  expect(changesOf(ind.id)).toEqual([]);

  // With the reason: stored, audited, shown.
  await refused.getByLabel('调整原因（必填）').fill('依据年中调度会议，全年目标上调一倍');
  await refused.getByRole('button', { name: '确认调整' }).click();
  await expect(refused.getByText('年度目标已调整，排名已按新目标重新计算。')).toBeVisible();
  expect(targetOf(ind.id)).toBe(old * 2);
  expect(changesOf(ind.id)).toEqual([
    { field: 'annualTarget', old_value: old, new_value: old * 2, reason: '依据年中调度会议，全年目标上调一倍', changed_by: adminId.id },
  ]);
  expect(auditSince(since, 'demo-admin').map((r) => [r.action, r.entity_id, r.detail])).toEqual([
    ['indicator.target', String(ind.id), '依据年中调度会议，全年目标上调一倍'],
  ]);

  const after = await expectScores(admin, ind);
  expect(after.indicator).not.toBe(before.indicator);

  // Everyone who reads the indicator sees the 目标调整; only the administrator gets the form.
  await page.goto(`/indicators/${ind.id}?period=${PERIOD}`);
  const history = page.getByTestId('table-indicator-target-changes');
  await expect(history.getByRole('heading')).toContainText('目标调整');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('依据年中调度会议，全年目标上调一倍');
  await expect(history).toContainText(adminId.name);
  await expect(history).toContainText('年度目标');
  await expect(page.getByRole('form', { name: '调整年度目标' })).toHaveCount(0);

  // The same target again is refused; then back to the old one, with its own reason.
  const same = await adjust(admin, ind.id, String(old * 2), '重复');
  await expect(same.getByRole('alert')).toContainText('新目标与现行目标相同');
  const back = await adjust(admin, ind.id, String(old), '恢复原目标');
  await expect(back.getByText('年度目标已调整')).toBeVisible();
  expect(targetOf(ind.id)).toBe(old);
  expect(changesOf(ind.id).map((c) => c.reason)).toEqual(['依据年中调度会议，全年目标上调一倍', '恢复原目标']);
  expect((await expectScores(admin, ind)).indicator).toBe(before.indicator);
});

/** A reported, unlagged, higher-is-better cumulative indicator approved in September below its September phased target. */
function pickPhased() {
  const [row] = query<{ id: number; name: string; taskForceId: number; competitionId: number; campaignId: number; phased: number }>(
    `select i.id, i.name, i.task_force_id as taskForceId, t.competition_id as competitionId, c.campaign_id as campaignId, p.target as phased
       from indicators i join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
       join phased_targets p on p.indicator_id = i.id and p.period = ?
       join progress_entries e on e.indicator_id = i.id and e.period = ?
      where i.kind = 'cumulative' and i.direction = 'higher' and i.lag_months = 0 and i.annual_target > 0 and i.archived_from is null
        and e.status = 'approved' and e.value > 0 and e.value < p.target
        and not exists (select 1 from target_changes x where x.indicator_id = i.id)
      order by i.id limit 1`,
    PERIOD,
    PERIOD,
  );
  expect(row, 'an indicator with a September phased target to adjust').toBeDefined();
  return row!;
}

const phasedOf = (id: number) =>
  query<{ t: number }>('select target as t from phased_targets where indicator_id = ? and period = ?', id, PERIOD)[0]?.t;

test('the phased-target grid: a reported indicator’s month changes only with a reason, as 目标调整 on the indicator page, and the scores follow', async ({
  as,
}) => {
  const admin = await as('admin');
  const ind = pickPhased();
  const before = await expectScores(admin, ind);
  const adminName = query<{ name: string }>(`select display_name as name from users where username = 'demo-admin'`)[0]!.name;
  const doubled = String(ind.phased * 2);

  await admin.goto(`/admin/campaigns/${ind.campaignId}/structure/task-forces/${ind.taskForceId}/targets`);
  const grid = admin.getByRole('form', { name: '阶段目标' });
  await expect(grid.getByRole('columnheader', { name: new RegExp(ind.name) })).toContainText('已有报送，修改须填调整原因');
  const september = grid.getByLabel(`${ind.name} 9月`, { exact: true });
  await expect(september).toHaveValue(String(ind.phased));

  // No reason: refused in Chinese, the typed cell stays, nothing stored.
  const since = lastAuditId();
  await september.fill(doubled);
  await grid.getByRole('button', { name: '保存阶段目标' }).click();
  await expect(grid.getByRole('alert')).toContainText('本次修改了 1 处已有报送记录的指标的阶段目标，请在“调整原因”中填写调整原因');
  await expect(september).toHaveValue(doubled);
  expect(phasedOf(ind.id)).toBe(ind.phased);
  expect(changesOf(ind.id)).toEqual([]);

  // With the reason: saved, recorded with the month, audited.
  await grid.getByLabel(/^调整原因/).fill('三季度调度会：九月阶段目标上调');
  await grid.getByRole('button', { name: '保存阶段目标' }).click();
  await expect(grid.getByText('已保存阶段目标：修改 1 处。')).toBeVisible();
  expect(phasedOf(ind.id)).toBe(ind.phased * 2);
  expect(
    query('select field, period, old_value, new_value, reason from target_changes where indicator_id = ? order by id', ind.id),
  ).toEqual([
    { field: 'phasedTarget', period: PERIOD, old_value: ind.phased, new_value: ind.phased * 2, reason: '三季度调度会：九月阶段目标上调' },
  ]);
  expect(auditSince(since, 'demo-admin').map((r) => [r.action, r.entity_id, r.detail])).toEqual([
    ['indicator.phased_target', String(ind.id), '三季度调度会：九月阶段目标上调'],
  ]);

  // The rankings follow from the next read (the page cache and the data cache were invalidated by the write).
  const after = await expectScores(admin, ind);
  expect(after.indicator).not.toBe(before.indicator);
  await admin.goto(`/indicators/${ind.id}?period=${PERIOD}`);
  const history = admin.getByTestId('table-indicator-target-changes');
  const row = history.getByRole('row').filter({ hasText: '9月阶段目标' });
  await expect(row).toContainText('三季度调度会：九月阶段目标上调');
  await expect(row).toContainText(adminName);
  await expect(row).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(history).not.toContainText(/\d{4}-\d{2}/);
});
