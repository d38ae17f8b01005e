/**
 * Helpers of the meeting-mode tests: create the default meeting through the UI, and a second opinion
 * on the competition slide's figures computed straight from the rows (completion against expected
 * progress per task force, county ranks and their movement), written from the documented rules —
 * it does not use lib/metrics or lib/deck.
 */
import type Database from 'better-sqlite3';
import { expect, type Browser, type Page } from '@playwright/test';
import { CONTEXT_OPTIONS, statePath, type DemoRole } from '../env';
import { loadCompetitionRows } from './independent-score';

/** A page of its own browser context, logged in as the demo role. */
export async function pageAs(browser: Browser, role: DemoRole, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const ctx = await browser.newContext({ ...CONTEXT_OPTIONS, viewport, storageState: statePath(role) });
  return ctx.newPage();
}

/** Creates a meeting with the one-click default slides; returns its id. */
export async function createDefaultMeeting(page: Page, title?: string): Promise<number> {
  await page.goto('/meetings/new');
  await page.getByRole('button', { name: /使用默认幻灯片/ }).click();
  if (title) await page.getByLabel('会议名称').fill(title);
  await page.getByRole('button', { name: '创建会议' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** Percent with one decimal, half up, as the app writes it ("72.1%"). */
export function pct(fraction: number): string {
  return `${(Math.round(fraction * 1000 + 1e-7) / 10).toFixed(1)}%`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function effectivePeriod(period: string, lag: number, combinedJanFeb: boolean): string | null {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7)) - Math.max(0, Math.floor(lag));
  if (month < 1 || (combinedJanFeb && month === 1)) return null;
  return `${year}-${pad2(month)}`;
}

export interface TaskForceProgress {
  completion: number | null;
  expected: number | null;
}

/**
 * Per task force: the mean completion (each capped at 150%) and mean expected progress over its
 * cumulative, higher-is-better indicators with an approved value and a target > 0 (approved value ÷
 * annual target; expected = phased target ÷ annual target, else month ÷ 12). Ceilings (lower is
 * better), levels, ranks and milestones never enter the mean: they are counted by status.
 */
export function independentProgress(db: Database.Database, competitionId: number, period: string): Map<number, TaskForceProgress> {
  const rows = loadCompetitionRows(db, competitionId, period);
  const pairs = new Map<number, { c: number; e: number }[]>();
  for (const ind of rows.indicators) {
    if (ind.kind !== 'cumulative' || ind.direction === 'lower') continue;
    const eff = effectivePeriod(period, ind.lagMonths, ind.combinedJanFeb);
    const v = eff ? rows.approvedValues.get(`${ind.id}|${eff}`) : undefined;
    const t = ind.annualTarget;
    if (!eff || typeof v !== 'number' || t === null || t <= 0) continue;
    const phased = rows.phasedTargets.get(`${ind.id}|${eff}`);
    const pair = { c: v / t, e: phased !== undefined ? phased / t : Number(eff.slice(5, 7)) / 12 };
    pairs.set(ind.taskForceId, [...(pairs.get(ind.taskForceId) ?? []), pair]);
  }
  return new Map<number, TaskForceProgress>(
    rows.taskForceIds.map((id): [number, TaskForceProgress] => {
      const list = pairs.get(id) ?? [];
      if (list.length === 0) return [id, { completion: null, expected: null }];
      const mean = (f: (p: { c: number; e: number }) => number) => list.reduce((s, p) => s + f(p), 0) / list.length;
      return [id, { completion: mean((p) => Math.min(p.c, 1.5)), expected: mean((p) => p.e) }];
    }),
  );
}

export interface CountyStanding {
  indicatorId: number;
  rank: number;
  total: number;
  /** previous rank − rank; null without a previous period's values. */
  movement: number | null;
}

/**
 * The district's rank among the prefecture's counties for each county-compared indicator of the
 * competition (1 + counties strictly better, direction-aware), on the indicator's effective period,
 * and its movement against the period before; in the slide's order (task force, then indicator).
 */
export function independentCounty(db: Database.Database, competitionId: number, period: string): CountyStanding[] {
  const home = (
    db
      .prepare(`select k.home_region_code as code from competitions c join campaigns k on k.id = c.campaign_id where c.id = ?`)
      .get(competitionId) as { code: string }
  ).code;
  const inds = db
    .prepare(
      `select i.id, i.direction, i.lag_months as lag, i.combined_jan_feb as combined from indicators i join task_forces t on t.id = i.task_force_id
       where t.competition_id = ? and i.has_county_comparison = 1 order by t.sort_order, t.id, i.sort_order, i.id`,
    )
    .all(competitionId) as { id: number; direction: string; lag: number; combined: number }[];
  const valuesOf = db.prepare(`select region_code as code, value from county_values where indicator_id = ? and period = ?`);
  const rankIn = (id: number, p: string, lower: boolean) => {
    const values = valuesOf.all(id, p) as { code: string; value: number }[];
    const own = values.find((v) => v.code === home);
    if (!own) return null;
    return { rank: 1 + values.filter((v) => (lower ? v.value < own.value : v.value > own.value)).length, total: values.length };
  };
  return inds.flatMap((ind) => {
    const eff = effectivePeriod(period, ind.lag, ind.combined === 1);
    if (!eff) return [];
    const now = rankIn(ind.id, eff, ind.direction === 'lower');
    if (!now) return [];
    // No movement in the campaign year's first month (its December belongs to another year).
    const m = Number(eff.slice(5, 7));
    const before = m === 1 ? null : rankIn(ind.id, `${eff.slice(0, 4)}-${pad2(m - 1)}`, ind.direction === 'lower');
    return [{ indicatorId: ind.id, rank: now.rank, total: now.total, movement: before ? before.rank - now.rank : null }];
  });
}

/** "上升2位" / "下降1位" / "持平" / "—" */
export function movementWords(delta: number | null): string {
  if (delta === null) return '—';
  if (delta === 0) return '持平';
  return delta > 0 ? `上升${delta}位` : `下降${-delta}位`;
}
