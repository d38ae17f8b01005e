/**
 * One set of numbers: for every competition, every task force and a sample of indicators of each
 * kind, direction and lag (incl. a ceiling, a lower-is-better rate, a zero-tolerance target, 错月,
 * milestone and rank indicators), period 2020-09, each figure is read off every surface that shows
 * it — the overview, competition pages, rankings, task-force and indicator pages, the live deck,
 * the PPTX (slide XML and chart XML), the 通报 and the Excel exports — and must read the same
 * everywhere, and the same as a second opinion worked out from the database rows for the groups.
 * Readers parse what a person (or PowerPoint, or Excel) sees; none calls the code that made it.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FigureBook, type Entity, type Quantity } from './support/cross/book';
import { readBulletin } from './support/cross/bulletin';
import { PERIOD, readCompetitionPage, readIndicatorPage, readOverview, readRankings, readTaskForcePage } from './support/cross/dashboard';
import { readDeck } from './support/cross/deck';
import { readExcel } from './support/cross/excel';
import { addOracle, loadNames, sampleIndicators } from './support/cross/oracle';
import { readPptx, type Names } from './support/cross/pptx';
import type Database from 'better-sqlite3';
import { openE2eDb } from './support/db';
import { createDefaultMeeting } from './support/meetings';

/** Surfaces that must show each quantity of every competition. */
const COMPETITION_SURFACES: Partial<Record<Quantity, string[]>> = {
  score: [
    'overview card',
    'competition page',
    'rankings',
    'deck 总体情况',
    'deck 竞赛专页',
    'PPTX 总体情况',
    'PPTX 竞赛专页',
    '通报 表1',
    'Excel 竞赛排名',
  ],
  rank: [
    'overview card',
    'competition page',
    'rankings',
    'deck 总体情况',
    'deck 竞赛专页',
    'PPTX 总体情况',
    'PPTX 竞赛专页',
    '通报 表1',
    'Excel 竞赛排名',
  ],
  completion: [
    'overview card',
    'competition page',
    'rankings',
    'deck 总体情况',
    'deck 竞赛专页',
    'PPTX 总体情况',
    'PPTX 竞赛专页',
    '通报 表1',
    'Excel 竞赛排名',
  ],
  status: ['overview card', 'competition page', 'rankings', 'deck 总体情况', 'PPTX 总体情况', 'Excel 竞赛排名'],
  movement: ['overview card', 'competition page', 'rankings', 'deck 总体情况', 'PPTX 总体情况', '通报 表1', 'Excel 竞赛排名'],
};
/** Surfaces that must show the campaign's headline figures. */
const DISTRICT_SURFACES: Partial<Record<Quantity, string[]>> = {
  counts: ['overview 核心指标', 'deck 总体情况', 'PPTX 总体情况', '通报 一、总体情况'],
  county: ['overview 核心指标', 'deck 总体情况', 'PPTX 总体情况', '通报 一、总体情况'],
  'time-progress': ['overview 核心指标', 'deck 总体情况', 'PPTX 总体情况', '通报 一、总体情况'],
  total: ['overview 核心指标', 'PPTX 总体情况', '通报 一、总体情况'],
};
/** Surfaces that must show each quantity of every task force (the deck and PPTX show each competition's first seven). */
const TASK_FORCE_SURFACES: Partial<Record<Quantity, string[]>> = {
  score: ['competition page table', 'rankings', '通报 表2', 'Excel 专班排名', 'Excel 竞赛专班排名'],
  rank: ['competition page table', 'rankings', '通报 表2', 'Excel 专班排名', 'Excel 竞赛专班排名'],
  completion: ['competition page table', 'rankings', '通报 表2', 'Excel 专班排名', 'Excel 竞赛专班排名'],
  gap: ['competition page table', 'rankings', 'Excel 专班排名'],
};
/** Surfaces that must show each quantity of every sampled indicator. */
const INDICATOR_SURFACES: Partial<Record<Quantity, string[]>> = {
  figure: ['indicator page', 'task-force page', 'Excel 专班指标'],
  status: ['indicator page', 'task-force page', 'Excel 专班指标'],
  gap: ['indicator page', 'task-force page', 'Excel 专班指标'],
  score: ['indicator page', 'task-force page', 'Excel 专班指标'],
  actual: ['indicator page', 'task-force page', 'Excel 专班指标'],
};
/** A lagging ceiling is a weak item: it stands on every full weak list too (the slides show the weakest first, a few). */
const WEAK_SURFACES = ['overview 弱项', '通报 表3', 'Excel 弱项'];
/** Surfaces that show some objects only (the slides' weak items, the charts, the 通报's sentences, county comparisons). */
const OTHER_SURFACES = [
  'deck 竞赛专页',
  'deck 弱项',
  'PPTX 弱项',
  'PPTX 图表',
  '通报 正文',
  '通报 四、滞后专班',
  'rankings 全市比较',
  'Excel 全市比较',
  'oracle（数据库行）',
];

