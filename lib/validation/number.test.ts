import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './number';

describe('parseNumberInput', () => {
  it.each([
    ['123', '万元', 123],
    ['１２３', '万元', 123],
    ['１２３．５', '万元', 123.5],
    ['1,234.5', '万元', 1234.5],
    ['1，234，567', '个', 1234567],
    ['-3.2', '%', -3.2],
    ['－３', '%', -3],
    ['85%', '%', 85],
    ['８５％', '%', 85],
    ['  42  ', '亩', 42],
    ['.5', '亩', 0.5],
    ['+7', '亩', 7],
  ])('reads %s (%s) as %d', (raw, unit, value) => {
    expect(parseNumberInput(raw, unit)).toEqual({ ok: true, value });
  });

  it('treats blank as no value', () => {
    expect(parseNumberInput('', '万元')).toEqual({ ok: true, value: null });
    expect(parseNumberInput('   ', '万元')).toEqual({ ok: true, value: null });
    expect(parseNumberInput(null, '万元')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', '万元', '不是数字'],
    ['12a', '万元', '不是数字'],
    ['1,23', '万元', '千分位'],
    ['85%', '万元', '不是百分比'],
    ['1e400', '万元', '不是数字'],
    ['1.2.3', '万元', '不是数字'],
  ])('refuses %s (%s) with a message', (raw, unit, fragment) => {
    const r = parseNumberInput(raw, unit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  it('accepts finite numbers from spreadsheet cells and refuses NaN', () => {
    expect(parseNumberInput(12.5, '万元')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberInput(Number.NaN, '万元').ok).toBe(false);
  });
});
