import { describe, expect, it } from 'vitest';
import { amount, cellArrow, cellText, isNumeric, keyedRows, move, num, pct, rank, status, text, value } from './table';

describe('cellText', () => {
  it('formats every kind as the page shows it', () => {
    expect(cellText(text('招商引资专班'))).toBe('招商引资专班');
    expect(cellText(text(null))).toBe('—');
    expect(cellText(num(83.25))).toBe('83.3');
    expect(cellText(num(7, 0))).toBe('7');
    expect(cellText(value(12345, '万元'))).toBe('12,345.0万元');
    expect(cellText(amount(9876, '万元'))).toBe('9,876.0万元');
    expect(cellText(amount(1541800, '万元'))).toBe('154.2亿元');
    expect(cellText(amount(1.5, '亿元'))).toBe('1.5亿元');
    expect(cellText(amount(9, '起'))).toBe('9起');
    expect(cellText(value(12, '个'))).toBe('12个');
    expect(cellText(value(1.5, '亿元'))).toBe('1.50亿元');
    expect(cellText(value(8.5, '%'))).toBe('8.5%');
    expect(cellText(pct(0.756))).toBe('75.6%');
    expect(cellText(rank(3))).toBe('第3名');
    expect(cellText(move(2))).toBe('上升2位');
    expect(cellText(move(-1))).toBe('下降1位');
    expect(cellText(move(0))).toBe('持平');
    expect(cellText(status('lagging'))).toBe('严重滞后');
  });

  it('never shows NaN, Infinity or null', () => {
    for (const v of [null, Number.NaN, Infinity, -Infinity]) {
      for (const c of [num(v), value(v, '万元'), amount(v, '万元'), pct(v), rank(v), move(v)]) expect(cellText(c)).toBe('—');
    }
  });

  it('shows 待审核 for a figure submitted but not approved', () => {
    expect(cellText(status('no_data', true))).toBe('待审核');
    expect(cellText(status('ahead', true))).toBe('达到序时（待审核）');
    expect(cellText(value(120, '万元', true))).toBe('120.0万元（待审核）');
    expect(cellText(value(null, '万元', true))).toBe('—');
    expect(cellText(amount(1541800, '万元', true))).toBe('154.2亿元（待审核）');
  });

  it('keeps the arrow apart from the words', () => {
    expect(cellArrow(move(2))).toBe('▲');
    expect(cellArrow(move(-3))).toBe('▼');
    expect(cellArrow(num(2))).toBe('');
  });

  it('splits keyed rows into rows and their keys', () => {
    expect(
      keyedRows([
        { key: 'tf-1', cells: [num(1)] },
        { key: 'tf-2', cells: [num(2)] },
      ]),
    ).toEqual({
      rows: [[num(1)], [num(2)]],
      rowKeys: ['tf-1', 'tf-2'],
    });
  });

  it('marks numeric kinds', () => {
    expect([num(1), value(1, '个'), amount(1, '万元'), pct(1), rank(1)].every(isNumeric)).toBe(true);
    expect([text('a'), move(1), status('ahead')].some(isNumeric)).toBe(false);
  });
});
