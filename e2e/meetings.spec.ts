/**
 * Saved meetings: create with the one-click default slides, Chinese validation that keeps what was
 * typed, edit (reorder, retitle, notes, remove), delete; who may manage and who may only present.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { auditCount, openE2eDb } from './support/db';
import { createDefaultMeeting } from './support/meetings';

function meetingRow(id: number) {
  const db = openE2eDb();
  try {
    const m = db.prepare('select title, meeting_date as date, period from meetings where id = ?').get(id) as
      { title: string; date: string; period: string } | undefined;
    const slides = db
      .prepare(
        'select position, kind, competition_id as competitionId, title, notes from meeting_slides where meeting_id = ? order by position',
      )
      .all(id) as {
      position: number;
      kind: string;
      competitionId: number | null;
      title: string | null;
      notes: string;
    }[];
    return { meeting: m, slides };
  } finally {
    db.close();
  }
}

function meetingCount(): number {
  const db = openE2eDb();
  try {
    return (db.prepare('select count(*) as n from meetings').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Calls the built server action `name` the way the browser does, with `input` as its form. */
function callMeetingAction(request: APIRequestContext, path: string, name: string, input: Record<string, unknown>) {
  const a = listBuiltActions().find((x) => x.name === name);
  if (!a) throw new Error(`action ${name} not in the build`);
  return callAction(request, path, a.id, [null, input]);
}

test('a leader creates the 9 October meeting in one click: 13 slides in the default order, audited', async ({ page }) => {
  const before = auditCount('meeting.create', 'demo-leader');
  await page.goto('/meetings');
  await page.getByRole('link', { name: '新建会议' }).click();
  await expect(page.getByRole('button', { name: '使用默认幻灯片（2020年10月9日会议，2020年9月）' })).toBeVisible();
  const id = await createDefaultMeeting(page);
  const row = meetingRow(id);
  expect(row.meeting).toEqual({ title: '互看互学互比暨“六抓六比·八大竞赛”推进会', date: '2020-10-09', period: '2020-09' });
  expect(row.slides.map((s) => s.kind)).toEqual(['cover', 'overview', ...Array(8).fill('competition'), 'honour', 'weak', 'closing']);
  expect(auditCount('meeting.create', 'demo-leader')).toBe(before + 1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('互看互学互比暨“六抓六比·八大竞赛”推进会');
  await expect(page.getByText('2020年10月9日 · 统计期 2020年9月 · 13张幻灯片')).toBeVisible();
  await page.goto('/meetings');
  await expect(page.getByTestId(`meeting-${id}`)).toContainText('13张');
});

test('mistakes are explained in Chinese beside the field, and what was typed stays', async ({ page }) => {
  const before = meetingCount();
  await page.goto('/meetings/new');
  await page.getByLabel('会议名称').fill('');
  await page.getByRole('button', { name: '创建会议' }).click();
  await expect(page.getByText('请至少添加一张幻灯片').first()).toBeVisible();
  await expect(page.locator('#f-title-error')).toHaveText('请填写会议名称');
  await expect(page.getByLabel('会议名称')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('会议名称').fill('九月运行情况专题会');
  await page.getByLabel('新增幻灯片类型').selectOption({ label: '竞赛专页' });
  await page.getByRole('button', { name: '添加幻灯片' }).click();
  await page.getByLabel('第1张 竞赛').selectOption({ label: '请选择竞赛' });
  await page.getByLabel('第1张 演讲备注').fill('请牵头部门说明进度');
  await page.getByRole('button', { name: '创建会议' }).click();
  await expect(page.getByText('竞赛专页须选择一项竞赛').first()).toBeVisible();
  await expect(page.getByLabel('第1张 竞赛')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('会议名称')).toHaveValue('九月运行情况专题会');
  await expect(page.getByLabel('第1张 演讲备注')).toHaveValue('请牵头部门说明进度');
  expect(page.url()).toMatch(/\/meetings\/new$/);
  expect(meetingCount()).toBe(before);
});

test('edit: reorder, retitle, add notes, remove a slide; the deck follows; then delete the meeting', async ({ page }) => {
  const id = await createDefaultMeeting(page, '编辑测试会议');
  const editor = page.getByRole('form', { name: '编辑会议' });
  // Move the 2nd slide (总体情况) down below the first competition, retitle it, add notes to the 3rd.
  await editor.getByRole('button', { name: '第2张下移' }).click();
  await editor.getByLabel('第3张 标题（可选）').fill('全区总体情况');
  await editor.getByLabel('第2张 演讲备注').fill('先请项目攻坚竞赛牵头部门发言');
  await editor.getByRole('button', { name: '删除第13张' }).click();
  await editor.getByRole('button', { name: '保存会议' }).click();
  await expect(editor.getByText('已保存（12张幻灯片）。')).toBeVisible();

  const { slides } = meetingRow(id);
  expect(slides.map((s) => s.kind)).toEqual(['cover', 'competition', 'overview', ...Array(7).fill('competition'), 'honour', 'weak']);
  expect(slides[2]).toMatchObject({ position: 3, kind: 'overview', title: '全区总体情况' });
  expect(slides[1]).toMatchObject({ notes: '先请项目攻坚竞赛牵头部门发言' });
  expect(auditCount('meeting.update', 'demo-leader')).toBeGreaterThan(0);

  await page.goto(`/present/${id}?slide=3`);
  await expect(page.locator('[data-testid="slide"]:visible').getByTestId('slide-title')).toHaveText('全区总体情况');
  await expect(page.locator('[data-testid="slide"]:visible').getByTestId('slide-number')).toHaveText('3 / 12');

  await page.goto(`/meetings/${id}`);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: '删除会议' }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByTestId(`meeting-${id}`)).toHaveCount(0);
  expect(meetingRow(id).meeting).toBeUndefined();
  expect(meetingRow(id).slides).toEqual([]);
});

