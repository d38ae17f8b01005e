/**
 * The live deck of the default meeting (2020-09): driven with the keyboard like a clicker, every
 * competition slide's and the overview's figures (scores, ranks, movement, group completion against
 * 应完成, status, gap words) checked against numbers computed here from the database rows
 * (support/independent-score.ts, support/meetings.ts, support/meeting-ranks.ts — none uses
 * lib/metrics), no movement in January, the caveat of an open month, no English, the 16:9 canvas
 * exactly filling 1920×1080 and 1280×720 without scrollbars, body text ≥ 24 px at 1080p, the URL
 * naming the slide, kiosk looping, and both themes photographed.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { E2E_DB } from './env';
import { expect, test } from './fixtures';
import { independentCompetitionScore } from './support/independent-score';
import { independentCompleteness, independentRanks } from './support/meeting-ranks';
import {
  createDefaultMeeting,
  groupGapWords,
  independentCounty,
  independentGroups,
  movementWords,
  pageAs,
  pct,
  statusWords,
} from './support/meetings';

const PERIOD = '2020-09';
const HD = { width: 1920, height: 1080 };

let db: Database.Database;
let meetingId: number;
let competitions: { id: number; name: string }[];

test.beforeAll(async ({ browser }) => {
  db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  competitions = db
    .prepare(
      `select c.id, c.name from competitions c join campaigns k on k.id = c.campaign_id where k.year = 2020 order by c.sort_order, c.id`,
    )
    .all() as { id: number; name: string }[];
  const leader = await pageAs(browser, 'leader');
  meetingId = await createDefaultMeeting(leader, '“六抓六比·八大竞赛”第二次会议（演示）');
  await leader.context().close();
});
test.afterAll(() => db?.close());

const total = () => competitions.length + 5;
/** A group's indicators by status, each with its icon and word. */
const COUNTS = /^✔达到序时\d+ ▲略滞后\d+ ✖严重滞后\d+ ○未报送\d+$/;
const visibleSlide = (page: Page) => page.locator('[data-testid="slide"]:visible');

/** Opens the deck and waits until its keys work (the slides are visible before the script runs). */
async function openDeck(page: Page, query: string): Promise<void> {
  await page.goto(`/present/${meetingId}?${query}`);
  await expect(page.locator('[data-testid="deck"][data-keys="on"]')).toHaveCount(1);
}

async function expectSlide(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
  await expect(visibleSlide(page)).toHaveCount(1);
  await expect(visibleSlide(page)).toHaveAttribute('data-number', String(n));
  await expect(visibleSlide(page).getByTestId('slide-number')).toHaveText(`${n} / ${total()}`);
}

test('keys and clicker buttons move through the deck; the URL reproduces the slide; B blanks, F goes full screen', async ({ page }) => {
  await page.setViewportSize(HD);
  await openDeck(page, 'slide=1');
  await expectSlide(page, 1);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText(competitions[0]!.name);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 2);
  await page.keyboard.press('End');
  await expectSlide(page, total());
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, total());
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  await page.reload();
  await expect(page.locator('[data-testid="deck"][data-keys="on"]')).toHaveCount(1);
  await expectSlide(page, 4);
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText(competitions[1]!.name);

  await page.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('deck-blank')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.getByTestId('deck-blank')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('deck-blank')).toHaveCount(0);
  await expectSlide(page, 5);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('an out-of-range or unreadable slide number opens the nearest slide and fixes the URL', async ({ page }) => {
  await openDeck(page, 'slide=99&theme=dark');
  await expectSlide(page, total());
  await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(new RegExp(`slide=${total()}&theme=dark$`));
  await openDeck(page, 'slide=abc');
  await expectSlide(page, 1);
  const missing = await page.goto('/present/999999');
  expect(missing?.status()).toBe(404);
});

