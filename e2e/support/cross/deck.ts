/** The live deck of a meeting (/present/N) as a surface: every slide's figures, read from the page. */
import { expect, type Page } from '@playwright/test';
import type { FigureBook } from './book';
import { addDistrict } from './district';
import { addGroup, type GroupText } from './groups';
import { addIndicatorRow } from './indicators';

interface Row {
  id: number;
  t: Record<string, string>;
}

interface SlideText {
  number: number;
  title: string;
  band: Record<string, string>;
  rows: Record<string, Row[]>;
}

/** Every slide's title, band figures and rows (by row test id), text content included when hidden. */
async function readSlides(page: Page): Promise<SlideText[]> {
  return page.locator('[data-testid="slide"]').evaluateAll((slides) =>
    slides.map((s) => {
      const texts = (el: Element) => {
        const out: Record<string, string> = {};
        for (const e of el.querySelectorAll('[data-testid]')) out[e.getAttribute('data-testid')!] ??= e.textContent ?? '';
        return out;
      };
      const rows: Record<string, { id: number; t: Record<string, string> }[]> = {};
      for (const name of ['overview-row', 'deck-task-force', 'honour-row', 'deck-weak-row', 'deck-county-row'])
        rows[name] = [...s.querySelectorAll(`[data-testid="${name}"]`)].map((r) => ({
          id: Number(r.getAttribute('data-id')),
          t: texts(r),
        }));
      return {
        number: Number(s.getAttribute('data-number')),
        title: s.querySelector('[data-testid="slide-title"]')?.textContent ?? '',
        band: texts(s),
        rows,
      };
    }),
  );
}

/** A group's bar, its words under it, or the words standing for it. */
function barText(t: Record<string, string>): GroupText {
  const words = t['group-progress'] ?? t['group-gap'] ?? '';
  return {
    completion: t['bar-completion'] ?? words,
    expected: t['bar-expected'] ?? '—',
    expectedBare: true,
    gap: t['group-gap'] ?? words,
    ...(t.status !== undefined || t['group-progress'] !== undefined ? { status: t.status ?? words } : {}),
    ...(t['group-counts'] !== undefined ? { counts: t['group-counts'] } : {}),
  };
}

/** Reads the deck of `meetingId`; `competitionIdByName` maps slide titles to competitions. */
export async function readDeck(page: Page, book: FigureBook, meetingId: number, competitionIdByName: Map<string, number>): Promise<void> {
  await page.goto(`/present/${meetingId}?slide=2`);
  await expect(page.locator('[data-testid="deck"][data-keys="on"]')).toHaveCount(1);
  for (const s of await readSlides(page)) {
    if (s.band['headline-counts'] !== undefined)
      addDistrict(book, 'deck 总体情况', {
        counts: s.band['headline-counts'],
        county: s.band['county-standing'],
        timeProgress: s.band['time-progress'],
      });
    for (const r of s.rows['overview-row']!)
      addGroup(book, 'deck 总体情况', 'competition', r.id, { score: r.t.score, rank: r.t.rank, movement: r.t.movement, ...barText(r.t) });
    const competition = competitionIdByName.get(s.title.trim());
    if (competition !== undefined && s.band['deck-competition-score'] !== undefined) {
      const progress = s.band['deck-competition-progress']!;
      addGroup(book, 'deck 竞赛专页', 'competition', competition, {
        score: s.band['deck-competition-score'],
        rank: s.band['deck-competition-rank'],
        movement: s.band['deck-competition-movement'],
        completion: progress,
        gap: progress,
        status: progress,
      });
      for (const r of s.rows['deck-task-force']!)
        addGroup(book, 'deck 竞赛专页', 'task-force', r.id, { score: r.t['tf-score'], rank: r.t['tf-rank'], ...barText(r.t) });
      for (const r of s.rows['deck-county-row']!) addIndicatorRow(book, 'deck 竞赛专页', r.id, { 'county-rank': r.t['county-rank'] });
    }
    for (const r of s.rows['honour-row']!)
      addGroup(book, 'deck 红黄榜', 'task-force', r.id, { score: r.t.score, rank: r.t.rank, movement: r.t.movement });
    for (const r of s.rows['deck-weak-row']!)
      if (r.t['weak-gap'] !== undefined)
        addIndicatorRow(book, 'deck 弱项', r.id, { gap: r.t['weak-gap'], status: r.t.status, 'county-rank': r.t['county-rank'] });
  }
}
