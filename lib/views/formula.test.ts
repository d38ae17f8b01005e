import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/metrics';
import { formulaRules } from './formula';

describe('formulaRules', () => {
  it('state the ceiling rule, the completion rule and movement, from the settings in force', () => {
    const rules = new Map(formulaRules(DEFAULT_SETTINGS));
    expect(rules.get('控制线型得分')).toMatch(/100 × min\(控制线进度 ÷ 实际, 1\.2\).*实际为0时120分.*零容忍.*发生即0分/);
    expect(rules.get('平均完成率')).toMatch(/只计越高越好的累计型指标/);
    expect(rules.get('争先进位')).toMatch(/活动首期或上期无数据时不计升降/);
    const strict = new Map(formulaRules({ ...DEFAULT_SETTINGS, tolerancePp: 3, honourListSize: 3 }));
    expect(strict.get('状态')).toMatch(/慢3个百分点以内/);
    expect(strict.get('红榜、黄榜')).toMatch(/^红榜：前3名/);
  });

  it('write the score cap as points without float noise (a cap of 1.1 is 最高110分)', () => {
    const rules = new Map(formulaRules({ ...DEFAULT_SETTINGS, scoreRules: { ...DEFAULT_SETTINGS.scoreRules, cumulativeCap: 1.1 } }));
    expect(rules.get('累计型得分')).toContain('min(完成率 ÷ 应完成进度, 1.1)，最低0分（最高110分）');
    expect(rules.get('控制线型得分')).toContain('实际为0时110分');
  });
});
