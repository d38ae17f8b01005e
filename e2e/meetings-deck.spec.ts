/**
 * The live deck of the default meeting (2020-09): driven with the keyboard like a clicker, the 16:9
 * canvas exactly filling 1920×1080 and 1280×720 without scrollbars, body text ≥ 24 px at 1080p, the
 * URL naming the slide, kiosk looping, and the overview and competition slides photographed in both
 * themes. The figures on the slides are checked in meetings-figures.spec.ts.
 */
import { expect, test } from './fixtures';
import { useDefaultMeeting, visibleSlide } from './support/deck';
import { independentGroups } from './support/meetings';

const PERIOD = '2020-09';
const HD = { width: 1920, height: 1080 };

const meeting = useDefaultMeeting('“六抓六比·八大竞赛”第二次会议（演示）');

const { total, openDeck, expectSlide } = meeting;

test('keys and clicker buttons move through the deck; the URL reproduces the slide; B blanks, F goes full screen', async ({ page }) => {
  await page.setViewportSize(HD);
  await openDeck(page, 'slide=1');
  await expectSlide(page, 1);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText(meeting.competitions()[0]!.name);
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
  await expect(visibleSlide(page).getByTestId('slide-title')).toHaveText(meeting.competitions()[1]!.name);

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
  const ceilingsOnly = meeting.competitions().findIndex((c) => independentGroups(meeting.db(), c.id, PERIOD).competition.status === null);
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
  await viewer.goto(`/present/${meeting.meetingId()}?slide=3`);
  await expect(viewer.getByTestId('slide-title').locator('visible=true')).toHaveText(meeting.competitions()[0]!.name);
  await expect(viewer.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
});