test('a viewer and a lead may open and present meetings but not create, change or delete them', async ({ page, as }) => {
  const id = await createDefaultMeeting(page, '权限测试会议');
  for (const role of ['viewer', 'lead'] as const) {
    const other = await as(role);
    await other.goto('/meetings');
    await expect(other.getByTestId(`meeting-${id}`)).toBeVisible();
    await expect(other.getByRole('link', { name: '新建会议' })).toHaveCount(0);
    await other.goto(`/meetings/${id}`);
    await expect(other.getByRole('link', { name: '开始演示' })).toBeVisible();
    await expect(other.getByRole('form', { name: '编辑会议' })).toHaveCount(0);
    await expect(other.getByRole('button', { name: '删除会议' })).toHaveCount(0);
    await other.goto('/meetings/new');
    await expect(other.getByRole('heading', { name: '无权访问' })).toBeVisible();

    // Server actions are public endpoints: the refusal is in the action itself.
    const denied = auditCount('access.denied', `demo-${role}`);
    const create = await callMeetingAction(other.request, '/meetings/new', 'createMeetingAction', {
      title: '越权会议',
      meetingDate: '2020-10-09',
      period: '2020-09',
      slides: JSON.stringify([{ kind: 'cover' }]),
    });
    expect(await create.text()).toContain('"code":"forbidden"');
    const del = await callMeetingAction(other.request, `/meetings/${id}`, 'deleteMeetingAction', { meetingId: id });
    expect(await del.text()).toContain('"code":"forbidden"');
    expect(auditCount('access.denied', `demo-${role}`)).toBeGreaterThanOrEqual(denied + 2);
    expect(meetingRow(id).meeting?.title).toBe('权限测试会议');
  }
});

test('a reviewer may manage meetings; a forged competition id or period is refused by the action', async ({ as }) => {
  const reviewer = await as('reviewer');
  const forged = await callMeetingAction(reviewer.request, '/meetings/new', 'createMeetingAction', {
    title: '伪造竞赛',
    meetingDate: '2020-10-09',
    period: '2020-09',
    slides: JSON.stringify([{ kind: 'competition', competitionId: 999999 }]),
  });
  expect(await forged.text()).toContain('所选竞赛无效');
  const badPeriod = await callMeetingAction(reviewer.request, '/meetings/new', 'createMeetingAction', {
    title: '未开放统计期',
    meetingDate: '2020-10-09',
    period: '2021-01',
    slides: JSON.stringify([{ kind: 'cover' }]),
  });
  expect(await badPeriod.text()).toContain('尚未开放');
  const badDate = await callMeetingAction(reviewer.request, '/meetings/new', 'createMeetingAction', {
    title: '日期不存在',
    meetingDate: '2020-02-30',
    period: '2020-09',
    slides: JSON.stringify([{ kind: 'cover' }]),
  });
  expect(await badDate.text()).toContain('会议日期不存在');
  const id = await createDefaultMeeting(reviewer, '审核员创建的会议');
  expect(meetingRow(id).slides).toHaveLength(13);
});