test('each competition slide shows the figures computed independently from the database', async ({ page }) => {
  await page.setViewportSize(HD);
  const ranks = independentRanks(db, PERIOD);
  await openDeck(page, 'slide=2');
  for (const [k, c] of competitions.entries()) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3 + k);
    const slide = visibleSlide(page);
    await expect(slide.getByTestId('slide-title')).toHaveText(c.name);

    const score = independentCompetitionScore(db, c.id, PERIOD);
    const own = ranks.competitions.get(c.id)!;
    await expect(slide.getByTestId('deck-competition-score'), c.name).toHaveText(score.score!.toFixed(1));
    await expect(slide.getByTestId('deck-competition-rank'), c.name).toHaveText(`第${own.rank}名/${competitions.length}`);
    await expect(slide.getByTestId('deck-competition-movement'), c.name).toContainText(movementWords(own.movement));

    const groups = independentGroups(db, c.id, PERIOD);
    const g = groups.competition;
    await expect(slide.getByTestId('deck-competition-progress'), c.name).toHaveText(
      g.status === null
        ? '无累计型指标（按状态计数）'
        : g.completion === null
          ? '累计型指标均未报送'
          : `累计型指标平均完成率${pct(g.completion)}（${g.count}项），${groupGapWords(g)}`,
    );

    const rows = slide.getByTestId('deck-task-force');
    await expect(rows).toHaveCount(Math.min(7, score.taskForces.length));
    for (const tf of score.taskForces.slice(0, 7)) {
      const row = slide.locator(`[data-testid="deck-task-force"][data-id="${tf.id}"]`);
      const label = `${c.name} task force ${tf.id}`;
      await expect(row.getByTestId('tf-score'), `${label} score`).toHaveText(tf.score === null ? '—' : tf.score.toFixed(1));
      await expect(row.getByTestId('tf-rank'), `${label} rank`).toHaveText(
        `全区第${ranks.taskForces.get(tf.id)!.rank}名/${ranks.taskForces.size}`,
      );
      const p = groups.taskForces.get(tf.id)!;
      if (p.status === null) {
        // nothing to average (ceilings, levels, ranks, milestones only): said in words, counted by status
        await expect(row.getByTestId('group-progress')).toHaveText('无累计型指标（按状态计数）');
        await expect(row.getByTestId('group-counts')).toHaveText(COUNTS);
        await expect(row.getByTestId('bar-completion')).toHaveCount(0);
        await expect(row.getByTestId('status')).toHaveCount(0);
        continue;
      }
      await expect(row.getByTestId('status'), `${label} status`).toHaveText(new RegExp(statusWords(p.status)));
      if (p.completion === null) {
        // higher-is-better cumulative indicators, none of them in yet
        await expect(row.getByTestId('group-progress')).toHaveText('累计型指标均未报送');
        await expect(row.getByTestId('group-counts')).toHaveText(COUNTS);
        continue;
      }
      await expect(row.getByTestId('bar-completion'), `${label} completion`).toHaveText(pct(p.completion));
      await expect(row.getByTestId('bar-expected'), `${label} expected`).toHaveText(pct(p.expected!));
      await expect(row.getByTestId('group-gap'), `${label} gap`).toHaveText(groupGapWords(p)!);
    }

    const county = independentCounty(db, c.id, PERIOD);
    await expect(slide.getByTestId('deck-county-row')).toHaveCount(Math.min(7, county.length));
    for (const r of county.slice(0, 7)) {
      const row = slide.locator(`[data-testid="deck-county-row"][data-id="${r.indicatorId}"]`);
      await expect(row.getByTestId('county-rank'), `indicator ${r.indicatorId} county rank`).toHaveText(`第${r.rank}名/${r.total}`);
      await expect(row.getByTestId('county-movement')).toContainText(movementWords(r.movement));
    }
    if (county.length > 7) await expect(slide).toContainText(`另有${county.length - 7}项指标`);

    // Weak items: every county rank in the bottom third (5th or 6th of 6) is one, named with its reason.
    const bottom = county.filter((r) => r.rank > Math.ceil((r.total * 2) / 3)).map((r) => r.indicatorId);
    const weakShown = await slide
      .getByTestId('deck-weak-row')
      .evaluateAll((els) => els.map((e) => ({ id: Number(e.getAttribute('data-id')), text: e.textContent ?? '' })));
    expect(weakShown.length).toBeLessThanOrEqual(5);
    for (const w of weakShown) if (w.text.includes('全市排名靠后')) expect(bottom, `${c.name}: ${w.text}`).toContain(w.id);
    const more = (await slide.getByText(/另有\d+项指标，详见看板/).allTextContents()).length;
    if (weakShown.length < 5 && more === 0)
      for (const id of bottom)
        expect(
          weakShown.map((w) => w.id),
          `${c.name}: bottom-third indicator ${id}`,
        ).toContain(id);
    await expect(slide.getByTestId('completeness-note')).toHaveCount(0);
  }
});

