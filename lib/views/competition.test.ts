import { describe, expect, it } from 'vitest';
import { competitionView } from './competition';
import { competitionsTable, taskForceRankingTable } from './ranking-tables';
import { cellText } from './table';
import { fixtureData } from './test-fixtures';

describe('competitionView', () => {
  it('gives each task force a bar against its own 应完成 line, and says when it has none', () => {
    const v = competitionView(fixtureData('2020-09'), 1)!;
    expect(v.bars.map((b) => [b.key, b.completionPct, b.expectedPct, b.label])).toEqual([
      ['task-force-11', 83.3, 75, '✔ 83.3% 达到序时'],
      ['task-force-12', 0, 0, '无累计型指标（按状态计数）'],
    ]);
    expect(v.bars[0]!.details).toEqual([
      { label: '累计型指标平均完成率（1项）', value: '83.3%' },
      { label: '应完成进度', value: '75.0%' },
      { label: '较应完成进度', value: '快于应完成进度8.3个百分点（达到序时）' },
    ]);
    expect(v.chartSummary).toBe('2个专班中0个慢于应完成进度，1个无累计型指标。');
    expect(v).toMatchObject({ score: '50.0', rank: '第2名/2', previousRank: '第2名/2', movement: 0, caveat: null });
  });

  it('is null for a competition of another campaign', () => {
    expect(competitionView(fixtureData('2020-09'), 99)).toBeNull();
  });
});

describe('ranking tables', () => {
  it('rank task forces with their completion, gap and folded status counts', () => {
    const t = taskForceRankingTable(fixtureData('2020-09'), { id: 'ranking-task-forces', title: '专班排名' });
    expect(t.columns.map((c) => c.header)).toEqual([
      '全区名次',
      '专班',
      '竞赛',
      '得分',
      '较上期',
      '累计型指标平均完成率',
      '较应完成进度',
      '达到序时',
      '略滞后',
      '严重滞后',
      '未报送',
      '牵头领导',
      '牵头单位',
    ]);
    expect(t.rowKeys).toEqual(['task-force-11', 'task-force-21', 'task-force-12']);
    expect(t.rows[2]!.map(cellText).slice(0, 11)).toEqual([
      '第3名',
      '拆违控违专班',
      '平安',
      '0.0',
      '持平',
      '—',
      '无累计型指标（按状态计数）',
      '0',
      '0',
      '1',
      '0',
    ]);
  });

  it('restrict to a competition, and carry the caveat of an incomplete round', () => {
    expect(taskForceRankingTable(fixtureData('2020-09'), { id: 'x', title: 'x', competitionId: 2 }).rowKeys).toEqual(['task-force-21']);
    expect(competitionsTable(fixtureData('2020-10')).note).toMatch(/^已报送0\/5项，排名仅供参考。/);
    expect(competitionsTable(fixtureData('2020-01')).rows.map((r) => cellText(r[3]!))).toEqual(['—', '—']);
  });
});
