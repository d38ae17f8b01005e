import { describe, expect, it } from 'vitest';
import { competitionCards, headlineView } from './overview';
import { honourTables, rankChangesTable, weakItemsTable } from './overview-lists';
import { cellText } from './table';
import { fixtureData } from './test-fixtures';

const tile = (period: string, key: string) => headlineView(fixtureData(period)).tiles.find((t) => t.key === key)!;

describe('headlineView', () => {
  it('counts the judged indicators by status and the county standing by thirds', () => {
    const h = headlineView(fixtureData('2020-09'));
    expect(h.tiles.map((t) => [t.key, t.value])).toEqual([
      ['time-progress', '75.0%'],
      ['ahead', '2'],
      ['behind', '0'],
      ['lagging', '3'],
      ['no-data', '0'],
      ['county-top', '0'],
      ['county-bottom', '0'],
      ['county-moves', '▲1 ▼0'],
    ]);
    expect(h.tiles.find((t) => t.key === 'county-top')!.label).toBe('全市排名前三分之一');
    expect(h.caveat).toBeNull();
  });

  it('shows no county movement in the campaign’s first period', () => {
    expect(tile('2020-01', 'county-moves')).toMatchObject({ value: '—', detail: '本期无上期排名可比' });
    expect(JSON.stringify(headlineView(fixtureData('2020-01')))).not.toMatch(/上升|下降|▼/);
  });

  it('says how much of an incomplete round is in', () => {
    expect(headlineView(fixtureData('2020-10')).caveat).toBe('已报送0/5项，排名仅供参考');
  });
});

describe('competitionCards', () => {
  it('judges each competition against its own 应完成 line, averaging higher-is-better cumulative indicators only', () => {
    const [safety, jobs] = competitionCards(fixtureData('2020-09'));
    expect(safety).toMatchObject({ name: '平安建设竞赛', rank: '第2名/2', score: '50.0', movement: 0 });
    // 197 (a ceiling) and 68 (零容忍) are not averaged: 安全投入 alone, 1,000 / 1,200.
    expect(safety!.progress).toMatchObject({
      status: 'ahead',
      label: '累计型指标平均完成率（1项）',
      value: '83.3%',
      expectedText: '应完成75.0%',
      gap: '快于应完成进度8.3个百分点（达到序时）',
    });
    expect(safety!.counts).toEqual({ ahead: 1, behind: 0, lagging: 2, noData: 0, total: 3 });
    expect(jobs!.progress).toMatchObject({ status: 'lagging', value: '54.0%', gap: '慢于应完成进度21.0个百分点（严重滞后）' });
  });

  it('has no movement in January and no figure when nothing is reported', () => {
    expect(competitionCards(fixtureData('2020-01')).map((c) => c.movement)).toEqual([null, null]);
    expect(competitionCards(fixtureData('2020-10'))[0]!.progress).toMatchObject({
      status: 'no_data',
      value: '—',
      gap: '累计型指标均未报送',
    });
  });
});

describe('overview lists', () => {
  it('lists the 弱项 with their gap in words', () => {
    const t = weakItemsTable(fixtureData('2020-09'));
    expect(t.rowKeys).toEqual(['indicator-68', 'indicator-300', 'indicator-197']);
    expect(t.rows.map((r) => cellText(r[4]!))).toEqual([
      '发生1处（零容忍，未达标）',
      '慢于序时21.0个百分点（严重滞后）',
      '超出阶段控制线1起（严重滞后）',
    ]);
  });

  it('puts task forces on the 红榜 and 黄榜 by the snapshot’s ranks', () => {
    const { red, yellow } = honourTables(fixtureData('2020-09'));
    expect(red.rowKeys).toEqual(['task-force-11']);
    // Three task forces: the bottom five are all but the one on the 红榜.
    expect(yellow.rowKeys).toEqual(['task-force-21', 'task-force-12']);
    expect(red.rows[0]!.map(cellText)).toEqual(['第1名', '安全生产专班', '平安', '100.0', '持平']);
  });

  it('has no rank changes without a previous period, and says why', () => {
    const t = rankChangesTable(fixtureData('2020-01'));
    expect(t.rows).toEqual([]);
    expect(t.note).toMatch(/没有可比的上期排名/);
    expect(rankChangesTable(fixtureData('2020-10')).note).toMatch(/^已报送0\/5项，排名仅供参考。/);
  });
});
