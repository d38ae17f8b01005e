import { describe, expect, it } from 'vitest';
import { indicatorView } from './indicator';
import { indicatorCountyTable } from './indicator-county';
import type { IndicatorRows } from './rows';
import { cellText } from './table';
import { COUNTY_VALUES, ENTRIES, fixtureData } from './test-fixtures';

const NAMES: Record<string, string> = {
  '330802': '柯城区',
  '330803': '衢江区',
  '330822': '常山县',
  '330824': '开化县',
  '330825': '龙游县',
  '330881': '江山市',
};

function rows(id: number, period = '2020-09'): IndicatorRows {
  const own = ENTRIES.filter((e) => e.indicatorId === id && e.period <= period);
  return {
    values: { approved: new Map(own.map((e) => [e.period, e.value])), submitted: new Map() },
    county: COUNTY_VALUES.filter((v) => v.indicatorId === id && v.period <= period).map((v) => ({ ...v, name: NAMES[v.regionCode]! })),
  };
}

const view = (id: number, period = '2020-09') => indicatorView(fixtureData(period), id, rows(id, period), '330802')!;

describe('indicatorView: 生产安全事故起数 (ceiling 12起, 9起 by September, phased 8起)', () => {
  const v = view(197);

  it('shows the 控制线 used, never a completion', () => {
    expect(v.figures).toEqual([
      { key: 'indicator-target', label: '年度控制线', value: '12起', caption: null },
      { key: 'indicator-actual', label: '本期实际', value: '9起', caption: null },
      { key: 'indicator-figure', label: '控制线使用', value: '75.0%', caption: '已用控制线75.0%' },
    ]);
    expect(cellText(v.status)).toBe('严重滞后');
    expect(v.gap).toBe('超出阶段控制线1起（严重滞后）');
    expect(JSON.stringify(v)).not.toMatch(/完成率100|全年红/);
  });

  it('projects in ceiling words', () => {
    expect(v.projection).toEqual({
      headline: '按当前趋势全年约12起，与控制线持平',
      amount: '',
      verdict: '按此趋势将触及控制线，需严控增量',
      good: false,
      needTitle: '控制线余量',
      need: '控制线内尚余3起',
    });
  });

  it('draws the 序时控制线 and the projection from trendLines, and the phased ceilings', () => {
    const t = v.trend!;
    expect(t.chart).toBe('cumulative');
    expect(t.summary).toBe('年度控制线12起；截至9月累计9起，已用控制线75.0%，超出阶段控制线1起（严重滞后）。');
    expect(t.points.map((p) => p.reference)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.points.map((p) => p.projection)).toEqual([null, null, null, null, null, null, null, null, 9, 10, 11, 12]);
    expect(t.points.map((p) => p.increment)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, null, null, null]);
    expect(t.points.filter((p) => p.phased !== null).map((p) => [p.month, p.phased])).toEqual([
      [3, 2],
      [6, 6],
      [9, 8],
      [12, 12],
    ]);
    expect(t.labels.reference).toBe('序时控制线（控制线×序时进度）');
  });
});

describe('indicatorView: other bases', () => {
  it('城镇登记失业率 2.7% against 3.5%: lower than the target, which is good', () => {
    const v = view(169);
    expect(v.gap).toBe('低于目标0.8个百分点（越低越好，达标）');
    expect(v.figures.map((f) => f.key)).toEqual(['indicator-target', 'indicator-actual']);
    expect(v.projection).toBeNull();
    expect(v.trend?.summary).toBe('目标3.5%，本期2.7%，低于目标0.8个百分点（越低越好，达标）。');
    expect(v.county).toEqual({ rank: '第3名/6', movement: 1 });
    expect(v.counties?.summary).toBe('柯城区第3名/6，较上期上升1位。★ 为本区。');
    expect(v.counties?.history).toEqual([
      { month: 1, value: null },
      { month: 2, value: null },
      { month: 3, value: null },
      { month: 4, value: null },
      { month: 5, value: null },
      { month: 6, value: null },
      { month: 7, value: null },
      { month: 8, value: 4 },
      { month: 9, value: 3 },
    ]);
  });

  it('新增违法建筑 with a 0处 target: 零容忍, missed by one occurrence', () => {
    const v = view(68);
    expect(v.figures[2]).toEqual({ key: 'indicator-figure', label: '零容忍控制线', value: '已发生1处', caption: null });
    expect(v.gap).toBe('发生1处（零容忍，未达标）');
    expect(v.projection).toMatchObject({ headline: '零容忍控制线：已发生1处', good: false, need: '已超出控制线1处' });
    expect(JSON.stringify(v)).not.toMatch(/已完成年度目标|暂无数据，无法预计/);
  });

  it('amounts in 亿元 from 1亿元 on, in figures, the outlook and the trend', () => {
    const v = view(300);
    expect(v.figures.map((f) => f.value)).toEqual(['200亿元', '108亿元', '54.0%']);
    expect(v.projection).toMatchObject({
      headline: '按当前进度，全年预计完成72.0%',
      amount: '预计全年144亿元',
      need: '剩余3个月，每月平均还需完成30.7亿元（距年度目标92亿元）',
    });
    expect(v.trend?.summary).toBe('年度目标200亿元；截至9月累计108亿元，完成率54.0%，慢于序时21.0个百分点（严重滞后）。');
  });

  it('has no county movement in January', () => {
    const v = view(169, '2020-01');
    expect(v.county?.movement ?? null).toBeNull();
  });

  it('is null for an unknown indicator', () => {
    expect(indicatorView(fixtureData('2020-09'), 99, rows(99), '330802')).toBeNull();
  });
});

describe('indicatorCountyTable', () => {
  it('lists the six counties of the effective period with their ranks, the district marked', () => {
    const d = fixtureData('2020-09');
    const r = d.snapshot.indicators.find((i) => i.id === 169)!;
    const t = indicatorCountyTable(
      d.structure.indicators.find((i) => i.id === 169)!,
      r,
      '330802',
      rows(169).county,
    );
    expect(t.rows.map((x) => x.map(cellText))).toEqual([
      ['柯城区（本区）', '2.7%', '第3名'],
      ['衢江区', '2.5%', '第1名'],
      ['常山县', '2.6%', '第2名'],
      ['开化县', '3.1%', '第5名'],
      ['龙游县', '3.3%', '第6名'],
      ['江山市', '3.0%', '第4名'],
    ]);
    expect(t.note).toMatch(/越低越好/);
  });
});
