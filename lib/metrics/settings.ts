/**
 * Campaign settings that drive the computations (time progress, tolerances, score rules, lists).
 * They are stored per campaign as JSON; {@link parseSettings} turns whatever is stored into a
 * complete, valid {@link CampaignSettings}.
 */

import { isFiniteNumber } from './numbers';

export type TimeProgressMode = 'month' | 'day';

export interface ScoreRules {
  /** Cap on the ratio actual / expected for cumulative indicators (1.2 ⇒ at most 120 points). */
  cumulativeCap: number;
  /** Points deducted per 百分点 short for level indicators. */
  levelPenaltyPerPoint: number;
  /** Points deducted per place behind the target rank for rank indicators. */
  rankPenaltyPerPlace: number;
  /** Points for a milestone step done on or before its planned date. */
  milestoneOnTime: number;
  /** Points for a milestone step done after its planned date (but by the period end). */
  milestoneLate: number;
  /** Points for a milestone step due by the period end and not done. */
  milestoneOverdue: number;
}

export interface CampaignSettings {
  timeProgressMode: TimeProgressMode;
  tolerancePp: number;
  levelTolerancePp: number;
  toleranceRanks: number;
  scoreRules: ScoreRules;
  colourScheme: 'warning' | 'honour';
  honourListSize: number;
  warningScoreBelow: number;
}

const DEFAULT_SCORE_RULES: ScoreRules = Object.freeze({
  cumulativeCap: 1.2,
  levelPenaltyPerPoint: 10,
  rankPenaltyPerPlace: 10,
  milestoneOnTime: 100,
  milestoneLate: 60,
  milestoneOverdue: 0,
});

/** The defaults of the domain specification. Frozen: copy before changing. */
export const DEFAULT_SETTINGS: CampaignSettings = Object.freeze({
  timeProgressMode: 'month',
  tolerancePp: 5,
  levelTolerancePp: 1,
  toleranceRanks: 1,
  scoreRules: DEFAULT_SCORE_RULES,
  colourScheme: 'warning',
  honourListSize: 5,
  warningScoreBelow: 60,
});

/** The name of each field of the settings form (活动设置), as the form posts it. */
export type SettingsFormField = Exclude<keyof CampaignSettings, 'scoreRules'> | keyof ScoreRules;

/** `settings` as the strings the settings form holds: its prefilled values, and what it posts unchanged. */
export function settingsFormValues(settings: CampaignSettings): Record<SettingsFormField, string> {
  const { scoreRules, ...rest } = settings;
  const flat: Record<string, string | number> = { ...rest, ...scoreRules };
  return Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, String(v)])) as Record<SettingsFormField, string>;
}

type Check = (n: number) => boolean;

const nonNegative: Check = (n) => n >= 0;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A finite number, or a non-empty string holding one (form values); otherwise null. */
function toNumber(x: unknown): number | null {
  if (isFiniteNumber(x)) return x;
  if (typeof x === 'string' && x.trim() !== '') {
    const n = Number(x);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function num(x: unknown, fallback: number, ok: Check): number {
  const n = toNumber(x);
  return n !== null && ok(n) ? n : fallback;
}

function parseScoreRules(x: unknown): ScoreRules {
  const r = isRecord(x) ? x : {};
  const d = DEFAULT_SCORE_RULES;
  const points: Check = (n) => n >= 0 && n <= 100;
  return {
    cumulativeCap: num(r.cumulativeCap, d.cumulativeCap, (n) => n >= 1 && n <= 10),
    levelPenaltyPerPoint: num(r.levelPenaltyPerPoint, d.levelPenaltyPerPoint, nonNegative),
    rankPenaltyPerPlace: num(r.rankPenaltyPerPlace, d.rankPenaltyPerPlace, nonNegative),
    milestoneOnTime: num(r.milestoneOnTime, d.milestoneOnTime, points),
    milestoneLate: num(r.milestoneLate, d.milestoneLate, points),
    milestoneOverdue: num(r.milestoneOverdue, d.milestoneOverdue, points),
  };
}

/**
 * Leniently parses stored campaign settings. Never throws.
 *
 * - Accepts an object or a JSON string holding one; anything else yields a copy of the defaults.
 * - Each field is validated on its own; a missing or invalid field takes its default, valid
 *   siblings are kept. Numbers may also be given as numeric strings ("5").
 * - Valid ranges (outside ⇒ default): tolerances ≥ 0; `cumulativeCap` in [1, 10] (below 1 a fully
 *   met level indicator would exceed the cap); penalties ≥ 0; milestone points in [0, 100];
 *   `honourListSize` ≥ 0 (fractions are floored); `warningScoreBelow` any finite number.
 * - Always returns a fresh object (never the frozen {@link DEFAULT_SETTINGS} itself).
 */
export function parseSettings(json: unknown): CampaignSettings {
  let raw: unknown = json;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      raw = null;
    }
  }
  const s = isRecord(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    timeProgressMode: s.timeProgressMode === 'day' || s.timeProgressMode === 'month' ? s.timeProgressMode : d.timeProgressMode,
    tolerancePp: num(s.tolerancePp, d.tolerancePp, nonNegative),
    levelTolerancePp: num(s.levelTolerancePp, d.levelTolerancePp, nonNegative),
    toleranceRanks: num(s.toleranceRanks, d.toleranceRanks, nonNegative),
    scoreRules: parseScoreRules(s.scoreRules),
    colourScheme: s.colourScheme === 'honour' || s.colourScheme === 'warning' ? s.colourScheme : d.colourScheme,
    honourListSize: Math.floor(num(s.honourListSize, d.honourListSize, (n) => n >= 0 && n <= 1e6)),
    warningScoreBelow: num(s.warningScoreBelow, d.warningScoreBelow, () => true),
  };
}
