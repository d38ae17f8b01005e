import { describe, expect, it } from 'vitest';
import { buildDeck } from '@/lib/deck/registry';
import { FIXTURE_MEETING, fixtureSource } from '@/lib/deck/test-fixtures';
import type { SlideOf } from '@/lib/deck/types';
import { categoryLabel, completionChart } from './chart-data';

const overview = () => buildDeck(fixtureSource(), FIXTURE_MEETING).slides[1] as SlideOf<'overview'>;

describe('completionChart', () => {
  it('gives two series (累计型指标平均完成率, 应完成进度) in percent to 0.1, status in words on the axis', () => {
    const data = completionChart(overview().competitions);
    // competition 1: (74% + 52%) / 2 = 63.0% vs 75.0%; competition 2: 180% capped at 150% vs 75.0%
    expect(data.series).toEqual([
      { name: '累计型指标平均完成率', labels: ['项目攻坚竞赛（严重滞后）', '民生实事竞赛（达到序时）'], values: [63, 150] },
      { name: '应完成进度', labels: ['项目攻坚竞赛（严重滞后）', '民生实事竞赛（达到序时）'], values: [75, 75] },
    ]);
    expect(data.max).toBe(150);
  });

  it('leaves a group of ceilings only out of the chart (never as 0 or 100%) and lists it in words with its status counts', () => {
    const data = completionChart(overview().competitions);
    expect(data.series[0]!.labels.some((l) => l.startsWith('平安法治竞赛'))).toBe(false);
    expect(data.missing).toEqual(['平安法治竞赛：无累计型指标（按状态计数），✔达到序时0、◐略滞后0、✖严重滞后2、○未报送0']);
  });

  it('rounds half up on the decimal value (lib/format percentNumber)', () => {
    const [first] = overview().competitions;
    const bar = (completion: number) => ({ ...first!, name: 'X', progress: { ...first!.progress, completion } });
    expect(completionChart([bar(0.12345), bar(2 / 3), bar(0.00005)]).series[0]!.values).toEqual([12.3, 66.7, 0]);
  });

  it('writes the status in words', () => {
    expect(categoryLabel('X专班', 'behind')).toBe('X专班（略滞后）');
  });
});
