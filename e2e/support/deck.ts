/** Driving the live deck in the meeting-mode tests: open a meeting's deck, wait for a slide. */
import type Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';

/** The 2020 campaign's competitions in display order. */
export function listCompetitions(db: Database.Database): { id: number; name: string }[] {
  return db
    .prepare(
      `select c.id, c.name from competitions c join campaigns k on k.id = c.campaign_id where k.year = 2020 order by c.sort_order, c.id`,
    )
    .all() as { id: number; name: string }[];
}

/** The slide on screen. */
export const visibleSlide = (page: Page) => page.locator('[data-testid="slide"]:visible');

/** Opens a meeting's deck and waits until its keys work (the slides are visible before the script runs). */
export async function openDeck(page: Page, meetingId: number, query: string): Promise<void> {
  await page.goto(`/present/${meetingId}?${query}`);
  await expect(page.locator('[data-testid="deck"][data-keys="on"]')).toHaveCount(1);
}

/** Slide `n` of `total` is the one shown, and the URL names it. */
export async function expectSlide(page: Page, n: number, total: number): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
  await expect(visibleSlide(page)).toHaveCount(1);
  await expect(visibleSlide(page)).toHaveAttribute('data-number', String(n));
  await expect(visibleSlide(page).getByTestId('slide-number')).toHaveText(`${n} / ${total}`);
}