test('the overview slide ranks the competitions with the figures computed independently', async ({ page }) => {
  await page.setViewportSize(HD);
  await openDeck(page, 'slide=2');
  const slide = visibleSlide(page);
  const ranks = independentRanks(db, PERIOD);
  const order = [...competitions].sort((a, b) => ranks.competitions.get(a.id)!.rank! - ranks.competitions.get(b.id)!.rank! || 0);
  const shown = await slide.getByTestId('overview-row').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
  expect(shown.map((id) => ranks.competitions.get(id)!.rank)).toEqual(order.map((c) => ranks.competitions.get(c.id)!.rank));
  for (const c of competitions) {
    const row = slide.locator(`[data-testid="overview-row"][data-id="${c.id}"]`);
    const r = ranks.competitions.get(c.id)!;
    await expect(row.getByTestId('rank'), c.name).toHaveText(`第${r.rank}名`);
    await expect(row.getByTestId('score'), c.name).toHaveText(r.score!.toFixed(1));
    await expect(row.getByTestId('movement'), c.name).toContainText(movementWords(r.movement));
    const g = independentGroups(db, c.id, PERIOD).competition;
    await expect(row.getByTestId('status'), c.name).toHaveText(new RegExp(statusWords(g.status)));
    if (g.status === null) {
      await expect(row.getByTestId('group-progress'), c.name).toHaveText('无累计型指标（按状态计数）');
      await expect(row.getByTestId('group-counts'), c.name).toHaveText(COUNTS);
    } else {
      await expect(row.getByTestId('bar-completion'), c.name).toHaveText(pct(g.completion!));
      await expect(row.getByTestId('bar-expected'), c.name).toHaveText(pct(g.expected!));
      await expect(row.getByTestId('group-gap'), c.name).toHaveText(groupGapWords(g)!);
    }
  }
  await expect(slide.getByTestId('headline-counts')).toHaveText(/^✔达到序时\d+　▲略滞后\d+　✖严重滞后\d+　○未报送\d+$/);
  await expect(slide.getByTestId('county-standing')).toContainText('全市排名前三分之一');
  await expect(slide.getByTestId('completeness-note')).toHaveCount(0);
});

test('no slide shows English words or ISO dates', async ({ page }) => {
  await page.setViewportSize(HD);
  for (const theme of ['light', 'dark']) {
    await openDeck(page, `slide=1&theme=${theme}`);
    for (let n = 1; n <= total(); n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      // Names in the campaign's own words keep their Latin abbreviations (PM2.5, GDP).
      const text = (await visibleSlide(page).innerText()).replace(/PM2\.5|GDP/g, '');
      expect(text, `slide ${n}`).not.toMatch(/[A-Za-z]{2,}/);
      expect(text, `slide ${n}`).not.toMatch(/\d{4}-\d{2}/);
      expect(text, `slide ${n}`).not.toMatch(/NaN|Infinity|undefined|null/);
    }
  }
});

test('a January meeting shows no movement (no previous rank); an open month says how much is in', async ({ browser }) => {
  const leader = await pageAs(browser, 'leader', HD);
  const jan = await createDefaultMeeting(leader, '一月会议（演示）', '2020-01');
  await leader.goto(`/present/${jan}?slide=2`);
  const overview = leader.locator('[data-testid="slide"]:visible');
  await expect(overview.getByTestId('overview-row')).toHaveCount(competitions.length);
  for (const text of await overview.getByTestId('movement').allInnerTexts()) expect(text.trim()).toBe('—');
  await expect(overview.getByTestId('county-standing')).toContainText('▲上升0项　▼下降0项');
  await leader.goto(`/present/${jan}?slide=3`);
  const comp = leader.locator('[data-testid="slide"]:visible');
  await expect(comp.getByTestId('deck-competition-movement')).toHaveText('—');
  for (const text of await comp.getByTestId('county-movement').allInnerTexts()) expect(text.trim()).toBe('—');

  const open = independentCompleteness(db, '2020-10');
  expect(open.note).not.toBeNull();
  const oct = await createDefaultMeeting(leader, '十月会议（演示）', '2020-10');
  await leader.goto(`/present/${oct}?slide=2`);
  const octOverview = leader.locator('[data-testid="slide"]:visible');
  await expect(octOverview.getByTestId('completeness-note')).toHaveText(open.note!);
  for (const text of await octOverview.getByTestId('movement').allInnerTexts()) expect(text.trim()).toBe('—');
  await leader.goto(`/present/${oct}?slide=3`);
  await expect(leader.locator('[data-testid="slide"]:visible').getByTestId('completeness-note')).toHaveText(open.note!);
  await leader.context().close();
});

