/** The dashboard's pages as surfaces: overview, competition pages, rankings, task-force and indicator pages. */
import { expect, type Page } from '@playwright/test';
import type { FigureBook } from './book';
import { addDistrict } from './district';
import { addGroup } from './groups';
import { addIndicatorRow } from './indicators';

export const PERIOD = '2020-09';

/** The keyed rows of a dashboard table: row key ("task-force-3") → cell key → text. */
export async function readTable(page: Page, id: string): Promise<Map<string, Record<string, string>>> {
  const table = page.getByTestId(`table-${id}`);
  await expect(table).toBeVisible();
  // A keyed column names its key once, on its header (col-<key>): each row's cell at that position.
  const rows = await table.locator('tbody tr[data-testid]').evaluateAll((trs) =>
    trs.map((tr) => {
      const headers = [...tr.closest('table')!.querySelectorAll('thead th')];
      const cells = [...tr.querySelectorAll('td')];
      return {
        key: tr.getAttribute('data-testid')!.replace(/^row-/, ''),
        cells: Object.fromEntries(
          headers.flatMap((th, i) => {
            const id = th.getAttribute('data-testid');
            return id?.startsWith('col-') ? [[id.slice(4), cells[i]?.textContent ?? '']] : [];
          }),
        ),
      };
    }),
  );
  return new Map(rows.map((r) => [r.key, r.cells]));
}

/** Every row of a paged dashboard table: reads each page, following its 下一页 link (a fresh load). */
export async function readAllPages(page: Page, id: string): Promise<Map<string, Record<string, string>>> {
  const all = new Map<string, Record<string, string>>();
  for (let i = 0; i < 100; i++) {
    for (const [k, v] of await readTable(page, id)) all.set(k, v);
    const next = page.getByTestId(`table-${id}`).getByRole('link', { name: '下一页' });
    if ((await next.count()) === 0) return all;
    await page.goto((await next.getAttribute('href'))!, { waitUntil: 'domcontentloaded' });
  }
  throw new Error(`table ${id}: too many pages`);
}

/** Text of each element with a test id under `root` (sr-only words included), keyed by test id; the first of each. */
async function testIdTexts(page: Page, root: string): Promise<Record<string, string>> {
  return page.locator(root).evaluate((el) => {
    const out: Record<string, string> = {};
    for (const e of el.querySelectorAll('[data-testid]')) {
      const id = e.getAttribute('data-testid')!;
      out[id] ??= e.textContent ?? '';
      if (id.endsWith('-gap')) out[`${id}:parent`] ??= e.parentElement?.textContent ?? '';
    }
    out['$counts'] = el.querySelector('[aria-label="指标状态分布"]')?.textContent ?? '';
    out['$all'] = el.textContent ?? '';
    return out;
  });
}

/** Group rows of a ranking table ("competition-3" / "task-force-7" keys) into the book. */
export function addRankingRows(book: FigureBook, surface: string, rows: Map<string, Record<string, string>>): void {
  for (const [k, c] of rows) {
    const m = /^(competition|task-force)-(\d+)$/.exec(k);
    if (!m) continue;
    const counts = `达到序时${c.ahead}略滞后${c.behind}严重滞后${c.lagging}未报送${c['no-data']}`;
    addGroup(book, surface, m[1] as 'competition' | 'task-force', Number(m[2]), {
      score: c.score,
      rank: c.rank,
      movement: c.movement,
      completion: c.completion,
      gap: c.gap,
      status: c.gap,
      counts,
    });
  }
}

/** The key figures of a group page or card (`prefix`-score …) in the book. */
function addKeyFigures(book: FigureBook, surface: string, entity: 'competition' | 'task-force', id: number, t: Record<string, string>) {
  const p = entity === 'competition' ? 'competition' : 'task-force';
  addGroup(book, surface, entity, id, {
    score: t[`${p}-score`],
    rank: t[`${p}-rank`],
    movement: t[`${p}-movement`],
    completion: t[`${p}-completion`] ?? '—',
    expected: t[`${p}-gap:parent`] ?? '—',
    status: t[`${p}-status`] ?? t[`${p}-gap`],
    gap: t[`${p}-gap`],
    counts: t['$counts'],
  });
}

