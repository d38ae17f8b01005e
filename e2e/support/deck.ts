/** Driving the live deck in the meeting-mode tests: the default meeting, open its deck, wait for a slide. */
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { E2E_DB } from '../env';
import { test } from '../fixtures';
import { createDefaultMeeting, pageAs } from './meetings';

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

export interface DefaultMeeting {
  /** The e2e database, read-only. */
  db: () => Database.Database;
  meetingId: () => number;
  competitions: () => { id: number; name: string }[];
  /** Slides in the default deck: cover, overview, one per competition, 红黄榜, 弱项, end. */
  total: () => number;
  openDeck: (page: Page, query: string) => Promise<void>;
  expectSlide: (page: Page, n: number) => Promise<void>;
}

/**
 * For a spec file: before its tests, opens the e2e database read-only and creates the one-click
 * default meeting (2020-09) titled `title` as the leader, through the page; closes the database after.
 */
export function useDefaultMeeting(title: string): DefaultMeeting {
  let db: Database.Database;
  let meetingId = 0;
  let competitions: { id: number; name: string }[] = [];
  test.beforeAll(async ({ browser }) => {
    db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
    competitions = listCompetitions(db);
    const leader = await pageAs(browser, 'leader');
    meetingId = await createDefaultMeeting(leader, title);
    await leader.context().close();
  });
  test.afterAll(() => db?.close());
  const total = () => competitions.length + 5;
  return {
    db: () => db,
    meetingId: () => meetingId,
    competitions: () => competitions,
    total,
    openDeck: (page, query) => openDeck(page, meetingId, query),
    expectSlide: (page, n) => expectSlide(page, n, total()),
  };
}
