import { describe, expect, it } from 'vitest';
import { categoryLabel, completionChart, percent1 } from './chart-data';

describe('completionChart', () => {
  it('gives two series (平均完成率, 应完成进度) in percent to 0.1, status in words on the axis', () => {
    const data = completionChart([
      { name: '招商引资专班', completion: 0.65, expected: 0.75, status: 'lagging' },
      { name: '项目前期专班', completion: 1, expected: 0.5, status: 'ahead' },
    ]);
    expect(data.series).toEqual([
      { name: '平均完成率', labels: ['招商引资专班（严重滞后）', '项目前期专班（达到序时）'], values: [65, 100] },
      { name: '应完成进度', labels: ['招商引资专班（严重滞后）', '项目前期专班（达到序时）'], values: [75, 50] },
    ]);
    expect(data.missing).toEqual([]);
    expect(data.max).toBe(100);
  });

  it('leaves out bars without a completion and names them, never drawing them as 0', () => {
    const data = completionChart([
      { name: 'A专班', completion: null, expected: null, status: 'no_data' },
      { name: 'B专班', completion: 1.234, expected: 0.75, status: 'ahead' },
    ]);
    expect(data.series[0]!.values).toEqual([123.4]);
    expect(data.missing).toEqual(['A专班']);
    expect(data.max).toBe(130);
  });
});

describe('percent1 and categoryLabel', () => {
  it('rounds half up to 0.1 percent', () => {
    expect(percent1(0.75)).toBe(75);
    expect(percent1(0.12345)).toBe(12.3);
    expect(percent1(0.00005)).toBe(0);
    expect(percent1(2 / 3)).toBe(66.7);
  });
  it('writes the status in words', () => {
    expect(categoryLabel('X专班', 'behind')).toBe('X专班（略滞后）');
  });
});
