import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputArb, period2020, settingsArb } from '../metrics/test-arbitraries';
import { makeInput } from '../metrics/test-fixtures';
import { DEFAULT_SETTINGS as S, evaluateIndicator, groupProgress, progressFigure, yearEndOutlook, type IndicatorInput } from '../metrics';
import { describeGap, describeGroupProgress, formatGap, groupCompletionLabel } from './gap';
import { formatOutlook, formatProgressFigure } from './outlook';

const sept = (over: Partial<IndicatorInput>) => evaluateIndicator(makeInput(over), '2020-09', S);

/** The demo's 2020年9月 figures (db/seed). */
const accidents = sept({
  direction: 'lower',
  unit: '起',
  annualTarget: 12,
  phasedTargets: [{ period: '2020-09', target: 8 }],
  values: [{ period: '2020-09', value: 9 }],
});
const unemployment = sept({
  kind: 'level',
  direction: 'lower',
  unit: '%',
  annualTarget: 3.5,
  values: [{ period: '2020-09', value: 2.67 }],
});
const illegalBuilding = sept({ direction: 'lower', unit: '处', annualTarget: 0, values: [{ period: '2020-09', value: 1 }] });

describe('gap words: the fact, then the judgement', () => {
  it('城镇登记失业率 2.7% against 3.5%: lower than the target, which is good', () => {
    expect(describeGap(unemployment)).toBe('低于目标0.8个百分点（越低越好，达标）');
  });
  it('生产安全事故起数 9起 against a phased line of 8起', () => {
    expect(describeGap(accidents)).toBe('超出阶段控制线1起（严重滞后）');
  });
  it('新增违法建筑 1处 against a ceiling of 0', () => {
    expect(describeGap(illegalBuilding)).toBe('发生1处（零容忍，未达标）');
    expect(describeGap(sept({ direction: 'lower', unit: '处', annualTarget: 0, values: [{ period: '2020-09', value: 0 }] }))).toBe(
      '未发生（零容忍，达标）',
    );
  });
  it('rates above or below a target, both directions', () => {
    expect(describeGap(sept({ kind: 'level', unit: '%', annualTarget: 8, values: [{ period: '2020-09', value: 8.7 }] }))).toBe(
      '高于目标0.7个百分点（达标）',
    );
    expect(describeGap(sept({ kind: 'level', unit: '%', annualTarget: 8, values: [{ period: '2020-09', value: 6.5 }] }))).toBe(
      '低于目标1.5个百分点（未达标）',
    );
    expect(
      describeGap(sept({ kind: 'level', direction: 'lower', unit: '%', annualTarget: 3.5, values: [{ period: '2020-09', value: 3.8 }] })),
    ).toBe('高于目标0.3个百分点（越低越好，未达标）');
    expect(describeGap(sept({ kind: 'level', unit: '%', annualTarget: 8, values: [{ period: '2020-09', value: 8.04 }] }))).toBe(
      '与目标持平（达标）',
    );
    expect(describeGap(sept({ kind: 'level', unit: '元/公斤', annualTarget: 36, values: [{ period: '2020-09', value: 60 }] }))).toBe(
      '高于目标24.0元/公斤（达标）',
    );
  });
  it('cumulative against 序时 or 应完成进度', () => {
    expect(describeGap(sept({ values: [{ period: '2020-09', value: 960 }] }))).toBe('快于序时5.0个百分点（达到序时）');
    expect(describeGap(sept({ values: [{ period: '2020-09', value: 840 }] }))).toBe('慢于序时5.0个百分点（略滞后）');
    expect(describeGap(sept({ phasedTargets: [{ period: '2020-09', target: 960 }], values: [{ period: '2020-09', value: 840 }] }))).toBe(
      '慢于应完成进度10.0个百分点（严重滞后）',
    );
    expect(describeGap(sept({ direction: 'lower', unit: '起', annualTarget: 12, values: [{ period: '2020-09', value: 9 }] }))).toBe(
      '与序时控制线持平（达到序时）',
    );
  });
  it('ranks and milestones', () => {
    const rank = (value: number) =>
      sept({ kind: 'rank', unit: '名', annualTarget: null, targetRank: 3, values: [{ period: '2020-09', value }] });
    expect(describeGap(rank(5))).toBe('落后目标2位（未达标）');
    expect(describeGap(rank(1))).toBe('优于目标2位（达标）');
    expect(describeGap(rank(3))).toBe('达到目标名次（达标）');
    const steps = [
      { plannedDate: '2020-03-10', doneDate: '2020-03-09' },
      { plannedDate: '2020-08-15', doneDate: null },
    ];
    expect(describeGap(sept({ kind: 'milestone', unit: '', annualTarget: null, steps }))).toBe('已完成节点1/2，逾期1个（已逾期）');
    expect(describeGap(sept({ kind: 'milestone', unit: '', annualTarget: null, steps: [steps[0]!] }))).toBe('已完成节点1/1（已完成）');
  });
  it('no gap ⇒ a dash', () => {
    expect(describeGap(sept({}))).toBe('—');
    expect(formatGap(null)).toBe('—');
  });
});

