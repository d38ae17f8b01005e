/**
 * An independent, deliberately small re-implementation of the documented scoring rules, used by the
 * browser tests to check the numbers on screen against the database rows. It must NOT import
 * lib/metrics: the point is a second opinion written from the documentation (domain rules and the
 * JSDoc of lib/metrics), not a re-run of the engine.
 *
 * Rules (default campaign settings; the score rules are read from the campaign's settings JSON):
 * - Only approved entries count.
 * - Effective period = selected month − lag months; before January ⇒ not due; January of a
 *   1—2月 combined indicator ⇒ not due. Not-due indicators are left out of every mean.
 * - Missing value (or missing target) ⇒ score 0 ("no data" counts).
 * - cumulative: expected fraction = phased target of the effective period ÷ annual target when there
 *   is one, else time progress (month / 12, or days elapsed / days in year in 'day' mode);
 *   expected value = fraction × annual target (= the phased target when there is one);
 *   score = 100 × min(ratio, cap) with ratio = actual / expected (higher is better) or
 *   expected / actual (lower is better: a ceiling; actual ≤ 0 ⇒ cap, even for a ceiling of 0),
 *   never below 0; a negative ceiling cannot be judged (0). Higher is better with a target ≤ 0 or
 *   an expected value ≤ 0: all-or-nothing (100 when the expected value is met, else 0).
 * - level: target = phased target of the effective period, else the annual target; shortfall in
 *   百分点 for '%' (actual − target), else in percent of |target|; score = 100 − penalty × shortfall,
 *   within [0, 100].
 * - rank: the value is a county rank (integer ≥ 1); target = phased target if it is a valid rank,
 *   else the target rank; score = 100 − penalty × places behind, within [0, 100].
 * - milestone: as of the selected period's last day; steps due by then score on time 100 /
 *   late 60 / overdue 0, averaged; none due ⇒ 100; no steps ⇒ no data (0). Lag is ignored.
 * - Every indicator score is rounded to 0.1 half up; task-force score = weighted mean of its
 *   indicator scores rounded to 0.1; competition score = mean of its task-force scores, rounded.
 */
import type Database from 'better-sqlite3';

export interface ScoreRules {
  cumulativeCap: number;
  levelPenaltyPerPoint: number;
  rankPenaltyPerPlace: number;
  milestoneOnTime: number;
  milestoneLate: number;
  milestoneOverdue: number;
}

export const DOCUMENTED_RULES: ScoreRules = {
  cumulativeCap: 1.2,
  levelPenaltyPerPoint: 10,
  rankPenaltyPerPlace: 10,
  milestoneOnTime: 100,
  milestoneLate: 60,
  milestoneOverdue: 0,
};

export interface IndicatorRow {
  id: number;
  taskForceId: number;
  kind: string;
  direction: string;
  unit: string;
  annualTarget: number | null;
  targetRank: number | null;
  weight: number;
  lagMonths: number;
  combinedJanFeb: boolean;
}

export interface CompetitionRows {
  competitionId: number;
  name: string;
  taskForceIds: number[];
  indicators: IndicatorRow[];
  /** Approved values only, keyed `${indicatorId}|${period}`. */
  approvedValues: Map<string, number | null>;
  /** Phased targets keyed `${indicatorId}|${period}`. */
  phasedTargets: Map<string, number>;
  steps: Map<number, { planned: string; done: string | null }[]>;
  rules: ScoreRules;
  timeProgressMode: 'month' | 'day';
}

export interface IndependentResult {
  score: number | null;
  taskForces: { id: number; score: number | null }[];
  indicators: { id: number; kind: string; effectivePeriod: string | null; value: number | null; score: number | null }[];
}