/** 总览: every competition card, the 红榜/黄榜 and the weak items. */
export async function readOverview(page: Page, book: FigureBook, competitionIds: number[]): Promise<void> {
  await page.goto(`/?period=${PERIOD}`, { waitUntil: 'domcontentloaded' });
  for (const id of competitionIds) {
    const root = `[data-testid="competition-card-${id}"]`;
    await expect(page.locator(root)).toBeVisible();
    addKeyFigures(book, 'overview card', 'competition', id, await testIdTexts(page, root));
  }
  await expect(page.getByTestId('stat-ahead-value')).toBeVisible();
  const h = await testIdTexts(page, '[data-testid="headline"]');
  addDistrict(book, 'overview 核心指标', {
    counts: `达到序时${h['stat-ahead-value']}略滞后${h['stat-behind-value']}严重滞后${h['stat-lagging-value']}未报送${h['stat-no-data-value']}`,
    total: /共(\d+)个指标/.exec(h['stat-ahead']!)![1],
    county: `前三分之一${h['stat-county-top-value']}项后三分之一${h['stat-county-bottom-value']}项${h['stat-county-moves-value']}`,
    timeProgress: h['stat-time-progress-value'],
  });
  for (const list of ['honour-red', 'honour-yellow'])
    for (const [k, c] of await readTable(page, list))
      addGroup(book, 'overview 红黄榜', 'task-force', Number(k.replace('task-force-', '')), {
        score: c.score,
        rank: c.rank,
        movement: c.movement,
      });
  for (const [k, c] of await readAllPages(page, 'weak-items'))
    addIndicatorRow(book, 'overview 弱项', Number(k.replace('indicator-', '')), c);
}

/** 竞赛 page: its key figures, its task forces' table and the completion chart's readings. */
export async function readCompetitionPage(page: Page, book: FigureBook, id: number): Promise<void> {
  await page.goto(`/competitions/${id}?period=${PERIOD}`, { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId('competition-score')).toBeVisible();
  addKeyFigures(book, 'competition page', 'competition', id, await testIdTexts(page, 'main'));
  addRankingRows(book, 'competition page table', await readAllPages(page, 'competition-task-forces'));
  const readings = await page
    .locator('[data-testid^="reading-task-force-"]')
    .evaluateAll((els) =>
      els.map((e) => ({ id: Number(e.getAttribute('data-testid')!.replace('reading-task-force-', '')), text: e.textContent ?? '' })),
    );
  for (const r of readings)
    addGroup(book, 'competition page chart', 'task-force', r.id, { completion: r.text, gap: r.text, status: r.text });
}

/** 排名: competitions, every task force (every page), county comparison (every page). */
export async function readRankings(page: Page, book: FigureBook): Promise<void> {
  await page.goto(`/rankings?period=${PERIOD}`, { waitUntil: 'domcontentloaded' });
  addRankingRows(book, 'rankings', await readTable(page, 'competitions'));
  addRankingRows(book, 'rankings', await readAllPages(page, 'ranking-task-forces'));
  await page.goto(`/rankings?period=${PERIOD}`, { waitUntil: 'domcontentloaded' });
  for (const [k, c] of await readAllPages(page, 'county-comparison'))
    addIndicatorRow(book, 'rankings 全市比较', Number(k.replace('indicator-', '')), { 'county-rank': c['county-rank']! });
}

/** 专班 page: its key figures and, for the sampled indicators, their rows. */
export async function readTaskForcePage(page: Page, book: FigureBook, id: number, indicators: Set<number>): Promise<void> {
  await page.goto(`/task-forces/${id}?period=${PERIOD}`, { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId('task-force-score')).toBeVisible();
  addKeyFigures(book, 'task-force page', 'task-force', id, await testIdTexts(page, 'main'));
  for (const [k, c] of await readTable(page, 'task-force-indicators')) {
    const ind = Number(k.replace('indicator-', ''));
    if (indicators.has(ind)) addIndicatorRow(book, 'task-force page', ind, c);
  }
}

/** 指标 page: headline figure, status, gap, score, county rank, actual. */
export async function readIndicatorPage(page: Page, book: FigureBook, id: number): Promise<void> {
  await page.goto(`/indicators/${id}?period=${PERIOD}`, { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId('indicator-status')).toBeVisible();
  const t = await testIdTexts(page, 'main');
  addIndicatorRow(book, 'indicator page', id, {
    figure: t['indicator-figure'] ?? '—',
    status: t['indicator-status']!,
    gap: t['indicator-gap']!,
    score: t['indicator-score']!,
    actual: t['indicator-actual']!,
    ...(t['indicator-county-rank'] !== undefined ? { 'county-rank': t['indicator-county-rank'] } : {}),
  });
}
