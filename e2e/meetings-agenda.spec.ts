/**
 * The meeting's full run (/present/<id>/agenda) and a competition's report deck, presented as the
 * combined deck is: keys, kiosk looping and the dark theme; every slide of the run (the eight
 * reports and the 通报 included) within the canvas with no text under 24 px at 1080p; the 通报's
 * pages saying what /bulletin says for the meeting's day, paged to fit, also in the one PPTX.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDefaultMeeting, pageAs } from './support/meetings';
import { query } from './support/query';
import { competitionsInOrder, pptxParts } from './support/report-deck';
import { visibleSlide } from './support/deck';

const HD = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

let meetingId = 0;
test.beforeAll(async ({ browser }) => {
  const leader = await pageAs(browser, 'leader');
  meetingId = await createDefaultMeeting(leader, '全程演示与通报测试');
  await leader.context().close();
});

const agendaUrl = () => `/present/${meetingId}/agenda`;
const reportUrl = () => `/present/${meetingId}/reports/${competitionsInOrder()[0]!.id}`;

async function open(page: Page, url: string, q: string): Promise<number> {
  await page.goto(`${url}?${q}`);
  await expect(page.locator('[data-testid="deck"][data-keys="on"]')).toHaveCount(1);
  return page.locator('[data-testid="slide"]').count();
}

async function expectSlide(page: Page, n: number, total: number): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
  await expect(visibleSlide(page)).toHaveAttribute('data-number', String(n));
  await expect(visibleSlide(page).getByTestId('slide-number')).toHaveText(`${n} / ${total}`);
}

/**
 * Every slide of the deck on the page, each shown in turn in the browser (the others hidden, as the
 * player does): its smallest text, anything outside the canvas, and how far a 通报 page's body overflows.
 */
function measureAll(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="deck-canvas"]')!.getBoundingClientRect();
    const slides = [...document.querySelectorAll<HTMLElement>('[data-testid="slide"]')];
    const wasHidden = slides.map((s) => s.hidden);
    const out = slides.map((slide) => {
      for (const s of slides) s.hidden = s !== slide;
      let min = { size: Infinity, text: '' };
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!t.textContent?.trim() || t.parentElement!.closest('.sr-only')) continue;
        const size = parseFloat(getComputedStyle(t.parentElement!).fontSize);
        if (size < min.size) min = { size, text: t.textContent.trim().slice(0, 20) };
      }
      let outside = '';
      for (const el of slide.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < canvas.left - 1 || r.top < canvas.top - 1 || r.right > canvas.right + 1 || r.bottom > canvas.bottom + 1)
          outside ||= `${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`;
      }
      const body = slide.querySelector<HTMLElement>('[data-testid="bulletin-slide-body"]');
      return {
        n: Number(slide.dataset.number),
        title: slide.querySelector('[data-testid="slide-title"]')?.textContent ?? '',
        min,
        outside,
        bulletin: body !== null,
        overflow: body ? body.scrollHeight - body.clientHeight : 0,
      };
    });
    slides.forEach((s, i) => (s.hidden = wasHidden[i]!));
    return out;
  });
}

for (const [name, url] of [
  ['the full run', agendaUrl],
  ['a competition’s report deck', reportUrl],
] as const) {
  test(`${name}: keys move through it, B blanks, the URL keeps slide and dark theme, kiosk mode loops`, async ({ page }) => {
    const total = await open(page, url(), 'slide=1&theme=dark');
    await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark');
    await expectSlide(page, 1, total);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, total);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3, total);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 2, total);
    await page.keyboard.press('End');
    await expectSlide(page, total, total);
    await expect(page).toHaveURL(new RegExp(`slide=${total}&theme=dark$`));
    await page.keyboard.press('Home');
    await expectSlide(page, 1, total);
    await page.keyboard.press('b');
    await expect(page.getByTestId('deck-blank')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('deck-blank')).toHaveCount(0);
    await expectSlide(page, 2, total);
    await page.reload();
    await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark');
    await expectSlide(page, 2, total);

    await open(page, url(), `slide=${total - 1}&theme=dark&auto=3&loop=1`);
    await expect(page).toHaveURL(new RegExp(`slide=${total}&theme=dark&auto=3&loop=1`), { timeout: 8000 });
    await expect(page).toHaveURL(/slide=1&theme=dark&auto=3&loop=1/, { timeout: 8000 });
    await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark');
  });
}

