import { describe, expect, it } from 'vitest';
import { formatLooseDate, formatQualified } from './qualified';

describe('figures with the source’s approximation words', () => {
  it('puts each word where the page prints it', () => {
    expect(formatQualified(50, '户', '多')).toBe('50多户');
    expect(formatQualified(3, '万元', '多')).toBe('3万多元');
    expect(formatQualified(1.5, '万元', '余')).toBe('1.5万余元');
    expect(formatQualified(20, '万元', '余', '投入20余万元')).toBe('20余万元');
    expect(formatQualified(3, '万元', '多', '纯利润有3万多元')).toBe('3万多元');
    expect(formatQualified(85, '%', '以上')).toBe('85%以上');
    expect(formatQualified(300, '名', '近')).toBe('近300名');
    expect(formatQualified(8000, '元', '将近')).toBe('将近8000元');
    expect(formatQualified(5, '亿元', '超')).toBe('超5亿元');
    expect(formatQualified(60, '元/公斤', null)).toBe('60元/公斤');
    expect(formatQualified(36.4, '亩', null)).toBe('36.4亩');
    expect(formatQualified(12345.5, '元', null)).toBe('12,345.5元');
    expect(formatQualified(null, '户', '多')).toBe('—');
  });
  it('dates to the year, month or day', () => {
    expect(formatLooseDate('2019-03')).toBe('2019年3月');
    expect(formatLooseDate('2019')).toBe('2019年');
    expect(formatLooseDate('2020-10-04')).toBe('2020年10月4日');
    expect(formatLooseDate(null)).toBe('—');
  });
});
