/**
 * 竞赛汇报 (one deck per lead unit): the competition's reviewer prepares the pre-filled 下步打算 through
 * the page, the live deck and that lead unit's PPTX show it; another competition's reviewer (and a
 * lead) is refused, on the page and by direct call.
 */
import { expect, test } from './fixtures';
import { callAction } from './support/actions';
import { accountPage } from './support/form-accounts';
import { createDefaultMeeting, pageAs } from './support/meetings';
import { query } from './support/query';
import { actionId, competitionsInOrder, entryNextSteps, pptxParts, savedTexts, showSlideWith, taskForcesOf } from './support/report-deck';

const PERIOD = '2020-09';

test('the reviewer of a competition prepares its 下步打算; the deck and its PPTX show it; others are refused', async ({ browser, as }) => {
  const [first, second] = competitionsInOrder();
  const tf = taskForcesOf(first!.id)[0]!;
  const leader = await as('leader');
  const meetingId = await createDefaultMeeting(leader, '竞赛汇报准备测试');

  const reviewer = await pageAs(browser, 'reviewer');
  await reviewer.goto(`/meetings/${meetingId}`);
  await reviewer.getByRole('link', { name: first!.name, exact: true }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/meetings/${meetingId}/reports/${first!.id}$`));
  const box = reviewer.getByLabel(`${tf.name}下步打算`);
  // Pre-filled with the entries' 下步打算 of the round.
  await expect(box).toHaveValue(entryNextSteps(tf.id, PERIOD));

  // Too long: a Chinese message, and what was typed stays.
  const coordination = reviewer.getByLabel('需协调事项');
  await coordination.fill('协'.repeat(1001));
  await reviewer.getByRole('button', { name: '保存汇报材料' }).click();
  await expect(reviewer.getByText(/最多 1000 个字/).first()).toBeVisible();
  await expect(coordination).toHaveValue('协'.repeat(1001));
  expect(savedTexts(meetingId, first!.id)).toBeUndefined();

  const text = '十月底前完成三个重点项目签约，落实专人跟踪服务。';
  await box.fill(text);
  await coordination.fill('请区自然资源局协调项目用地指标。');
  await reviewer.getByRole('button', { name: '保存汇报材料' }).click();
  await expect(reviewer.getByText('已保存汇报材料')).toBeVisible();
  expect(savedTexts(meetingId, first!.id)?.nextSteps[String(tf.id)]).toBe(text);
  expect(savedTexts(meetingId, first!.id)?.coordination).toBe('请区自然资源局协调项目用地指标。');

  const deckUrl = `/present/${meetingId}/reports/${first!.id}`;
  const group = await showSlideWith(reviewer, deckUrl, 'report-next', tf.id);
  await expect(group).toContainText(text);
  await expect(reviewer.locator('[data-testid="slide"]:visible').getByTestId('slide-title')).toHaveText('下步打算');
  const total = await reviewer.locator('[data-testid="slide"]').count();
  await expect(reviewer.locator('[data-testid="slide"]').first().getByTestId('slide-title')).toHaveText(`${first!.name}工作汇报`);

  const pptx = await pptxParts(await reviewer.request.get(`/api/meetings/${meetingId}/reports/${first!.id}/pptx`));
  expect(pptx.slides).toHaveLength(total);
  expect(pptx.text).toContain(text);
  expect(pptx.text).toContain('请区自然资源局协调项目用地指标。');
  expect(pptx.text).toContain(`${first!.name}工作汇报`);

  // Another competition's reviewer: no form on the page, refused by direct call; nothing changes.
  const other = await accountPage(browser, () => as('admin'), {
    username: 'e2e-report-reviewer',
    role: 'reviewer',
    competitions: [second!.name],
  });
  await other.goto(`/meetings/${meetingId}/reports/${first!.id}`);
  await expect(other.getByText('汇报材料由本竞赛牵头单位的审核员')).toBeVisible();
  await expect(other.getByLabel(`${tf.name}下步打算`)).toHaveCount(0);
  const forged = { meetingId, competitionId: first!.id, coordination: '越权', nextSteps: { [tf.id]: '越权修改' }, problems: {} };
  const path = `/meetings/${meetingId}/reports/${first!.id}`;
  const refused = await callAction(other.request, path, actionId('saveReportAction'), [null, forged]);
  expect(await refused.text()).toContain('"code":"forbidden"');
  const lead = await as('lead');
  const byLead = await callAction(lead.request, path, actionId('saveReportAction'), [null, forged]);
  expect(await byLead.text()).toContain('"code":"forbidden"');
  const freezeByReviewer = await callAction(other.request, `/meetings/${meetingId}`, actionId('freezeMeetingAction'), [
    null,
    { meetingId },
  ]);
  expect(await freezeByReviewer.text()).toContain('"code":"forbidden"');
  expect(savedTexts(meetingId, first!.id)?.nextSteps[String(tf.id)]).toBe(text);
  expect(query('select 1 from meeting_records where meeting_id = ?', meetingId)).toHaveLength(0);

  // Its own competition it may prepare (a task force of another competition in the input is refused).
  const own = taskForcesOf(second!.id)[0]!;
  const mixed = { ...forged, competitionId: second!.id, nextSteps: { [own.id]: '本竞赛', [tf.id]: '他竞赛' } };
  const r = await callAction(other.request, `/meetings/${meetingId}/reports/${second!.id}`, actionId('saveReportAction'), [null, mixed]);
  expect(await r.text()).toContain('所填专班不属于本竞赛');
  expect(savedTexts(meetingId, second!.id)).toBeUndefined();
  await reviewer.context().close();
});

test('the whole meeting runs as one deck and one PPTX: overview, every competition’s report in order, 红黄榜, the 通报', async ({ as }) => {
  const leader = await as('leader');
  const meetingId = await createDefaultMeeting(leader, '全程演示测试');
  await leader.goto(`/meetings/${meetingId}`);
  await leader.getByRole('link', { name: /全程演示/ }).click();
  await expect(leader).toHaveURL(new RegExp(`/present/${meetingId}/agenda\\?slide=1`));
  const titles = await leader.locator('[data-testid="slide"]').getByTestId('slide-title').allTextContents();
  const reportCovers = titles.filter((t) => t.endsWith('工作汇报'));
  expect(reportCovers).toEqual(competitionsInOrder().map((c) => `${c.name}工作汇报`));
  expect(titles.slice(0, 2)).toEqual([titles[0], '总体运行情况']);
  const honour = titles.indexOf('专班红榜与黄榜');
  const bulletin = titles.indexOf('运行情况通报');
  expect(honour).toBeGreaterThan(reportCovers.length);
  expect(bulletin).toBeGreaterThan(honour);
  // The 通报's pages run to the meeting's end slide.
  expect(titles.slice(bulletin + 1, -1).every((t) => /^[一二三四五六七八九十]+、/.test(t))).toBe(true);
  const pptx = await pptxParts(await leader.request.get(`/api/meetings/${meetingId}/agenda/pptx`));
  expect(pptx.slides).toHaveLength(titles.length);
});
