/** Numbers on chart axes and in tooltips, as officials read them (amounts by formatAmount). */
import { COUNT_UNITS, formatAmount, formatNumber } from '@/lib/format';

const MONEY_UNITS = new Set(['万元', '亿元']);

/** True when the axis ticks carry the unit themselves (amounts), so the axis needs no unit label. */
export function ticksCarryUnit(unit: string): boolean {
  return MONEY_UNITS.has(unit);
}

/**
 * A value-axis tick: an amount in 万元 / 亿元 as formatAmount shows it ('150亿元', '9,000.0万元'),
 * 0 as '0'; any other unit as a plain number (whole numbers and from 100 on without decimals, else
 * one) — the axis is labelled with the unit.
 */
export function axisTick(v: number, unit: string): string {
  if (v === 0) return '0';
  if (ticksCarryUnit(unit)) return formatAmount(v, unit);
  return formatNumber(v, Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : 1);
}

/** True for units that count things (起, 处, 个 …): their value axes have whole ticks only. */
export function wholeTicks(unit: string): boolean {
  return COUNT_UNITS.includes(unit);
}
