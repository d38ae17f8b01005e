/**
 * The cross-surface figure book: every surface reads its figures off its own output (a page, a
 * slide, a file) and writes them here under one key per object and quantity
 * ("competition/3/score"); the spec then asserts that every key reads the same on every surface
 * that shows it, and that each surface did show what it must (a reader that finds nothing fails).
 */
import { expect } from '@playwright/test';

/** 'district' (id 0) holds the headline figures of the whole campaign. */
export type Entity = 'district' | 'competition' | 'task-force' | 'indicator';

/** The quantities compared. Group ones are read as numbers or fixed words; indicator ones as shown. */
export type Quantity =
  | 'score'
  | 'rank'
  | 'movement'
  | 'completion'
  | 'expected'
  | 'status'
  | 'gap'
  | 'counts'
  | 'figure'
  | 'county-rank'
  | 'actual'
  | 'total'
  | 'county'
  | 'time-progress';

export const key = (entity: Entity, id: number, q: Quantity) => `${entity}/${id}/${q}`;

export class FigureBook {
  /** key → surface → value as normalised by the reader. */
  private readonly values = new Map<string, Map<string, string>>();

  /** Records what `surface` shows for `entity id`'s quantity `q`; a surface reading one key twice must agree with itself. */
  add(surface: string, entity: Entity, id: number, q: Quantity, value: string): void {
    const k = key(entity, id, q);
    const bySurface = this.values.get(k) ?? new Map<string, string>();
    const before = bySurface.get(surface);
    if (before !== undefined && before !== value) bySurface.set(surface, `${before} | ${value}`);
    else bySurface.set(surface, value);
    this.values.set(k, bySurface);
  }

  surfacesOf(entity: Entity, id: number, q: Quantity): string[] {
    return [...(this.values.get(key(entity, id, q))?.keys() ?? [])].sort();
  }

  /** Every surface that read anything. */
  surfaces(): string[] {
    return [...new Set([...this.values.values()].flatMap((m) => [...m.keys()]))].sort();
  }

  keys(): string[] {
    return [...this.values.keys()];
  }

  dump(): Record<string, Record<string, string>> {
    return Object.fromEntries([...this.values].map(([k, m]) => [k, Object.fromEntries(m)]));
  }

  /** Number of (key, surface) readings. */
  readings(): number {
    return [...this.values.values()].reduce((n, m) => n + m.size, 0);
  }

  /**
   * Soft-asserts that each key reads the same on every surface: the expected object carries the
   * value most surfaces show, so the diff names the surface that computed its own.
   * Returns the keys that disagree.
   */
  expectAgreement(): string[] {
    const bad: string[] = [];
    for (const [k, bySurface] of this.values) {
      const shown = Object.fromEntries([...bySurface].sort(([a], [b]) => a.localeCompare(b)));
      const tally = new Map<string, number>();
      for (const v of bySurface.values()) tally.set(v, (tally.get(v) ?? 0) + 1);
      const majority = [...tally].sort((a, b) => b[1] - a[1])[0]![0];
      const same = Object.fromEntries(Object.keys(shown).map((s) => [s, majority]));
      if (tally.size > 1) bad.push(k);
      expect.soft(shown, `${k}: the same figure on every surface`).toEqual(same);
    }
    return bad;
  }
}