/** Round to one decimal, half up (scores are never negative here). */
export function roundHalfUp1(x: number): number {
  return Math.floor(x * 10 + 0.5 + 1e-7) / 10;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function timeProgress(year: number, month: number, mode: 'month' | 'day'): number {
  if (mode === 'month') return month / 12;
  let days = 0;
  for (let m = 1; m <= month; m++) days += monthDays(year, m);
  return days / (isLeap(year) ? 366 : 365);
}

function cumulativeScore(
  ind: IndicatorRow,
  actual: number,
  effYear: number,
  effMonth: number,
  phased: number | undefined,
  rows: CompetitionRows,
): number {
  const target = ind.annualTarget as number;
  let expectedValue: number;
  if (phased !== undefined && target !== 0) expectedValue = phased;
  else expectedValue = timeProgress(effYear, effMonth, rows.timeProgressMode) * target;
  const higher = ind.direction !== 'lower';
  if (!higher) {
    if (target < 0) return 0;
    const cap = rows.rules.cumulativeCap;
    return roundHalfUp1(100 * Math.max(0, Math.min(actual <= 0 ? cap : expectedValue / actual, cap)));
  }
  if (target > 0 && expectedValue > 0) {
    return roundHalfUp1(100 * Math.max(0, Math.min(actual / expectedValue, rows.rules.cumulativeCap)));
  }
  return actual >= expectedValue ? 100 : 0;
}

function levelScore(ind: IndicatorRow, actual: number, phased: number | undefined, rows: CompetitionRows): number | 'no_target' {
  const target = phased ?? ind.annualTarget;
  if (target === null || target === undefined) return 'no_target';
  const sign = ind.direction === 'lower' ? -1 : 1;
  const percent = ['%', '％', '百分点'].includes(ind.unit.trim());
  let gap: number;
  if (percent) gap = sign * (actual - target);
  else if (target === 0) return sign * (actual - target) >= 0 ? 100 : 0;
  else gap = (sign * 100 * (actual - target)) / Math.abs(target);
  const shortfall = Math.max(0, -gap);
  return roundHalfUp1(Math.min(100, Math.max(0, 100 - rows.rules.levelPenaltyPerPoint * shortfall)));
}

function milestoneScore(steps: { planned: string; done: string | null }[], asOf: string, rules: ScoreRules): number {
  if (steps.length === 0) return 0; // no steps: no data
  const due = steps.filter((s) => s.planned <= asOf);
  if (due.length === 0) return 100;
  const points = due.map((s) => {
    if (s.done === null || s.done > asOf) return rules.milestoneOverdue;
    return s.done <= s.planned ? rules.milestoneOnTime : rules.milestoneLate;
  });
  return roundHalfUp1(points.reduce((a, b) => a + b, 0) / due.length);
}

/** Scores one indicator for `period` ('YYYY-MM'); null = not due. */
export function scoreIndicator(
  ind: IndicatorRow,
  period: string,
  rows: CompetitionRows,
): { effectivePeriod: string | null; value: number | null; score: number | null } {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  if (ind.kind === 'milestone') {
    const asOf = `${period}-${pad2(monthDays(year, month))}`;
    return { effectivePeriod: period, value: null, score: milestoneScore(rows.steps.get(ind.id) ?? [], asOf, rows.rules) };
  }
  const effMonth = month - Math.max(0, Math.floor(ind.lagMonths));
  if (effMonth < 1 || (ind.combinedJanFeb && effMonth === 1)) return { effectivePeriod: null, value: null, score: null };
  const eff = `${year}-${pad2(effMonth)}`;
  const raw = rows.approvedValues.get(`${ind.id}|${eff}`);
  const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  if (value === null) return { effectivePeriod: eff, value: null, score: 0 };
  const phased = rows.phasedTargets.get(`${ind.id}|${eff}`);
  let score: number;
  if (ind.kind === 'cumulative') {
    score = ind.annualTarget === null ? 0 : cumulativeScore(ind, value, year, effMonth, phased, rows);
  } else if (ind.kind === 'level') {
    const s = levelScore(ind, value, phased, rows);
    score = s === 'no_target' ? 0 : s;
  } else if (ind.kind === 'rank') {
    const validRank = (r: number | null | undefined): r is number => typeof r === 'number' && Number.isInteger(r) && r >= 1;
    const target = validRank(phased) ? phased : validRank(ind.targetRank) ? ind.targetRank : null;
    if (!validRank(value) || target === null) score = 0;
    else score = roundHalfUp1(Math.min(100, Math.max(0, 100 - rows.rules.rankPenaltyPerPlace * Math.max(0, value - target))));
  } else {
    score = 0;
  }
  return { effectivePeriod: eff, value, score };
}

/** The competition's score for `period` from its rows, with the task-force and indicator scores behind it. */
export function scoreCompetition(rows: CompetitionRows, period: string): IndependentResult {
  const indicators = rows.indicators.map((ind) => ({ id: ind.id, kind: ind.kind, ...scoreIndicator(ind, period, rows) }));
  const taskForces = rows.taskForceIds.map((tfId) => {
    let sumW = 0;
    let sum = 0;
    rows.indicators.forEach((ind, k) => {
      const s = indicators[k]!.score;
      if (ind.taskForceId !== tfId || s === null || !(ind.weight > 0)) return;
      sumW += ind.weight;
      sum += ind.weight * s;
    });
    return { id: tfId, score: sumW > 0 ? roundHalfUp1(sum / sumW) : null };
  });
  const scored = taskForces.map((t) => t.score).filter((s): s is number => s !== null);
  const score = scored.length ? roundHalfUp1(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
  return { score, taskForces, indicators };
}

type Num = number | null;

/** Reads everything one competition's score depends on, straight from the tables. */
export function loadCompetitionRows(db: Database.Database, competitionId: number, period: string): CompetitionRows {
  const comp = db
    .prepare(`select c.name, k.settings from competitions c join campaigns k on k.id = c.campaign_id where c.id = ?`)
    .get(competitionId) as { name: string; settings: string } | undefined;
  if (!comp) throw new Error(`competition ${competitionId} not found`);
  let settings: { timeProgressMode?: unknown; scoreRules?: Partial<Record<keyof ScoreRules, unknown>> } = {};
  try {
    settings = JSON.parse(comp.settings) as typeof settings;
  } catch {
    settings = {};
  }
  const rules: ScoreRules = { ...DOCUMENTED_RULES };
  for (const key of Object.keys(rules) as (keyof ScoreRules)[]) {
    const v = settings.scoreRules?.[key];
    if (typeof v === 'number' && Number.isFinite(v)) rules[key] = v;
  }
  const taskForceIds = (
    db.prepare(`select id from task_forces where competition_id = ? order by sort_order, id`).all(competitionId) as { id: number }[]
  ).map((r) => r.id);
  const indicators = (
    db
      .prepare(
        `select i.id, i.task_force_id as taskForceId, i.kind, i.direction, i.unit, i.annual_target as annualTarget,
                i.target_rank as targetRank, i.weight, i.lag_months as lagMonths, i.combined_jan_feb as combinedJanFeb
         from indicators i join task_forces t on t.id = i.task_force_id where t.competition_id = ? order by i.id`,
      )
      .all(competitionId) as (Omit<IndicatorRow, 'combinedJanFeb'> & { combinedJanFeb: number })[]
  ).map((r) => ({ ...r, combinedJanFeb: r.combinedJanFeb === 1 }));
  const ids = indicators.map((i) => i.id);
  const inList = ids.length ? ids.join(',') : '-1';
  const approvedValues = new Map<string, Num>();
  const year = period.slice(0, 4);
  for (const e of db
    .prepare(
      `select indicator_id as id, period, value from progress_entries where status = 'approved' and period >= ? and period <= ? and indicator_id in (${inList})`,
    )
    .all(`${year}-01`, period) as { id: number; period: string; value: Num }[]) {
    approvedValues.set(`${e.id}|${e.period}`, e.value);
  }
  const phasedTargets = new Map<string, number>();
  for (const p of db.prepare(`select indicator_id as id, period, target from phased_targets where indicator_id in (${inList})`).all() as {
    id: number;
    period: string;
    target: number;
  }[]) {
    phasedTargets.set(`${p.id}|${p.period}`, p.target);
  }
  const steps = new Map<number, { planned: string; done: string | null }[]>();
  for (const s of db
    .prepare(`select indicator_id as id, planned_date as planned, done_date as done from indicator_steps where indicator_id in (${inList})`)
    .all() as {
    id: number;
    planned: string;
    done: string | null;
  }[]) {
    const list = steps.get(s.id) ?? [];
    list.push({ planned: s.planned.slice(0, 10), done: s.done === null ? null : s.done.slice(0, 10) });
    steps.set(s.id, list);
  }
  return {
    competitionId,
    name: comp.name,
    taskForceIds,
    indicators,
    approvedValues,
    phasedTargets,
    steps,
    rules,
    timeProgressMode: settings.timeProgressMode === 'day' ? 'day' : 'month',
  };
}

/** Convenience: load and score. */
export function independentCompetitionScore(
  db: Database.Database,
  competitionId: number,
  period: string,
): IndependentResult & { name: string } {
  const rows = loadCompetitionRows(db, competitionId, period);
  return { name: rows.name, ...scoreCompetition(rows, period) };
}

/**
 * The competition of the period that exercises the most rules (kinds, lower-is-better, lag,
 * phased targets, weights, entries not yet approved), so the check covers as much as it can.
 * Ties go to the first in display order.
 */
export function pickCompetition(db: Database.Database, period: string): { id: number; name: string } {
  const rows = db
    .prepare(
      `select c.id, c.name,
         count(distinct i.kind) as kinds,
         max(i.direction = 'lower') as lower,
         max(i.lag_months > 0) as lag,
         max(i.weight <> 1) as weighted,
         max(i.kind = 'level' and i.unit not in ('%', '％', '百分点')) as levelNonPercent,
         max(exists (select 1 from phased_targets p where p.indicator_id = i.id and p.period = ?)) as phased,
         max(exists (select 1 from progress_entries e where e.indicator_id = i.id and e.period = ? and e.status <> 'approved')) as unapproved
       from competitions c join task_forces t on t.competition_id = c.id join indicators i on i.task_force_id = t.id
       join campaigns k on k.id = c.campaign_id
       where k.year = ?
       group by c.id order by c.sort_order, c.id`,
    )
    .all(period, period, Number(period.slice(0, 4))) as ({ id: number; name: string; kinds: number } & Record<string, number>)[];
  if (rows.length === 0) throw new Error(`no competition for ${period}`);
  const coverage = (r: (typeof rows)[number]) => r.kinds + r.lower! + r.lag! + r.weighted! + r.levelNonPercent! + r.phased! + r.unapproved!;
  let best = rows[0]!;
  for (const r of rows) if (coverage(r) > coverage(best)) best = r;
  return { id: best.id, name: best.name };
}
