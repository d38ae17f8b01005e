import { describe, expect, it } from 'vitest';
import {
  amountNumber,
  COUNT_UNITS,
  formatAmount,
  formatMoney,
  formatNumber,
  formatValue,
  formatWan,
  formatYi,
  formatYiAmount,
} from './number';

const BAD = [null, undefined, Number.NaN, Infinity, -Infinity] as const;

describe('formatNumber', () => {
  it('formats with grouping and default 1 dp', () => {
    expect(formatNumber(12345.67)).toBe('12,345.7');
    expect(formatNumber(0)).toBe('0.0');
    expect(formatNumber(999.94)).toBe('999.9');
    expect(formatNumber(999.95)).toBe('1,000.0');
    expect(formatNumber(-12345.67)).toBe('-12,345.7');
  });

  it('supports digits, including 0', () => {
    expect(formatNumber(12345.67, 0)).toBe('12,346');
    expect(formatNumber(12345.5, 0)).toBe('12,346');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(2.675, 2)).toBe('2.68');
    expect(formatNumber(3, 3)).toBe('3.000');
  });

  it('rounds half-up on the decimal value', () => {
    expect(formatNumber(0.05)).toBe('0.1');
    expect(formatNumber(0.15)).toBe('0.2');
    expect(formatNumber(-0.15)).toBe('-0.2');
  });

  it('drops the sign of negative zero', () => {
    expect(formatNumber(-0, 0)).toBe('0');
    expect(formatNumber(-0)).toBe('0.0');
    expect(formatNumber(-0.01)).toBe('0.0');
  });

  it('formats huge numbers in full', () => {
    expect(formatNumber(1e21, 0)).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(123456789012.345, 2)).toBe('123,456,789,012.35');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatNumber(v)).toBe('—');
  });

  it('tolerates bad digit counts', () => {
    expect(formatNumber(1.25, Number.NaN)).toBe('1.3');
    expect(formatNumber(1.25, -1)).toBe('1');
  });
});

describe('formatWan / formatYi', () => {
  it('formats 万元', () => {
    expect(formatWan(3456)).toBe('3,456.0万元');
    expect(formatWan(3456.78, 2)).toBe('3,456.78万元');
    expect(formatWan(0.05)).toBe('0.1万元');
    expect(formatWan(-0)).toBe('0.0万元');
    expect(formatWan(-1234.56)).toBe('-1,234.6万元');
  });

  it('converts 万元 to 亿元', () => {
    expect(formatYi(23500)).toBe('2.35亿元');
    expect(formatYi(10000)).toBe('1.00亿元');
    expect(formatYi(26750)).toBe('2.68亿元');
    expect(formatYi(1234567890)).toBe('123,456.79亿元');
    expect(formatYi(23500, 1)).toBe('2.4亿元');
    expect(formatYi(-23500)).toBe('-2.35亿元');
    expect(formatYi(-0.4)).toBe('0.00亿元');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatWan(v)).toBe('—');
    expect(formatYi(v)).toBe('—');
  });
});

describe('formatMoney', () => {
  it('switches to 亿元 at exactly 10000 万元', () => {
    expect(formatMoney(9999.9)).toBe('9,999.9万元');
    expect(formatMoney(9999.94)).toBe('9,999.9万元');
    expect(formatMoney(10000)).toBe('1亿元');
    expect(formatMoney(10000.01)).toBe('1亿元');
    expect(formatMoney(23500)).toBe('2.35亿元');
  });

  it('reads as printed: 2 decimals below 10亿元, 1 from 10亿元, trailing zeros dropped', () => {
    expect(formatMoney(1541800)).toBe('154.2亿元'); // 1,541,800.0万元
    expect(formatMoney(15000)).toBe('1.5亿元'); // 实达实 phase one
    expect(formatMoney(23500)).toBe('2.35亿元'); // 2019 offline sales
    expect(formatMoney(50000)).toBe('5亿元');
    expect(formatMoney(99949)).toBe('9.99亿元');
    expect(formatMoney(99950)).toBe('10亿元'); // 9.995 → 10.00 → one decimal → 10.0 → 10
    expect(formatMoney(104500)).toBe('10.5亿元');
    expect(formatMoney(1234567890)).toBe('123,456.8亿元');
  });

  it('does not show 10,000.0万元 when rounding crosses the threshold', () => {
    expect(formatMoney(9999.95)).toBe('1亿元');
  });

  it('applies the threshold to the absolute value', () => {
    expect(formatMoney(-9999.9)).toBe('-9,999.9万元');
    expect(formatMoney(-10000)).toBe('-1亿元');
    expect(formatMoney(-1541800)).toBe('-154.2亿元');
  });

  it('formats small and zero amounts', () => {
    expect(formatMoney(0)).toBe('0.0万元');
    expect(formatMoney(-0)).toBe('0.0万元');
    expect(formatMoney(0.15)).toBe('0.2万元');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatMoney(v)).toBe('—');
  });
});