describe('headline figure and outlook words', () => {
  it('a ceiling reads as 控制线使用, never as 完成率100%, and never as 全年红', () => {
    expect(formatProgressFigure(progressFigure(accidents), '起')).toEqual({ label: '控制线使用', value: '75.0%', text: '已用控制线75.0%' });
    const o = formatOutlook(yearEndOutlook(accidents), '起');
    expect(o).toEqual({
      headline: '按当前趋势全年约12起，与控制线持平',
      amount: '',
      verdict: '按此趋势将触及控制线，需严控增量',
      good: false,
      need: '控制线内尚余3起',
    });
    expect(JSON.stringify(o)).not.toMatch(/全年红|完成率/);
  });
  it('a ceiling projected over or under its line', () => {
    const over = sept({ direction: 'lower', unit: '起', annualTarget: 12, values: [{ period: '2020-09', value: 12 }] }); // 16起
    expect(formatOutlook(yearEndOutlook(over), '起')).toMatchObject({
      headline: '按当前趋势全年约16起，超出控制线4起',
      verdict: '按此趋势将突破控制线，需加强管控',
      good: false,
      need: '控制线内尚余0起',
    });
    const under = sept({ direction: 'lower', unit: '起', annualTarget: 12, values: [{ period: '2020-09', value: 6 }] }); // 8起
    expect(formatOutlook(yearEndOutlook(under), '起').headline).toBe('按当前趋势全年约8起，低于控制线4起');
  });
  it('a zero ceiling with one occurrence is broken, not "已完成年度目标" nor "暂无数据"', () => {
    expect(formatProgressFigure(progressFigure(illegalBuilding), '处')).toEqual({
      label: '零容忍控制线',
      value: '已发生1处',
      text: '零容忍控制线，已发生1处',
    });
    expect(formatOutlook(yearEndOutlook(illegalBuilding), '处')).toEqual({
      headline: '零容忍控制线：已发生1处',
      amount: '',
      verdict: '已突破零容忍控制线，需加强管控',
      good: false,
      need: '已超出控制线1处',
    });
  });
  it('a higher-is-better indicator: projected completion, 全年红 or not, what is still needed', () => {
    const e = sept({ annualTarget: 1541800, values: [{ period: '2020-09', value: 1094400 }] }); // 9 months
    expect(formatProgressFigure(progressFigure(e), '万元')?.text).toBe('完成率71.0%');
    expect(formatOutlook(yearEndOutlook(e), '万元')).toEqual({
      headline: '按当前进度，全年预计完成94.6%',
      amount: '预计全年145.9亿元',
      verdict: '按此进度完不成年度目标，需加快进度',
      good: false,
      need: '剩余3个月，每月平均还需完成14.9亿元（距年度目标44.7亿元）',
    });
    expect(formatOutlook(null, '万元').headline).toBe('暂无数据，无法预计');
  });
});

describe('group words', () => {
  it('name the kind and the count, and the 应完成 line', () => {
    const a = sept({ values: [{ period: '2020-09', value: 960 }] });
    const b = sept({ values: [{ period: '2020-09', value: 600 }] });
    expect(groupCompletionLabel(2)).toBe('累计型指标平均完成率（2项）');
    expect(describeGroupProgress(groupProgress([a, b, accidents, unemployment], 5))).toBe(
      '累计型指标平均完成率65.0%（2项），慢于应完成进度10.0个百分点（严重滞后）',
    );
    expect(describeGroupProgress(groupProgress([accidents, unemployment], 5))).toBe('无累计型指标（按状态计数）');
    expect(describeGroupProgress(groupProgress([sept({})], 5))).toBe('累计型指标均未报送');
  });
});

describe('words never leak NaN, Infinity, undefined, null or English', () => {
  it('on any evaluation', () => {
    fc.assert(
      fc.property(inputArb, period2020, settingsArb, (i, period, settings) => {
        const e = evaluateIndicator(i, period, settings);
        const words = [
          describeGap(e),
          ...Object.values(formatProgressFigure(progressFigure(e), e.unit) ?? {}),
          ...Object.values(formatOutlook(yearEndOutlook(e), e.unit)).filter((v) => typeof v === 'string'),
          describeGroupProgress(groupProgress([e], settings.tolerancePp)),
        ].join('|');
        expect(words).not.toMatch(/NaN|Infinity|undefined|null|[A-Za-z]{2,}/);
      }),
      { numRuns: 1000 },
    );
  });
});