test('every slide of the full run fits the 1080p canvas with no text under 24 px; the 通报 comes before the end slide', async ({
  page,
}) => {
  await page.setViewportSize(HD);
  const total = await open(page, agendaUrl(), 'slide=1');
  const slides = await measureAll(page);
  expect(slides).toHaveLength(total);
  for (const m of slides) {
    expect(m.min.size, `slide ${m.n} (${m.title}): "${m.min.text}"`).toBeGreaterThanOrEqual(23.9);
    expect(m.outside, `slide ${m.n} (${m.title}): element outside the canvas`).toBe('');
    expect(m.overflow, `slide ${m.n} (${m.title}): the 通报 page overflows`).toBeLessThanOrEqual(1);
  }
  const bulletinPages = slides.filter((m) => m.bulletin).map((m) => m.n);
  expect(bulletinPages.length).toBeGreaterThan(1);
  // The 通报's pages run together, after 红黄榜 and 弱项, right before the end slide.
  expect(bulletinPages).toEqual(bulletinPages.map((_, i) => bulletinPages[0]! + i));
  expect(bulletinPages.at(-1)).toBe(total - 1);
});

/** The words of the 通报's pages or the /bulletin document: title, paragraphs, headings and table rows, in order (not the pages' list of sections). */
function bulletinWords(page: Page, root: string) {
  return page
    .locator(root)
    .evaluateAll((roots) =>
      roots.flatMap((r) =>
        [...r.querySelectorAll('h1, p, h3, tbody tr')].map((el) =>
          el.tagName === 'TR' ? [...el.querySelectorAll('td')].map((td) => td.textContent!.trim()).join('|') : el.textContent!.trim(),
        ),
      ),
    );
}

test('the 通报 pages say what /bulletin says for the meeting’s day, and the one PPTX has them', async ({ page }) => {
  const date = query<{ d: string }>('select meeting_date as d from meetings where id = ?', meetingId)[0]!.d;
  await page.goto(`/bulletin?period=2020-09&date=${date}`);
  const doc = await bulletinWords(page, '[data-testid="bulletin"]');
  const sections = await page.locator('[data-testid="bulletin"] h2').allTextContents();
  const total = await open(page, agendaUrl(), 'slide=1');
  const slides = await bulletinWords(page, '[data-testid="bulletin-slide-body"]');
  // A paragraph cut between pages reads whole again when the pages' words are run together.
  const run = (words: string[]) => words.join('').replace(/\s+/g, '');
  expect(run(slides)).toBe(run(doc));
  const rows = (words: string[]) => words.filter((w) => w.includes('|'));
  expect(rows(slides)).toEqual(rows(doc));
  const titles = await page
    .locator('[data-testid="slide"]', { has: page.getByTestId('bulletin-slide-body') })
    .getByTestId('slide-title')
    .allTextContents();
  expect(titles.filter((t) => !t.endsWith('（续）'))).toEqual(['运行情况通报', ...sections]);

  const pptx = await pptxParts(await page.request.get(`/api/meetings/${meetingId}/agenda/pptx`));
  expect(pptx.slides).toHaveLength(total);
  const firstRow = rows(doc)[0]!;
  for (const cell of firstRow.split('|')) expect(pptx.text).toContain(cell);
  expect(pptx.slides.filter((s) => s.includes('通报第')).length).toBe(titles.length);
});

test('a 通报 page and a report slide in the dark theme at 1920×1080 and 1366×768 (screenshots)', async ({ page }, testInfo) => {
  await page.setViewportSize(HD);
  const total = await open(page, agendaUrl(), 'slide=1');
  const numberOf = async (has: string) =>
    Number(
      await page
        .locator('[data-testid="slide"]', { has: page.getByTestId(has) })
        .first()
        .getAttribute('data-number'),
    );
  const first = await numberOf('bulletin-slide-body');
  const table = Number(
    await page
      .locator('[data-testid="slide"]', { has: page.getByTestId('bulletin-slide-table') })
      .nth(1)
      .getAttribute('data-number'),
  );
  const county = await numberOf('report-county-row');
  for (const size of [HD, LAPTOP]) {
    await page.setViewportSize(size);
    for (const [name, n] of [
      ['bulletin-first', first],
      ['bulletin-table', table],
      ['report-county', county],
    ] as const) {
      await open(page, agendaUrl(), `slide=${n}&theme=dark`);
      await expectSlide(page, n, total);
      const file = testInfo.outputPath(`${name}-dark-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      await testInfo.attach(`${name}, dark, ${size.width}×${size.height}`, { path: file, contentType: 'image/png' });
    }
  }
});
