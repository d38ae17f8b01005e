import { describe, expect, it } from 'vitest';
import { highlightRuns, matchName, normalizeQuery, searchByName } from './match';

const items = [
  { id: 1, name: '重大项目推进专班' },
  { id: 2, name: '招商引资专班' },
  { id: 3, name: '实际利用外资' },
  { id: 4, name: '绿色发展专班' },
  { id: 5, name: '5G基站建设' },
  { id: 6, name: '规上工业增加值' },
];
const ids = (q: string) => searchByName(items, q).map((h) => h.item.id);

describe('searchByName', () => {
  it('finds 招商引资专班 by pinyin initials', () => {
    expect(ids('zsyz')).toEqual([2]);
    expect(searchByName(items, 'zsyz')[0]!.matched).toEqual([0, 1, 2, 3]);
  });
  it('accepts full syllables, mixes, upper case and spaces', () => {
    expect(ids('zhaoshang')).toEqual([2]);
    expect(ids('zhaoshangyz')).toEqual([2]);
    expect(ids('ZSYZ')).toEqual([2]);
    expect(ids(' zs yz ')).toEqual([2]);
    expect(ids('lvse')).toEqual([4]);
  });
  it('resolves polyphonic characters by word (重大 = zhongda)', () => {
    expect(ids('zdxm')).toEqual([1]);
    expect(ids('zhongda')).toEqual([1]);
  });
  it('finds Chinese substrings and latin text as typed', () => {
    expect(ids('外资')).toEqual([3]);
    expect(ids('专班')).toEqual([2, 4, 1]);
    expect(ids('5g')).toEqual([5]);
  });
  it('requires consecutive characters', () => {
    expect(ids('zyz')).toEqual([]);
  });
  it('orders by match position, then shorter names', () => {
    expect(ids('zb')).toEqual([2, 4, 1]);
  });
  it('returns nothing for empty or unmatched queries and respects the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('qqqq')).toEqual([]);
    expect(ids('医院')).toEqual([]);
    expect(searchByName(items, '专班', 1)).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('normalizes queries', () => {
    expect(normalizeQuery(' ＺＳ yz ')).toBe('zsyz');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery('a'.repeat(100))).toHaveLength(40);
  });
  it('matches digits only as substrings', () => {
    expect(matchName('5G基站建设', '5')).toEqual([0]);
    expect(matchName('招商引资专班', '9')).toBeNull();
  });
  it('splits names into highlight runs', () => {
    expect(highlightRuns('招商引资专班', [0, 1, 2, 3])).toEqual([
      { text: '招商引资', hit: true },
      { text: '专班', hit: false },
    ]);
    expect(highlightRuns('ab', [])).toEqual([{ text: 'ab', hit: false }]);
  });
});
