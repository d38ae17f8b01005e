import { describe, expect, it } from 'vitest';
import { countyComparisonTable, unitRankingTable } from './rankings';
import { matchingTaskForceIds, searchDashboard } from './search';
import { cellText } from './table';
import { fixtureData } from './test-fixtures';

describe('unitRankingTable', () => {
  it('ranks units of a kind on the snapshot’s ranks, with the on-time rate given', () => {
    const t = unitRankingTable(fixtureData('2020-09'), 'department', new Map([[1, 0.5]]));
    expect(t.rowKeys).toEqual(['unit-1', 'unit-2']);
    expect(t.rows.map((r) => r.map(cellText))).toEqual([
      ['第1名', '区应急管理局', '100.0', '持平', '83.3%', '快于应完成进度8.3个百分点（达到序时）', '1', '0', '2', '50.0%'],
      ['第2名', '区人力社保局', '86.0', '持平', '54.0%', '慢于应完成进度21.0个百分点（严重滞后）', '1', '0', '2', '—'],
    ]);
    expect(t.columns.at(-1)).toEqual({ header: '报送及时率', key: 'on-time' });
  });

  it('has no movement in the campaign’s first period (no December to compare with)', () => {
    const t = unitRankingTable(fixtureData('2020-01'), 'department');
    expect(t.rows.map((r) => cellText(r[3]!))).toEqual(['—', '—']);
    expect(t.columns.map((c) => c.header)).not.toContain('报送及时率');
  });

  it('ranks townships apart from departments', () => {
    expect(unitRankingTable(fixtureData('2020-09'), 'township').rows.map((r) => [cellText(r[0]!), cellText(r[1]!)])).toEqual([
      ['第1名', '石梁镇'],
    ]);
  });
});

describe('countyComparisonTable', () => {
  it('has a row per indicator with a county rank, the counties’ values and the district’s rank and move', () => {
    const d = fixtureData('2020-09');
    const values = new Map([
      [
        169,
        new Map([
          ['330802', 2.7],
          ['330803', 2.5],
        ]),
      ],
    ]);
    const counties = [
      { code: '330802', name: '柯城区' },
      { code: '330803', name: '衢江区' },
    ];
    const t = countyComparisonTable(d, '330802', { counties, values }, false);
    expect(t.columns.map((c) => c.header)).toEqual(['指标', '专班', '统计期', '柯城区（本区）', '衢江区', '本区排名', '较上期', '弱项']);
    expect(t.rows.map((r) => r.map(cellText))).toEqual([
      ['城镇登记失业率', '就业创业专班', '2020年9月', '2.7%', '2.5%', '第3名/6', '上升1位', ''],
    ]);
    expect(countyComparisonTable(d, '330802', { counties, values }, true).rows).toEqual([]);
  });
});

describe('search', () => {
  it('finds by pinyin initials and keeps the figures of the period', () => {
    const d = fixtureData('2020-09');
    const r = searchDashboard(d, 'aqsc');
    expect(r.taskForces.map((h) => [h.item.name, h.item.score, h.item.rank])).toEqual([['安全生产专班', 100, 1]]);
    expect(matchingTaskForceIds(d, 'aqsc')).toEqual(new Set([11]));
    expect(matchingTaskForceIds(d, ' ')).toBeUndefined();
  });
});
