/**
 * Meeting slides about villages, projects and 督办 items: added through the meeting editor (a
 * village and a project chosen, a missing choice explained), presented in the live deck, exported to
 * a PPTX whose native charts carry the figures, and the 通报's section on overdue 督办 items.
 */
import JSZip from 'jszip';
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { query } from './support/query';
import { openDeck, visibleSlide } from './support/deck';
import { createPlaceMeeting, PLACE_SLIDES, PROJECT, slideFit } from './support/place-meeting';

const AS_OF = '2020-09-30';

/** Red items as of the period end, counted from the rows: not 销号, deadline passed, not done by the deadline. */
function redCount(): number {
  return query<{ n: number }>(
    `select count(*) n from work_items where status <> 'closed' and deadline < ?
       and not (status = 'done' and (done_date is null or done_date <= deadline))`,
    AS_OF,
  )[0]!.n;
}

test('slides of villages, a project and 督办 items: chosen in the editor, stored, presented and exported with native charts', async ({
  as,
}) => {
  const page = await as('leader');
  const id = await createPlaceMeeting(page, '村庄项目督办专题会');
  const rows = query<{ kind: string; village: string | null; project: string | null }>(
    `select s.kind, v.name village, p.name project from meeting_slides s
       left join villages v on v.id = s.village_id left join projects p on p.id = s.project_id
      where s.meeting_id = ? order by s.position`,
    id,
  );
  expect(rows).toEqual([
    { kind: 'villages', village: null, project: null },
    { kind: 'village', village: '双溪村', project: null },
    { kind: 'project', village: null, project: PROJECT },
    { kind: 'work_items', village: null, project: null },
  ]);
  await expect(page.getByText('双溪村（石梁镇）').first()).toBeVisible();

  await openDeck(page, id, 'slide=1');
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText('村庄经营：带动农户与增收比较');
  await expect(visibleSlide(page).locator('[data-chart="households"]')).toBeVisible();
  // 双溪村's income doubled (1.5万余 → 3万多): first by growth; the table ranks by households benefited.
  await expect(visibleSlide(page).locator('[data-chart="growth"] [role="listitem"]').first()).toContainText('双溪村约100.0%');
  await expect(visibleSlide(page).getByTestId('villages-table').getByTestId('comparison-row').first()).toContainText('第1名/');
  await page.keyboard.press('ArrowRight');
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText('双溪村：村庄经营');
  for (const text of ['60元/公斤', '36元/公斤', '优宿']) await expect(visibleSlide(page)).toContainText(text);
  await page.keyboard.press('ArrowRight');
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText(PROJECT);
  await expect(visibleSlide(page).getByTestId('project-facts')).toContainText('36.4亩');
  await expect(visibleSlide(page).getByTestId('project-timeline')).toContainText('主楼结顶');
  await expect(visibleSlide(page)).toContainText('2.35亿元');
  await page.keyboard.press('ArrowRight');
  const red = redCount();
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText('红色、黄色督办事项');
  await expect(visibleSlide(page)).toContainText(`红色督办（逾期未销号）${red}项`);
  await expect(visibleSlide(page).locator('[data-testid="deck-work-item"][data-flag="red"]')).toHaveCount(Math.min(red, 6));

  await page.goto(`/meetings/${id}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载PPTX' }).click()]);
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(4);
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  const has = (...words: string[]) => charts.some((xml) => words.every((w) => xml.includes(w)));
  expect(has('带动农户数', '<c:barChart>')).toBe(true);
  expect(has('<c:v>60</c:v>', '<c:v>36</c:v>')).toBe(true);
  expect(has('<c:pieChart>')).toBe(true);
  expect(has('2019年线下销售额', '<c:v>2.35</c:v>', '<c:v>5</c:v>')).toBe(true);
  if (red > 0) expect(has('红色督办', '黄色督办')).toBe(true);
  // Each chart is placed on a slide.
  const rels = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  expect(rels.join('').match(/relationships\/chart"/g)?.length).toBe(charts.length);
});

test('a 村庄故事 slide without a village is explained in Chinese and the editor keeps the slides', async ({ as }) => {
  const page = await as('leader');
  await page.goto('/meetings/new');
  const form = page.getByRole('form', { name: '新建会议' });
  await form.getByLabel('会议名称').fill('缺少村的会议');
  await form.getByLabel('新增幻灯片类型').selectOption({ label: '村庄故事' });
  await form.getByRole('button', { name: '添加幻灯片' }).click();
  await form.getByLabel('第1张 村').selectOption({ label: '请选择村' });
  const before = query<{ n: number }>('select count(*) n from meetings')[0]!.n;
  await form.getByRole('button', { name: '创建会议' }).click();
  await expect(form.getByTestId('slide-row').getByText('村庄故事页须选择一个村')).toBeVisible();
  await expect(form.getByRole('alert')).toContainText('村庄故事页须选择一个村');
  await expect(form.getByLabel('第1张 村')).toBeVisible();
  expect(query<{ n: number }>('select count(*) n from meetings')[0]!.n).toBe(before);
});

test('the 通报 has a section on overdue 督办 items with their owners', async ({ page }) => {
  await page.goto('/bulletin?period=2020-09');
  await expect(page.getByRole('heading', { name: '六、逾期督办事项' })).toBeVisible();
  const red = redCount();
  const section = page.getByRole('region', { name: '六、逾期督办事项' });
  if (red > 0) {
    await expect(section).toContainText(`红色督办（逾期未销号）事项${red}项`);
    await expect(section.locator('tbody tr')).toHaveCount(red);
  } else await expect(section).toContainText('无逾期未销号的督办事项');
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`the place slides fit ${size.width}×${size.height} with nothing outside the canvas (screenshots)`, async ({ as }, testInfo) => {
    const page = await as('leader');
    const id = await createPlaceMeeting(page, `村庄项目督办${size.width}`);
    await page.setViewportSize(size);
    await openDeck(page, id, 'slide=1');
    for (let n = 1; n <= PLACE_SLIDES.length; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expect(visibleSlide(page)).toHaveAttribute('data-number', String(n));
      expect(await slideFit(page), `slide ${n}`).toEqual({ outside: '', scrolls: false });
      if (size.width === 1920) await page.screenshot({ path: testInfo.outputPath(`place-slide-${n}.png`) });
    }
  });
}

test('a forged village or project id is refused by the meeting action, and nothing is stored', async ({ as }) => {
  const leader = await as('leader');
  const create = listBuiltActions().find((a) => a.name === 'createMeetingAction')!;
  const before = query<{ n: number }>('select count(*) n from meetings')[0]!.n;
  for (const [slide, words] of [
    [{ kind: 'village', villageId: 999999 }, '第1张幻灯片所选村无效'],
    [{ kind: 'project', projectId: 999999 }, '第1张幻灯片所选项目无效'],
    [{ kind: 'village' }, '村庄故事页须选择一个村'],
  ] as const) {
    const r = await callAction(leader.request, '/meetings/new', create.id, [
      null,
      { title: '伪造的会议', meetingDate: '2020-10-09', period: '2020-09', slides: JSON.stringify([slide]) },
    ]);
    const body = await r.text();
    expect(body).toContain('"ok":false');
    expect(body).toContain(words);
  }
  expect(query<{ n: number }>('select count(*) n from meetings')[0]!.n).toBe(before);
});
