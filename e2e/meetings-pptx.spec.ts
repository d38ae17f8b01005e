/**
 * The PPTX of the default meeting: downloaded from the meeting page, unzipped, one slide per deck
 * slide, native charts (ppt/charts/chart*.xml) whose series carry the figures computed here from the
 * database, notes in the notes pane; the export is quick and refused to anonymous callers.
 */
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import fs from 'node:fs';
import { E2E_DB, E2E_PORT } from './env';
import { expect, test } from './fixtures';
import { independentRanks } from './support/meeting-ranks';
import { createDefaultMeeting, independentGroups, independentProgress, pageAs } from './support/meetings';

const PERIOD = '2020-09';
let db: Database.Database;
let meetingId: number;

test.beforeAll(async ({ browser }) => {
  db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const leader = await pageAs(browser, 'leader');
  meetingId = await createDefaultMeeting(leader, 'PPTX导出测试会议');
  await leader.goto(`/meetings/${meetingId}`);
  const editor = leader.getByRole('form', { name: '编辑会议' });
  await editor.getByLabel('第3张 演讲备注').fill('项目攻坚竞赛：请牵头部门重点说明弱项。');
  await editor.getByRole('button', { name: '保存会议' }).click();
  await expect(editor.getByText(/已保存/)).toBeVisible();
  await leader.context().close();
});
test.afterAll(() => db?.close());

/** Category labels and values of each series of a chart part, in order. */
function seriesOf(xml: string): { name: string; labels: string[]; values: number[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)?.[1] ?? '';
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser!)?.[1] ?? '';
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)?.[1] ?? '';
    return {
      name,
      labels: [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!),
      values: [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])),
    };
  });
}

test('the meeting page downloads a 16:9 PPTX: one slide per deck slide, native charts carrying the data, notes', async ({ page }) => {
  await page.goto(`/meetings/${meetingId}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载PPTX' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));

  const competitions = db
    .prepare(
      `select c.id, c.name from competitions c join campaigns k on k.id = c.campaign_id where k.year = 2020 order by c.sort_order, c.id`,
    )
    .all() as { id: number; name: string }[];
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slides).toHaveLength(competitions.length + 5);
  expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:sldSz cx="12192000" cy="6858000"');

  // One chart for the overview and one per competition with a cumulative, higher-is-better
  // indicator to average (a competition of ceilings, levels and ranks only has no completion chart:
  // its groups are listed in words, never charted at 0% or ≈100%).
  const perCompetition = competitions.map((c) => {
    const tfs = db.prepare('select id, name from task_forces where competition_id = ? order by sort_order, id').all(c.id) as {
      id: number;
      name: string;
    }[];
    const progress = independentProgress(db, c.id, PERIOD);
    return { c, progress, withData: tfs.filter((t) => progress.get(t.id)!.status !== null && progress.get(t.id)!.completion !== null) };
  });
  const chartFiles = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  expect(chartFiles.length).toBe(perCompetition.filter((p) => p.withData.length > 0).length + 1);
  const charts = await Promise.all(chartFiles.map(async (f) => seriesOf(await zip.file(f)!.async('string'))));

  for (const { c, progress, withData } of perCompetition) {
    if (withData.length === 0) continue;
    const chart = charts.find((ss) => ss[0]!.labels.some((l) => l.startsWith(`${withData[0]!.name}（`)));
    expect(chart, `chart of ${c.name}`).toBeDefined();
    const completion = chart!.find((x) => x.name === '累计型指标平均完成率');
    const expected = chart!.find((x) => x.name === '应完成进度');
    expect(chart).toHaveLength(2);
    // The chart is drawn bottom-up, so its categories run in reverse order.
    expect([...completion!.labels].reverse().map((l) => l.replace(/（.*$/, ''))).toEqual(withData.slice(0, 7).map((t) => t.name));
    const want = (f: number) => Math.round(f * 1000 + 1e-7) / 10;
    expect([...completion!.values].reverse(), `${c.name} completion`).toEqual(
      withData.slice(0, 7).map((t) => want(progress.get(t.id)!.completion!)),
    );
    expect([...expected!.values].reverse(), `${c.name} expected`).toEqual(
      withData.slice(0, 7).map((t) => want(progress.get(t.id)!.expected!)),
    );
    const words = { ahead: '达到序时', behind: '略滞后', lagging: '严重滞后', no_data: '未报送' } as const;
    expect([...completion!.labels].reverse(), `${c.name} statuses`).toEqual(
      withData.slice(0, 7).map((t) => `${t.name}（${words[progress.get(t.id)!.status!]}）`),
    );
  }

  // The overview's chart: the competitions with something to average, in rank order, against the oracle.
  const ranks = independentRanks(db, PERIOD);
  const groups = new Map(competitions.map((c) => [c.id, independentGroups(db, c.id, PERIOD).competition]));
  const charted = [...competitions]
    .filter((c) => groups.get(c.id)!.completion !== null)
    .sort((a, b) => ranks.competitions.get(a.id)!.rank! - ranks.competitions.get(b.id)!.rank!);
  const overview = charts.find((ss) => ss[0]!.labels.some((l) => l.startsWith(`${charted[0]!.name}（`)))!;
  const want = (f: number) => Math.round(f * 1000 + 1e-7) / 10;
  const seriesNamed = (name: string) => [...overview.find((x) => x.name === name)!.values].reverse();
  expect(seriesNamed('累计型指标平均完成率')).toEqual(charted.map((c) => want(groups.get(c.id)!.completion!)));
  expect(seriesNamed('应完成进度')).toEqual(charted.map((c) => want(groups.get(c.id)!.expected!)));
  const slide2 = await zip.file('ppt/slides/slide2.xml')!.async('string');
  for (const c of competitions.filter((x) => groups.get(x.id)!.status === null)) {
    expect(
      charts.flat().some((ser) => ser.labels.some((l) => l.startsWith(`${c.name}（`))),
      `${c.name} not charted`,
    ).toBe(false);
    expect(slide2).toContain(`${c.name}：无累计型指标（按状态计数）`);
  }

  const notes = await zip.file('ppt/notesSlides/notesSlide3.xml')!.async('string');
  expect(notes).toContain('项目攻坚竞赛：请牵头部门重点说明弱项。');
  expect(notes).toContain('数据要点：');
  const slide3 = await zip.file('ppt/slides/slide3.xml')!.async('string');
  expect(slide3).toContain('typeface="Microsoft YaHei"');
  expect(slide3).toContain(competitions[0]!.name);
});

// How long the export takes is measured by `npm run bench` (PPTX export of the default meeting), never asserted here.
test('the export downloads a presentation and is for logged-in users only', async ({ page, playwright }) => {
  const res = await page.request.get(`/api/meetings/${meetingId}/pptx`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('presentationml.presentation');
  expect((await res.body()).length).toBeGreaterThan(0);

  const anon = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}`, storageState: { cookies: [], origins: [] } });
  const refused = await anon.get(`/api/meetings/${meetingId}/pptx`);
  expect(refused.status()).toBe(401);
  await anon.dispose();
  const missing = await page.request.get('/api/meetings/999999/pptx');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).message).toContain('该会议不存在');
});
