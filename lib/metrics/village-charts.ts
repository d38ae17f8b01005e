/**
 * The figures behind a village's story charts: our price vs the market's, the share of output
 * bought, and how revenue was shared. Pure; figures are approved ones, roles from the catalogue.
 */

import { isFiniteNumber } from './numbers';
import { latestFigures, type VillageFigure } from './village';

export interface PriceGroup<F extends VillageFigure> {
  /** The catalogue's compareGroup (茶青, 干茶), or the metric name when it has none. */
  group: string;
  unit: string;
  /** Figures of role price_ours, every period, oldest first. */
  ours: F[];
  /** Figures of role price_market (the market's, or the price before), every period, oldest first. */
  market: F[];
}

/**
 * Prices by compare group: every approved figure of role price_ours and price_market, in their
 * periods (a price rising over the years is part of the story). A group needs one price of each
 * side to be compared; groups mixing units keep the first figure's unit and drop the others.
 */
export function priceGroups<F extends VillageFigure>(figures: F[]): PriceGroup<F>[] {
  const groups = new Map<string, PriceGroup<F>>();
  const sorted = [...figures].sort((a, b) => a.period.localeCompare(b.period));
  for (const f of sorted) {
    if (f.role !== 'price_ours' && f.role !== 'price_market') continue;
    const name = f.compareGroup ?? f.metricName;
    const g = groups.get(name) ?? { group: name, unit: f.unit, ours: [], market: [] };
    groups.set(name, g);
    if (f.unit !== g.unit) continue;
    (f.role === 'price_ours' ? g.ours : g.market).push(f);
  }
  return [...groups.values()].filter((g) => g.ours.length > 0 && g.market.length > 0);
}

export interface OutputShare<F extends VillageFigure> {
  figure: F;
  /** Percent bought (0–100, clamped) and the rest. */
  bought: number;
  rest: number;
}

/** The share of the village's output the operator bought (role output_share, unit %), latest per venture. */
export function outputShares<F extends VillageFigure>(figures: F[]): OutputShare<F>[] {
  return latestFigures(figures)
    .filter((f) => f.role === 'output_share' && f.unit === '%' && isFiniteNumber(f.value))
    .map((figure) => {
      const bought = Math.min(100, Math.max(0, figure.value));
      return { figure, bought, rest: 100 - bought };
    });
}

export interface RevenueShare<F extends VillageFigure> {
  revenue: F;
  rate: F;
  /** The owner's income as reported (role owner_income), if any. */
  ownerIncome: F | null;
  /** revenue × rate / 100, in the revenue's unit. */
  ownerAmount: number;
  /** revenue − ownerAmount: what stays with the operator and the staff. */
  othersAmount: number;
}

/**
 * How a venture's revenue was shared: its latest revenue (role revenue) and the owner's rate
 * (role owner_share, %, clamped to 0–100), with the owner's reported income beside the computed
 * share (the page prints both: 1.3万余元 and 60%, "将近8000元"). One per venture with both.
 */
export function revenueShares<F extends VillageFigure>(figures: F[]): RevenueShare<F>[] {
  const latest = latestFigures(figures);
  const ventures = [...new Set(latest.map((f) => f.ventureId))];
  return ventures.flatMap((v) => {
    const revenue = latest.find((f) => f.ventureId === v && f.role === 'revenue');
    const rate = latest.find((f) => f.ventureId === v && f.role === 'owner_share' && f.unit === '%');
    if (!revenue || !rate || !isFiniteNumber(revenue.value) || !isFiniteNumber(rate.value)) return [];
    const share = Math.min(100, Math.max(0, rate.value)) / 100;
    const ownerAmount = revenue.value * share;
    return [
      {
        revenue,
        rate,
        ownerIncome: latest.find((f) => f.ventureId === v && f.role === 'owner_income') ?? null,
        ownerAmount,
        othersAmount: revenue.value - ownerAmount,
      },
    ];
  });
}
