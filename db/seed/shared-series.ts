import type { SeededIndicator } from './campaign';
import { countyValues } from './values';

/** A statistic: one series of figures however many task forces list it (same name, same unit). */
export function seriesKey(ind: Pick<SeededIndicator, 'name' | 'unit'>): string {
  return `${ind.name}|${ind.unit}`;
}

/**
 * Shared statistics, drawn once: the figures (and county values) of a statistic listed by several
 * task forces are those drawn for its last-listed indicator, so 固定资产投资 reads the same under
 * every task force that lists it. (The last one: this keeps the figures the demo has long been
 * quoted with, e.g. 城镇登记失业率 2.67% in 2020-09.) Everything else — targets, whether and when
 * each task force reported — stays its own.
 */
export class SharedSeries {
  private readonly values = new Map<string, number>();
  private readonly factors = new Map<string, number[]>();
  private readonly owner = new Map<string, SeededIndicator>();

  drawn(ind: SeededIndicator, period: string, value: number, factors: number[] | null): void {
    const key = seriesKey(ind);
    this.owner.set(key, ind);
    this.values.set(`${key}|${period}`, value);
    if (factors) this.factors.set(`${key}|${period}`, factors);
  }

  value(ind: SeededIndicator, period: string): number {
    return this.values.get(`${seriesKey(ind)}|${period}`)!;
  }

  /** The six counties' values of the statistic, month by month (periods ascending, one year). */
  county(ind: SeededIndicator, periodsOfYear: string[], bias: number[]): Map<string, number[]> {
    const key = seriesKey(ind);
    const owner = this.owner.get(key)!;
    const out = new Map<string, number[]>();
    let previous: number[] | null = null;
    for (const p of periodsOfYear) {
      const f = this.factors.get(`${key}|${p}`);
      if (!f) continue;
      previous = countyValues(owner, this.value(ind, p), bias, f, previous);
      out.set(p, previous);
    }
    return out;
  }
}