for (const size of [HD, { width: 1280, height: 720 }]) {
  test(`every slide exactly fills ${size.width}×${size.height} with no scrollbars and nothing outside the canvas`, async ({ page }) => {
    await page.setViewportSize(size);
    await openDeck(page, 'slide=1');
    for (let n = 1; n <= total(); n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      const m = await page.evaluate(() => {
        const canvas = document.querySelector('[data-testid="deck-canvas"]')!.getBoundingClientRect();
        const slide = document.querySelector('[data-testid="slide"]:not([hidden])')!;
        let outside = '';
        for (const el of slide.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < canvas.left - 1 || r.top < canvas.top - 1 || r.right > canvas.right + 1 || r.bottom > canvas.bottom + 1)
            outside ||= `${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`;
        }
        const root = document.documentElement;
        return {
          canvas: { w: canvas.width, h: canvas.height },
          scrollW: root.scrollWidth,
          scrollH: root.scrollHeight,
          vw: innerWidth,
          vh: innerHeight,
          outside,
        };
      });
      expect(Math.abs(m.canvas.w - size.width), `slide ${n} canvas width`).toBeLessThanOrEqual(1);
      expect(Math.abs(m.canvas.h - size.height), `slide ${n} canvas height`).toBeLessThanOrEqual(1);
      expect(m.scrollW, `slide ${n}: no horizontal scrollbar`).toBeLessThanOrEqual(m.vw);
      expect(m.scrollH, `slide ${n}: no vertical scrollbar`).toBeLessThanOrEqual(m.vh);
      expect(m.outside, `slide ${n}: element outside the canvas`).toBe('');
    }
  });
}

test('at 1080p no text on any slide is smaller than 24 px, and statuses are written in words', async ({ page }) => {
  await page.setViewportSize(HD);
  await openDeck(page, 'slide=1');
  for (let n = 1; n <= total(); n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expectSlide(page, n);
    const smallest = await page.evaluate(() => {
      const slide = document.querySelector('[data-testid="slide"]:not([hidden])')!;
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      let min = { size: Infinity, text: '' };
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!t.textContent?.trim()) continue;
        const el = t.parentElement!;
        if (el.closest('.sr-only')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < min.size) min = { size, text: t.textContent.trim().slice(0, 20) };
      }
      return min;
    });
    expect(smallest.size, `slide ${n}: "${smallest.text}"`).toBeGreaterThanOrEqual(23.9);
  }
  await openDeck(page, 'slide=3');
  await expect(visibleSlide(page).locator('[data-status]').first()).toHaveText(/达到序时|略滞后|严重滞后|未报送/);
});

test('kiosk mode advances by itself and loops back to the first slide', async ({ page }) => {
  await openDeck(page, `slide=${total() - 1}&auto=3&loop=1`);
  await expectSlide(page, total() - 1);
  await expect(page).toHaveURL(new RegExp(`slide=${total()}&auto=3&loop=1`), { timeout: 8000 });
  await expect(page).toHaveURL(/slide=1&auto=3&loop=1/, { timeout: 8000 });
});

test('the overview and competition slides in the light and the dark high-contrast theme at 1920×1080 (screenshots)', async ({
  page,
}, testInfo) => {
  await page.setViewportSize(HD);
  const ceilingsOnly = competitions.findIndex((c) => independentGroups(db, c.id, PERIOD).competition.status === null);
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, n] of [
      ['overview', 2],
      ['competition', 3],
      ['competition-no-average', 3 + Math.max(0, ceilingsOnly)],
    ] as const) {
      await openDeck(page, `slide=${n}${theme === 'dark' ? '&theme=dark' : ''}`);
      await expectSlide(page, n);
      await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', theme);
      const file = testInfo.outputPath(`${name}-${theme}-1920x1080.png`);
      await page.screenshot({ path: file });
      await testInfo.attach(`${name} slide, ${theme}`, { path: file, contentType: 'image/png' });
    }
  }
});

test('any logged-in role may present; the deck has no dashboard chrome', async ({ as }) => {
  const viewer = await as('viewer');
  await viewer.goto(`/present/${meetingId}?slide=3`);
  await expect(viewer.getByTestId('slide-title').locator('visible=true')).toHaveText(competitions[0]!.name);
  await expect(viewer.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
});