let db: Database.Database;
test.beforeAll(() => {
  db = openE2eDb();
});
test.afterAll(() => db?.close());

interface Plan {
  names: Names;
  competitions: number[];
  taskForces: number[];
  sample: ReturnType<typeof sampleIndicators>;
  sampled: Set<number>;
  /** Task forces of the sampled indicators: their pages and indicator exports are read. */
  sampleTaskForces: number[];
}

function plan(): Plan {
  const names = loadNames(db, 2020);
  const sample = sampleIndicators(db);
  return {
    names,
    competitions: [...names.competition.values()],
    taskForces: [...names.taskForce.values()],
    sample,
    sampled: new Set(sample.map((s) => s.id)),
    sampleTaskForces: [...new Set(sample.map((s) => s.taskForceId))],
  };
}

/** Reads every surface into one book: the pages, one meeting's live deck and its PPTX, the 通报, the exports, the oracle. */
async function readEverySurface(page: Page, p: Plan): Promise<FigureBook> {
  const book = new FigureBook();
  await test.step('dashboard pages', async () => {
    await readOverview(page, book, p.competitions);
    for (const id of p.competitions) await readCompetitionPage(page, book, id);
    await readRankings(page, book);
    for (const id of p.sampleTaskForces) await readTaskForcePage(page, book, id, p.sampled);
    for (const s of p.sample) await readIndicatorPage(page, book, s.id);
  });
  const meetingId = await test.step('live deck', async () => {
    const id = await createDefaultMeeting(page, '数字一致性核对会议（演示）');
    await readDeck(page, book, id, p.names.competition);
    return id;
  });
  await test.step('PPTX', async () => {
    await page.goto(`/meetings/${meetingId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载PPTX' }).click()]);
    const read = await readPptx(book, fs.readFileSync((await download.path())!), p.names);
    expect(read.charts, 'native charts read').toBeGreaterThan(1);
  });
  await test.step('通报', () => readBulletin(page, book, p.names, PERIOD));
  await test.step('Excel exports', async () => {
    const plan = { period: PERIOD, competitionIds: p.competitions, taskForceIds: p.sampleTaskForces, indicators: p.sampled };
    const files = await readExcel(page.request, book, p.names, plan);
    test.info().annotations.push({ type: 'Excel', description: `${files} workbooks` });
  });
  addOracle(book, db, PERIOD, p.competitions);
  return book;
}

const taskForcesOf = (competitionId: number) =>
  (db.prepare('select count(*) as n from task_forces where competition_id = ?').get(competitionId) as { n: number }).n;

function expectShownOn(book: FigureBook, entity: Entity, ids: number[], required: Partial<Record<Quantity, string[]>>): void {
  for (const id of ids)
    for (const [q, surfaces] of Object.entries(required) as [Quantity, string[]][])
      expect.soft(book.surfacesOf(entity, id, q), `${entity} ${id}: ${q} shown on`).toEqual(expect.arrayContaining(surfaces));
}

/** Each surface showed what it must: a reader that silently found nothing would pass the comparison. */
function expectCoverage(book: FigureBook, p: Plan): void {
  expectShownOn(book, 'district', [0], DISTRICT_SURFACES);
  expectShownOn(book, 'competition', p.competitions, COMPETITION_SURFACES);
  expectShownOn(book, 'task-force', p.taskForces, TASK_FORCE_SURFACES);
  expectShownOn(book, 'indicator', [...p.sampled], INDICATOR_SURFACES);
  for (const c of p.sample.filter((s) => s.name === '生产安全事故起数'))
    expect
      .soft(book.surfacesOf('indicator', c.id, 'gap'), `${c.name} ${c.id} on the weak lists`)
      .toEqual(expect.arrayContaining(WEAK_SURFACES));
  const onSlides = p.taskForces.filter((t) => book.surfacesOf('task-force', t, 'score').includes('deck 竞赛专页')).length;
  expect
    .soft(onSlides, 'task forces on the slides (the first seven of each competition)')
    .toBe(p.competitions.reduce((n, c) => n + Math.min(7, taskForcesOf(c)), 0));
  for (const s of OTHER_SURFACES) expect.soft(book.surfaces(), `${s} was read`).toContain(s);
}

test('every figure reads the same on the pages, the deck, the PPTX, the 通报 and the Excel exports', async ({ page }) => {
  test.setTimeout(240_000);
  const p = plan();
  const book = await readEverySurface(page, p);
  await test.info().attach('figures.json', { body: JSON.stringify(book.dump(), null, 1), contentType: 'application/json' });
  test.info().annotations.push({
    type: 'coverage',
    description: `${p.competitions.length} competitions, ${p.taskForces.length} task forces, ${p.sampled.size} sampled indicators: ${book.keys().length} figures, ${book.readings()} readings on ${book.surfaces().length} surfaces`,
  });
  const disagree = book.expectAgreement();
  expectCoverage(book, p);
  expect(disagree, 'figures that differ between surfaces').toEqual([]);
});
