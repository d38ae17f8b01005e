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

/** Creates a meeting with the one-click default slides (on `period` when given, e.g. '2020-01'); returns its id. */
export async function createDefaultMeeting(page: Page, title?: string, period?: string): Promise<number> {
  await page.goto('/meetings/new');
  await page.getByRole('button', { name: /使用默认幻灯片/ }).click();
  if (title) await page.getByLabel('会议名称').fill(title);
  if (period) await page.getByRole('form', { name: '新建会议' }).getByLabel('统计期').selectOption(period);
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

export type GroupStatus = 'ahead' | 'behind' | 'lagging' | 'no_data' | null;

export interface TaskForceProgress {
  completion: number | null;
  expected: number | null;
  /** Against the 应完成 line; null when the group has no higher-is-better cumulative indicator. */
  status: GroupStatus;
  /** Indicators averaged. */
  count: number;
}

/** The campaign's cumulative tolerance in 百分点 (settings JSON, default 5). */
function tolerancePp(db: Database.Database, competitionId: number): number {
  const row = db
    .prepare(`select k.settings from competitions c join campaigns k on k.id = c.campaign_id where c.id = ?`)
    .get(competitionId) as { settings: string };
  try {
    const v = (JSON.parse(row.settings) as { tolerancePp?: unknown }).tolerancePp;
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 5;
  } catch {
    return 5;
  }
}

function judge(list: { c: number; e: number }[], eligible: number, tolerance: number): TaskForceProgress {
  if (list.length === 0) return { completion: null, expected: null, status: eligible ? 'no_data' : null, count: 0 };
  const mean = (f: (p: { c: number; e: number }) => number) => list.reduce((s, p) => s + f(p), 0) / list.length;
  const completion = mean((p) => Math.min(p.c, 1.5));
  const expected = mean((p) => p.e);
  const gap = (completion - expected) * 100;
  const status = gap >= -1e-9 ? 'ahead' : gap >= -tolerance - 1e-9 ? 'behind' : 'lagging';
  return { completion, expected, status, count: list.length };
}

/**
 * Per task force and for the competition as a whole: the mean completion (each capped at 150%) and
 * mean expected progress over the cumulative, higher-is-better indicators with an approved value and
 * a target > 0 (approved value ÷ annual target; expected = phased target ÷ annual target, else
 * month ÷ 12), judged against that 应完成 line with the campaign's tolerance. Ceilings (lower is
 * better), levels, ranks and milestones never enter the mean: a group without any higher-is-better
 * cumulative indicator has status null (it is counted by status instead).
 */
export function independentGroups(
  db: Database.Database,
  competitionId: number,
  period: string,
): { taskForces: Map<number, TaskForceProgress>; competition: TaskForceProgress } {
  const rows = loadCompetitionRows(db, competitionId, period);
  const tolerance = tolerancePp(db, competitionId);
  const pairs = new Map<number, { c: number; e: number }[]>();
  const eligible = new Map<number, number>();
  for (const ind of rows.indicators) {
    if (ind.kind !== 'cumulative' || ind.direction === 'lower') continue;
    eligible.set(ind.taskForceId, (eligible.get(ind.taskForceId) ?? 0) + 1);
    const eff = effectivePeriod(period, ind.lagMonths, ind.combinedJanFeb);
    const v = eff ? rows.approvedValues.get(`${ind.id}|${eff}`) : undefined;
    const t = ind.annualTarget;
    if (!eff || typeof v !== 'number' || t === null || t <= 0) continue;
    const phased = rows.phasedTargets.get(`${ind.id}|${eff}`);
    const pair = { c: v / t, e: phased !== undefined ? phased / t : Number(eff.slice(5, 7)) / 12 };
    pairs.set(ind.taskForceId, [...(pairs.get(ind.taskForceId) ?? []), pair]);
  }
  const all = rows.taskForceIds.flatMap((id) => pairs.get(id) ?? []);
  const allEligible = rows.taskForceIds.reduce((n, id) => n + (eligible.get(id) ?? 0), 0);
  return {
    taskForces: new Map(rows.taskForceIds.map((id) => [id, judge(pairs.get(id) ?? [], eligible.get(id) ?? 0, tolerance)])),
    competition: judge(all, allEligible, tolerance),
  };
}

/** Per task force: see {@link independentGroups}. */
export function independentProgress(db: Database.Database, competitionId: number, period: string): Map<number, TaskForceProgress> {
  return independentGroups(db, competitionId, period).taskForces;
}

const STATUS_WORDS = { ahead: '达到序时', behind: '略滞后', lagging: '严重滞后', no_data: '未报送' } as const;

/** The status word of a group ("达到序时"), or "按状态计数" for one with nothing to average. */
export function statusWords(status: GroupStatus): string {
  return status === null ? '按状态计数' : STATUS_WORDS[status];
}

/**
 * The gap of a group against its 应完成 line in the documented words — the fact, then the
 * judgement: "慢于应完成进度12.0个百分点（严重滞后）", "与应完成进度持平（达到序时）" — 1 decimal, half up.
 * null when there is no gap to state (nothing averaged).
 */
export function groupGapWords(p: TaskForceProgress): string | null {
  if (p.status === null || p.completion === null || p.expected === null) return null;
  const gap = (p.completion - p.expected) * 100;
  const amount = (Math.round(Math.abs(gap) * 10 + 1e-7) / 10).toFixed(1);
  const fact = amount === '0.0' ? '与应完成进度持平' : `${gap > 0 ? '快于' : '慢于'}应完成进度${amount}个百分点`;
  return `${fact}（${STATUS_WORDS[p.status]}）`;
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
