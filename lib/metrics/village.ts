/**
 * Village business figures 村庄经营: what a village's ventures achieved (households benefited,
 * income before and after) and the comparison across villages and townships, with rankings.
 * Pure: the caller passes approved figures; roles come from the metric catalogue.
 */

import { isFiniteNumber } from './numbers';
import { rankByScore } from './ranking';

export type VillageRole =
  | 'price_ours'
  | 'price_market'
  | 'output_share'
  | 'households'
  | 'income_before'
  | 'income_after'
  | 'revenue'
  | 'owner_share'
  | 'owner_income'
  | 'investment';

/** One figure of one venture's metric for one period (`YYYY` or `YYYY-MM`). */
export interface VillageFigure {
  ventureId: number;
  metricKey: string;
  metricName: string;
  unit: string;
  role: VillageRole | null;
  compareGroup: string | null;
  period: string;
  value: number;
  /** 近, 余, 多, 以上, 超, 约 …: the figure is approximate. */
  qualifier: string | null;
}

/**
 * The latest figure of each (venture, metric), periods compared as text: '2019-12' < '2020' <
 * '2020-01' (a year's own figure comes before its months). Periods of one (venture, metric) are
 * unique, so there are no ties.
 */
export function latestFigures<F extends VillageFigure>(figures: F[]): F[] {
  const latest = new Map<string, F>();
  for (const f of figures) {
    const key = `${f.ventureId}|${f.metricKey}`;
    const seen = latest.get(key);
    if (!seen || f.period > seen.period) latest.set(key, f);
  }
  return [...latest.values()];
}

export interface VillageOutcome {
  /** Sum of the latest 户 figures with role households; null when none. */
  households: number | null;
  householdsApproximate: boolean;
  /** The approximation word of the one figure summed (50多户), '约' for a sum of approximate ones, or null. */
  householdsQualifier: string | null;
  /** The income pair of one venture: before (role income_before) and after (role income_after). */
  incomeBefore: VillageFigure | null;
  incomeAfter: VillageFigure | null;
  /** after / before − 1, a fraction; null without both, with different units, or before ≤ 0. */
  growth: number | null;
  /** Either figure of the pair is approximate (近, 余, 多 …). */
  growthApproximate: boolean;
}

/** Households benefited and income growth of one village, from its ventures' approved figures. */
export function villageOutcome(figures: VillageFigure[]): VillageOutcome {
  const latest = latestFigures(figures);
  const households = latest.filter((f) => f.role === 'households' && isFiniteNumber(f.value));
  const ventures = [...new Set(latest.map((f) => f.ventureId))];
  let before: VillageFigure | null = null;
  let after: VillageFigure | null = null;
  for (const v of ventures) {
    const b = latest.find((f) => f.ventureId === v && f.role === 'income_before');
    const a = latest.find((f) => f.ventureId === v && f.role === 'income_after');
    if (b && a) {
      before = b;
      after = a;
      break;
    }
  }
  const growth = before && after && before.unit === after.unit && before.value > 0 ? after.value / before.value - 1 : null;
  return {
    households: households.length ? households.reduce((n, f) => n + f.value, 0) : null,
    householdsApproximate: households.some((f) => f.qualifier !== null),
    householdsQualifier: households.length === 1 ? households[0]!.qualifier : households.some((f) => f.qualifier !== null) ? '约' : null,
    incomeBefore: before,
    incomeAfter: after,
    growth: isFiniteNumber(growth) ? growth : null,
    growthApproximate: Boolean(before?.qualifier || after?.qualifier),
  };
}

export interface VillageInput {
  id: number;
  name: string;
  townshipId: number;
  townshipName: string;
  figures: VillageFigure[];
}

export interface RankedVillage extends VillageOutcome {
  id: number;
  name: string;
  townshipId: number;
  townshipName: string;
  householdsRank: number | null;
  growthRank: number | null;
}

export interface RankedTownship {
  id: number;
  name: string;
  /** Villages with any figure. */
  villages: number;
  households: number | null;
  /** Unweighted mean of its villages' growth (村均增收幅度); null when none has one. */
  growth: number | null;
  householdsRank: number | null;
  growthRank: number | null;
}

const rankMap = <T extends { id: number }>(items: T[], score: (t: T) => number | null) =>
  new Map(rankByScore(items, score).map((r) => [r.item.id, r.rank]));

/**
 * The comparison across villages and townships: households benefited and income growth, each
 * ranked by standard competition ranking (1, 2, 2, 4; higher is better; growth compared in
 * percent to 0.1, as shown). Villages without the figure are unranked (null), listed last.
 */
export function compareVillages(input: VillageInput[]): { villages: RankedVillage[]; townships: RankedTownship[] } {
  const outcomes = input.filter((v) => v.figures.length > 0).map((v) => ({ ...v, ...villageOutcome(v.figures) }));
  const hRank = rankMap(outcomes, (v) => v.households);
  const gRank = rankMap(outcomes, (v) => (v.growth === null ? null : v.growth * 100));
  const villages = outcomes.map(({ figures: _f, ...v }) => ({
    ...v,
    householdsRank: hRank.get(v.id) ?? null,
    growthRank: gRank.get(v.id) ?? null,
  }));
  const byTownship = new Map<number, RankedVillage[]>();
  for (const v of villages) byTownship.set(v.townshipId, [...(byTownship.get(v.townshipId) ?? []), v]);
  const towns = [...byTownship.entries()].map(([id, vs]) => {
    const hh = vs.filter((v) => v.households !== null);
    const gr = vs.filter((v) => v.growth !== null);
    return {
      id,
      name: vs[0]!.townshipName,
      villages: vs.length,
      households: hh.length ? hh.reduce((n, v) => n + v.households!, 0) : null,
      growth: gr.length ? gr.reduce((n, v) => n + v.growth!, 0) / gr.length : null,
    };
  });
  const thRank = rankMap(towns, (t) => t.households);
  const tgRank = rankMap(towns, (t) => (t.growth === null ? null : t.growth * 100));
  return {
    villages,
    townships: towns.map((t) => ({ ...t, householdsRank: thRank.get(t.id) ?? null, growthRank: tgRank.get(t.id) ?? null })),
  };
}
