import { describe, expect, it } from 'vitest';
import { describeGapPp, describeProgressGap, formatPercent, formatPp, percentNumber } from './percent';

const BAD = [null, undefined, Number.NaN, Infinity, -Infinity] as const;

describe('formatPercent', () => {
  it('formats fractions as percent', () => {
    expect(formatPercent(0.756)).toBe('75.6%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(12.5)).toBe('1,250.0%');
    expect(formatPercent(0.756, 0)).toBe('76%');
    expect(formatPercent(0.12345, 2)).toBe('12.35%');
  });

  it('rounds half-up without binary artefacts', () => {
    expect(formatPercent(0.0005)).toBe('0.1%');
    expect(formatPercent(0.0015)).toBe('0.2%');
    expect(formatPercent(0.02675, 2)).toBe('2.68%');
    expect(formatPercent(-0.0125)).toBe('-1.3%');
    expect(formatPercent(-0)).toBe('0.0%');
    expect(formatPercent(-0.0004)).toBe('0.0%');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatPercent(v)).toBe('—');
  });
});

describe('formatPp', () => {
  it('formats percentage points', () => {
    expect(formatPp(0.7)).toBe('0.7个百分点');
    expect(formatPp(-1.25)).toBe('-1.3个百分点');
    expect(formatPp(0.15)).toBe('0.2个百分点');
    expect(formatPp(2, 0)).toBe('2个百分点');
    expect(formatPp(-0)).toBe('0.0个百分点');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(formatPp(v)).toBe('—');
  });
});

describe('describeGapPp', () => {
  it('describes gaps versus target', () => {
    expect(describeGapPp(0.7)).toBe('高于目标0.7个百分点');
    expect(describeGapPp(-2)).toBe('低于目标2.0个百分点');
    expect(describeGapPp(-1.25)).toBe('低于目标1.3个百分点');
    expect(describeGapPp(1.005, 2)).toBe('高于目标1.01个百分点');
    expect(describeGapPp(1234.5)).toBe('高于目标1,234.5个百分点');
  });

  it('reports parity when the gap rounds to zero', () => {
    expect(describeGapPp(0)).toBe('与目标持平');
    expect(describeGapPp(-0)).toBe('与目标持平');
    expect(describeGapPp(0.04)).toBe('与目标持平');
    expect(describeGapPp(-0.04)).toBe('与目标持平');
    expect(describeGapPp(0.05)).toBe('高于目标0.1个百分点');
    expect(describeGapPp(0.04, 2)).toBe('高于目标0.04个百分点');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(describeGapPp(v)).toBe('—');
  });
});

describe('describeProgressGap', () => {
  it('describes progress versus schedule', () => {
    expect(describeProgressGap(3.2)).toBe('快于序时3.2个百分点');
    expect(describeProgressGap(-4)).toBe('慢于序时4.0个百分点');
    expect(describeProgressGap(0.15)).toBe('快于序时0.2个百分点');
    expect(describeProgressGap(-0.05)).toBe('慢于序时0.1个百分点');
  });

  it('reports parity when the gap rounds to zero', () => {
    expect(describeProgressGap(0)).toBe('与序时持平');
    expect(describeProgressGap(-0.049)).toBe('与序时持平');
  });

  it.each(BAD)('returns an em dash for %s', (v) => {
    expect(describeProgressGap(v)).toBe('—');
  });
});

describe('percentNumber (chart data, the PPTX)', () => {
  it('rounds half up to 0.1 on the decimal string', () => {
    expect(percentNumber(0.75)).toBe(75);
    expect(percentNumber(0.7534)).toBe(75.3);
    expect(percentNumber(0.12345)).toBe(12.3);
    expect(percentNumber(0.12355)).toBe(12.4);
    expect(percentNumber(2 / 3)).toBe(66.7);
    expect(percentNumber(0.00005)).toBe(0);
    expect(percentNumber(0.7065)).toBe(70.7); // 70.65 stored as 70.64999… still rounds up
    expect(percentNumber(-0.00004)).toBe(0);
    expect(Object.is(percentNumber(-0.00004), -0)).toBe(false);
    expect(percentNumber(-0.1234)).toBe(-12.3);
    expect(percentNumber(1.5, 0)).toBe(150);
  });
  it.each(BAD)('returns null for %s', (v) => {
    expect(percentNumber(v)).toBeNull();
  });
});
