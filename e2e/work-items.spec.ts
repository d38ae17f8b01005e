/**
 * 督办 work items through the pages: the source page's 拆墙透绿 as printed; a lead registers an
 * item on the task-force page, whose flag turns yellow, then red, as the selected period passes
 * its milestone's plan and its deadline; the lead cannot 销号 (no form, and refused directly); a
 * 延期申请 approved by the reviewer moves the deadline and keeps the original; counts by status,
 * the overdue list on the overview and the leader's 逾期督办.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { mainText, placeAccountPage, type PlaceAccountSpec } from './support/place-accounts';
import { query } from './support/query';

const TASK_FORCE = '基层治理专班';
const WI_LEAD: PlaceAccountSpec = { username: 'e2e-wi-lead', role: 'lead', taskForces: [TASK_FORCE] };
const WI_REVIEWER: PlaceAccountSpec = { username: 'e2e-wi-reviewer', role: 'reviewer', competitions: ['平安法治竞赛'] };

const taskForceId = () => query<{ id: number }>('select id from task_forces where name = ?', TASK_FORCE)[0]!.id;
const itemByTitle = (title: string) =>
  query<{ id: number; status: string; deadline: string; version: number; closed_by: number | null }>(
    'select * from work_items where title = ?',
    title,
  )[0];

type As = (r: 'admin' | 'leader' | 'reviewer' | 'lead' | 'viewer') => Promise<Page>;
const pages: Record<string, Page> = {};
const account = async (browser: Parameters<typeof placeAccountPage>[0], as: As, spec: PlaceAccountSpec) =>
  (pages[spec.username] ??= await placeAccountPage(browser, () => as('admin'), spec));

async function register(lead: Page, title: string, deadline: string, milestone: { title: string; planned: string }) {
  await lead.goto(`/task-forces/${taskForceId()}?period=2020-09`);
  const panel = lead.getByTestId('task-force-supervision');
  await panel.getByText('登记督办事项').click();
  const form = panel.getByRole('form', { name: '登记督办事项' });
  await form.getByLabel('任务名称（定任务）').fill(title);
  await form.getByLabel('目标（定目标，可衡量）').fill('完成全部村级便民服务点改造');
  await form.getByLabel('责任单位（定责任）').selectOption({ label: '姜家山乡' });
  await form.getByLabel('责任人').fill('李明');
  await form.getByLabel('完成时限（定时间）').fill(deadline);
  await form.getByLabel('节点1名称').fill(milestone.title);
  await form.getByLabel('节点1计划日期').fill(milestone.planned);
  await form.getByRole('button', { name: '登记事项' }).click();
  await expect(form.getByText(`已登记督办事项“${title}”。`)).toBeVisible();
  return itemByTitle(title)!;
}

test('the source page’s 拆墙透绿 appears on its page exactly as printed', async ({ page }) => {
  const item = itemByTitle('姜家山乡政府机关大院“拆墙透绿”')!;
  await page.goto(`/work-items/${item.id}?period=2020-10`);
  const text = await mainText(page);
  for (const shown of [
    '9月初',
    '2020年10月1日',
    '2020年10月4日',
    '近7000平方米',
    '2000余平方米',
    '近50个车位',
    '姜家山乡',
    '余均（乡人大主席）',
  ])
    expect(text, shown).toContain(shown);
  for (const step of [
    '针对拆除院墙后的空地，新建便民服务中心',
    '取消大门后，入口处设置双向识别系统',
    '设置生态停车场，同时增加非机动车道，种植灌木，提高绿化率',
  ])
    expect(text, step).toContain(step);
});

test('a milestone turns the item yellow, then the deadline red, as the selected period passes them', async ({ as, browser }) => {
  const lead = await account(browser, as, WI_LEAD);
  const item = await register(lead, '村级便民服务点改造', '2020-09-10', { title: '完成方案设计', planned: '2020-08-15' });
  const flagIn = async (period: string) => {
    await lead.goto(`/work-items/${item.id}?period=${period}`);
    return lead.getByTestId('supervise-flag');
  };
  await expect(await flagIn('2020-07')).toHaveText('无督办标记');
  await expect(await flagIn('2020-08')).toContainText('黄色督办（节点滞后）');
  await expect(
    lead.getByTestId(`milestone-${query<{ id: number }>('select id from work_item_milestones where work_item_id = ?', item.id)[0]!.id}`),
  ).toContainText('滞后');
  await expect(await flagIn('2020-09')).toContainText('红色督办（逾期未销号）');
});

test('a lead cannot 销号 (no form, and refused directly); the reviewer verifies and closes it through the page', async ({
  as,
  browser,
}) => {
  const lead = await account(browser, as, WI_LEAD);
  const reviewer = await account(browser, as, WI_REVIEWER);
  const item = await register(lead, '机关食堂对外开放', '2020-10-31', { title: '完成食品安全检查', planned: '2020-10-05' });
  await lead.goto(`/work-items/${item.id}?period=2020-10`);
  const status = lead.getByRole('form', { name: '更新状态' });
  await status.getByLabel('状态').selectOption({ label: '已完成' });
  await status.getByRole('button', { name: '更新状态' }).click();
  await expect(status.getByText('标记为“已完成”时请填写完成日期。')).toBeVisible();
  await status.getByLabel('完成日期').fill('2020-10-08');
  await status.getByRole('button', { name: '更新状态' }).click();
  await expect(lead.getByTestId('work-item-status')).toHaveText('已完成');
  await expect(lead.getByRole('button', { name: '核实销号' })).toHaveCount(0);
  const close = listBuiltActions().find((a) => a.name === 'closeWorkItemAction')!;
  const done = itemByTitle('机关食堂对外开放')!;
  const r = await callAction(lead.context().request, '/work-items/1', close.id, [
    null,
    { workItemId: done.id, version: done.version, note: '自行销号' },
  ]);
  expect(await r.text()).toContain('"code":"forbidden"');
  expect(itemByTitle('机关食堂对外开放')!.status).toBe('done');

  await reviewer.goto(`/work-items/${item.id}?period=2020-10`);
  reviewer.once('dialog', (d) => d.accept());
  await reviewer.getByLabel('核实情况').fill('现场查看，食堂已对村民开放');
  await reviewer.getByRole('button', { name: '核实销号' }).click();
  await expect(reviewer.getByTestId('work-item-status')).toHaveText('已销号');
  await expect(reviewer.getByTestId('close-record')).toContainText('现场查看，食堂已对村民开放');
  expect(itemByTitle('机关食堂对外开放')).toMatchObject({
    status: 'closed',
    closed_by: query<{ id: number }>('select id from users where username = ?', WI_REVIEWER.username)[0]!.id,
  });
});

test('a 延期申请 approved by the reviewer moves the deadline and keeps the original in the history', async ({ as, browser }) => {
  const lead = await account(browser, as, WI_LEAD);
  const reviewer = await account(browser, as, WI_REVIEWER);
  const item = await register(lead, '乡村道路亮化', '2020-10-20', { title: '完成路灯采购', planned: '2020-10-10' });
  await lead.goto(`/work-items/${item.id}?period=2020-10`);
  const ask = lead.getByRole('form', { name: '延期申请' });
  await ask.getByLabel('新的完成时限').fill('2020-10-01');
  await ask.getByLabel('延期理由').fill('路灯供货延迟');
  await ask.getByRole('button', { name: '提交延期申请' }).click();
  await expect(ask.getByText('新的完成时限须晚于当前时限（2020年10月20日）。')).toBeVisible();
  await expect(ask.getByLabel('延期理由')).toHaveValue('路灯供货延迟');
  await ask.getByLabel('新的完成时限').fill('2020-11-30');
  await ask.getByRole('button', { name: '提交延期申请' }).click();
  // The request is pending now: the form gives way to the request in the history.
  await expect(lead.getByTestId('extension-history')).toContainText('待审批');
  await expect(lead.getByRole('form', { name: '延期申请' })).toHaveCount(0);

  await reviewer.goto(`/work-items/${item.id}?period=2020-10`);
  await reviewer.getByRole('button', { name: '批准延期' }).click();
  await expect(reviewer.getByTestId('work-item-deadline')).toContainText('2020年11月30日');
  await expect(reviewer.getByTestId('work-item-deadline')).toContainText('原定2020年10月20日，经批准延期');
  await expect(reviewer.getByTestId('extension-history')).toContainText('由2020年10月20日延至2020年11月30日，理由：路灯供货延迟');
  expect(itemByTitle('乡村道路亮化')!.deadline).toBe('2020-11-30');
  expect(
    query<{ p: string; s: string }>('select previous_deadline p, status s from work_item_extensions where work_item_id = ?', item.id),
  ).toEqual([{ p: '2020-10-20', s: 'approved' }]);
});

test('counts by status on the task-force page, the overdue list on the overview, and the leader’s 逾期督办', async ({ page }) => {
  await page.goto(`/task-forces/${taskForceId()}?period=2020-09`);
  const counts = page.getByTestId('task-force-supervision').getByTestId('work-item-counts');
  const n = query<{ status: string; n: number }>(
    'select status, count(*) n from work_items where task_force_id = ? group by status',
    taskForceId(),
  );
  for (const { status, n: count } of n) await expect(counts.getByTestId(`count-${status}`)).toContainText(String(count));
  await page.goto('/?period=2020-09');
  const list = page.getByTestId('supervision-list');
  await expect(list).toContainText('红色督办');
  await expect(list.getByRole('link', { name: '全部督办事项' })).toBeVisible();
  const todo = page.getByTestId('todo-supervision');
  await expect(todo).toContainText(/逾期督办 \d+/);
  await todo.click();
  await expect(page.getByRole('heading', { level: 1, name: /督办事项/ })).toBeVisible();
  await expect(page.getByTestId('table-supervision')).toContainText('逾期');
});
