import { describe, expect, it } from 'vitest';
import { formatMovement, formatRank, movementArrow } from './rank';

const BAD = [null, undefined, Number.NaN, Infinity, -Infinity] as const;

describe('formatMovement', () => {
  it('describes movement', () => {
    expect(formatMovement(2)).toBe('上升2位');
    expect(formatMovement(-1)).toBe('下降1位');
    expect(formatMovement(0)).toBe('持平');
    expect(formatMovement(-0)).toBe('持平');
    expect(formatMovement(12)).toBe('上升12位');
  });

  it('rounds fractional deltas half-up', () => {
    expect(formatMovement(0.4)).toBe('持平');
    expect(formatMovement(1.5)).toBe('上升2位');
    expect(formatMovement(-1.5)).toBe('下降2位');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatMovement(v)).toBe('—');
  });
});

describe('movementArrow', () => {
  it('maps direction to arrows', () => {
    expect(movementArrow(3)).toBe('▲');
    expect(movementArrow(-2)).toBe('▼');
    expect(movementArrow(0)).toBe('–');
    expect(movementArrow(-0.3)).toBe('–');
  });

  it.each(BAD)('returns an empty string for %s', (v) => {
    expect(movementArrow(v)).toBe('');
  });
});

describe('formatRank', () => {
  it('formats ranks', () => {
    expect(formatRank(3)).toBe('第3名');
    expect(formatRank(3, 6)).toBe('第3名/6');
    expect(formatRank(1, 1)).toBe('第1名/1');
  });

  it('ignores an invalid total', () => {
    expect(formatRank(3, 0)).toBe('第3名');
    expect(formatRank(3, Number.NaN)).toBe('第3名');
    expect(formatRank(3, 2.5)).toBe('第3名');
  });

  it('rejects invalid ranks', () => {
    expect(formatRank(0)).toBe('—');
    expect(formatRank(-1, 6)).toBe('—');
    expect(formatRank(1.5)).toBe('—');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatRank(v)).toBe('—');
    expect(formatRank(v, 6)).toBe('—');
  });
});
