import { describe, expect, it } from 'vitest';
import { computeSnapshot } from '@/lib/metrics';
import { FIXTURE_MEETING, fixtureSnapshotInput, fixtureSource } from '../test-fixtures';
import type { Deck } from '../types';
import { buildReportDeck } from './build';
import { pages } from './build-figures';
import type { ReportSource } from './source';
import { prefilledTexts, resolveTexts } from './texts';

const NAMES: Record<string, string> = {
  '330802': '柯城区',
  '330803': '衢江区',
  '330822': '常山县',
  '330824': '开化县',
  '330825': '龙游县',
  '330881': '江山市',
};

function source(entries = fixtureSnapshotInput().entries): ReportSource {
  const input = { ...fixtureSnapshotInput(), entries };
  const deck = fixtureSource({ snapshot: computeSnapshot(input) });
  const facts = [
    {
      id: 101,
      taskForceId: 11,
      name: '固定资产投资',
      kind: 'cumulative',
      direction: 'higher',
      unit: '万元',
      annualTarget: 200000,
      targetRank: null,
      hasCountyComparison: true,
    },
    {
      id: 102,
      taskForceId: 11,
      name: '实际利用外资',
      kind: 'cumulative',
      direction: 'higher',
      unit: '万美元',
      annualTarget: 1000,
      targetRank: null,
      hasCountyComparison: false,
    },
    {
      id: 103,
      taskForceId: 12,
      name: '城镇登记失业率',
      kind: 'level',
      direction: 'lower',
      unit: '%',
      annualTarget: 3.5,
      targetRank: null,
      hasCountyComparison: true,
    },
    {
      id: 104,
      taskForceId: 12,
      name: '项目前期节点',
      kind: 'milestone',
      direction: 'higher',
      unit: '',
      annualTarget: null,
      targetRank: null,
      hasCountyComparison: false,
    },
  ] as ReportSource['indicators'];
  return {
    deck,
    competitionId: 1,
    homeRegionCode: '330802',
    indicators: facts,
    countyValues: input.countyValues.map((v) => ({ ...v, name: NAMES[v.regionCode]! })),
    texts: [
      { indicatorId: 101, period: '2020-09', workProgress: '新签约项目3个。', problems: '要素保障不足。', nextSteps: '加快项目落地。' },
      { indicatorId: 102, period: '2020-09', workProgress: '', problems: '', nextSteps: '加快项目落地。' },
      { indicatorId: 103, period: '2020-08', workProgress: '', problems: '', nextSteps: '上月的打算。' },
    ],
  };
}

const kinds = (d: Deck) => d.slides.map((s) => s.kind);

describe('buildReportDeck', () => {
  it('builds the report slides in order, numbered, without 较上次会议 when nothing was frozen before', () => {
    const src = source();
    const deck = buildReportDeck(src, FIXTURE_MEETING, prefilledTexts(src), null);
    expect(kinds(deck)).toEqual([
      'report-cover',
      'report-goals',
      'report-indicators',
      'report-county',
      'report-weak',
      'report-next',
      'report-coordination',
    ]);
    expect(deck.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(deck.slides[0]!.title).toBe('项目攻坚竞赛工作汇报');
  });

  it('pre-fills 下步打算 from the round’s entries, distinct, and keeps what the presenter saved', () => {
    const src = source();
    expect(prefilledTexts(src).nextSteps).toEqual({ '11': '加快项目落地。', '12': '' });
    const saved = resolveTexts(src, { nextSteps: { '11': '会前修改的打算。' }, problems: {}, coordination: '请协调用地。' });
    expect(saved.nextSteps).toEqual({ '11': '会前修改的打算。', '12': '' });
    expect(saved.problems['11']).toBe('要素保障不足。');
    const deck = buildReportDeck(src, FIXTURE_MEETING, saved, null);
    const next = deck.slides.find((s) => s.kind === 'report-next');
    expect(next?.kind === 'report-next' && next.groups.map((g) => g.text)).toEqual(['会前修改的打算。', '']);
    const coordination = deck.slides.find((s) => s.kind === 'report-coordination');
    expect(coordination?.summary).toBe('请协调用地。');
  });

  it('states the catch-up of each county-compared indicator from lib/metrics catchUp', () => {
    const src = source();
    const deck = buildReportDeck(src, FIXTURE_MEETING, prefilledTexts(src), null);
    const county = deck.slides.find((s) => s.kind === 'report-county');
    if (county?.kind !== 'report-county') throw new Error('no county slide');
    const inv = county.rows.find((r) => r.indicatorId === 101)!;
    // 150 against 200 (衢江区), 100, 90, 80, 70: second; the default target (top third of six) is met.
    expect(inv.rank).toBe(2);
    expect(inv.passAbove).toContain('赶超衢江区（达到即第1名）');
    expect(inv.passAbove).toContain('须达到200.0万元（衢江区现值，相差50.0万元）；按其进度年底约266.7万元，今后每月须完成38.9万元');
    expect(inv.reachTarget).toBe('已达到目标名次（全市前2）。');
    const rate = county.rows.find((r) => r.indicatorId === 103)!;
    // Lower is better: 2.7 is fifth after 2.0, 2.1, 2.2, 2.5; passing 2.5 takes 0.2 points in 3 months.
    expect(rate.rank).toBe(5);
    expect(rate.passAbove).toContain('须降至2.5%');
    expect(rate.passAbove).toContain('今后每月须降低0.07个百分点');
  });

  it('较上次会议 lists a corrected figure and last time’s promises with this period’s progress', () => {
    const src = source();
    const previous = buildReportDeck(src, FIXTURE_MEETING, prefilledTexts(src), null);
    const corrected = fixtureSnapshotInput().entries.map((e) =>
      e.indicatorId === 101 && e.period === '2020-09' ? { ...e, value: 120000 } : e,
    );
    const now = source(corrected);
    const deck = buildReportDeck(now, FIXTURE_MEETING, prefilledTexts(now), {
      title: '上次会议',
      dateLabel: '2020年9月9日',
      deck: previous,
    });
    expect(kinds(deck)[1]).toBe('report-compare');
    const compare = deck.slides[1]!;
    if (compare.kind !== 'report-compare') throw new Error('no compare slide');
    expect(compare.changes.map((c) => c.indicatorId)).toEqual([101]);
    expect(compare.changes[0]!.before).toContain('14.8亿元');
    expect(compare.changes[0]!.now).toContain('12亿元');
    expect(compare.promises).toEqual([{ taskForceId: 11, taskForce: '招商引资专班', text: '加快项目落地。', progress: '新签约项目3个。' }]);
  });

  it('pages long lists, always at least one page', () => {
    expect(
      pages(
        Array.from({ length: 21 }, (_, i) => i),
        10,
      ).map((p) => p.length),
    ).toEqual([10, 10, 1]);
    expect(pages([], 10)).toEqual([[]]);
  });
});