describe('formatYiAmount and formatAmount', () => {
  it('keeps the source page’s 亿元 figures as printed', () => {
    expect(formatYiAmount(2.35)).toBe('2.35亿元');
    expect(formatYiAmount(1.5)).toBe('1.5亿元');
    expect(formatYiAmount(1.5)).not.toBe('1.50亿元');
    expect(formatYiAmount(5)).toBe('5亿元');
    expect(formatYiAmount(20.1)).toBe('20.1亿元');
    expect(formatYiAmount(154.18)).toBe('154.2亿元');
    expect(formatYiAmount(-0.001)).toBe('0亿元');
  });
  it('scales 万元 to 亿元 from 1亿元; other units unchanged', () => {
    expect(formatAmount(1541800, '万元')).toBe('154.2亿元');
    expect(formatAmount(3456, '万元')).toBe('3,456.0万元');
    expect(formatAmount(1.5, '亿元')).toBe('1.5亿元');
    expect(formatAmount(9, '起')).toBe('9起');
    expect(formatAmount(1, '处')).toBe('1处');
    expect(formatAmount(2.67, '%')).toBe('2.7%');
  });
  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatYiAmount(v)).toBe('—');
    expect(formatAmount(v, '万元')).toBe('—');
  });
});

describe('formatValue', () => {
  it('glues percent', () => {
    expect(formatValue(8.5, '%')).toBe('8.5%');
    expect(formatValue(8.55, '%')).toBe('8.6%');
    expect(formatValue(8, '%', 0)).toBe('8%');
  });

  it('delegates 万元 and formats 亿元 values with 2 dp', () => {
    expect(formatValue(3456, '万元')).toBe('3,456.0万元');
    expect(formatValue(3456, '万元', 0)).toBe('3,456万元');
    expect(formatValue(1.5, '亿元')).toBe('1.50亿元');
    expect(formatValue(1.5, '亿元', 1)).toBe('1.5亿元');
  });

  it('shows integral counts without decimals', () => {
    expect(formatValue(12, '个')).toBe('12个');
    expect(formatValue(12345, '户')).toBe('12,345户');
    expect(formatValue(0, '人')).toBe('0人');
    expect(formatValue(-0, '起')).toBe('0起');
    expect(formatValue(3 * 0.1 * 10, '项')).toBe('3项');
    expect(formatValue(12.5, '个')).toBe('12.5个');
    expect(formatValue(12.25, '个', 2)).toBe('12.25个');
  });

  it.each(COUNT_UNITS.map((u) => [u]))('treats %s as a count unit', (unit) => {
    expect(formatValue(7, unit)).toBe(`7${unit}`);
  });

  it('keeps other units exactly as given', () => {
    expect(formatValue(12, '公里')).toBe('12.0公里');
    expect(formatValue(12.34, '吨', 2)).toBe('12.34吨');
    expect(formatValue(1.25, '')).toBe('1.3');
    expect(formatValue(0.7, '个百分点')).toBe('0.7个百分点');
  });

  it.each(BAD)('returns a bare em dash for %s', (v) => {
    expect(formatValue(v, '%')).toBe('—');
    expect(formatValue(v, '个')).toBe('—');
    expect(formatValue(v, '万元')).toBe('—');
  });
});

describe('amountNumber', () => {
  it('is the figure formatAmount shows, in the unit it shows', () => {
    expect(amountNumber(1541800, '万元')).toEqual({ value: 154.2, digits: 1, unit: '亿元' });
    expect(amountNumber(23500, '万元')).toEqual({ value: 2.35, digits: 2, unit: '亿元' });
    expect(amountNumber(50000, '万元')).toEqual({ value: 5, digits: 0, unit: '亿元' });
    expect(amountNumber(9999.9, '万元')).toEqual({ value: 9999.9, digits: 1, unit: '万元' });
    expect(amountNumber(-12345, '万元')).toEqual({ value: -1.23, digits: 2, unit: '亿元' });
    expect(amountNumber(9, '起')).toEqual({ value: 9, digits: 0, unit: '起' });
    expect(amountNumber(2.7, '%')).toEqual({ value: 2.7, digits: 1, unit: '%' });
    expect(amountNumber(20.1, '亿元')).toEqual({ value: 20.1, digits: 1, unit: '亿元' });
  });

  it('agrees with formatAmount on every value it is given', () => {
    for (const v of [0, 0.05, 1, 99.95, 9999.96, 10000, 123456.78, 1541800, -3.25, 7e7])
      for (const unit of ['万元', '亿元', '个', '%', '元/公斤', '']) {
        const a = amountNumber(v, unit)!;
        const digits = a.value.toLocaleString('en-US', { minimumFractionDigits: a.digits, maximumFractionDigits: a.digits });
        expect(`${digits}${a.unit}`, `${v} ${unit}`).toBe(formatAmount(v, unit));
      }
  });

  it.each(BAD)('is null for %s', (v) => {
    expect(amountNumber(v, '万元')).toBeNull();
  });
});
