import { describe, expect, it } from 'vitest';
import { slideKinds } from '@/db/schema';
import { defaultMeetingDate, defaultMeetingTitle, defaultSlides } from './preset';
import { buildDeck, SLIDE_KINDS } from './registry';
import { FIXTURE_MEETING, fixtureSource } from './test-fixtures';
import type { SlideOf } from './types';

const deck = () => buildDeck(fixtureSource(), FIXTURE_MEETING);
const slide = <K extends keyof typeof SLIDE_KINDS>(kind: K) => deck().slides.find((s) => s.kind === kind) as SlideOf<K>;

describe('buildDeck', () => {
  it('builds one slide per choice, numbered in order, with custom titles and notes kept', () => {
    const d = deck();
    expect(d.slides.map((s) => s.kind)).toEqual(['cover', 'overview', 'competition', 'honour', 'weak', 'closing']);
    expect(d.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(d.slides.map((s) => s.title)).toEqual([FIXTURE_MEETING.title, '总体运行情况', '项目攻坚竞赛', '红黄榜', '弱项指标', '谢谢！']);
    expect(d.slides[2]!.notes).toBe('请发改局汇报');
    expect(d).toMatchObject({ dateLabel: '2020年10月9日', periodLabel: '2020年9月', demo: true });
  });

  it('every kind of the schema has a builder', () => {
    expect(Object.keys(SLIDE_KINDS).sort()).toEqual([...slideKinds].sort());
  });

  it('cover: campaign, period and date in words', () => {
    expect(slide('cover')).toMatchObject({
      campaignLabel: '2020年“六抓六比·八大竞赛”',
      periodLabel: '2020年9月运行情况',
      dateLabel: '2020年10月9日',
    });
  });

  it('overview: folded status counts, county standing, competitions by rank with completion vs expected', () => {
    const o = slide('overview');
    expect(o.counts).toEqual({ ahead: 3, behind: 1, lagging: 1, noData: 1, total: 6 });
    expect(o.county).toEqual({ compared: 3, top: 2, bottom: 1, up: 1, down: 1 });
    expect(o.competitions.map((c) => c.id)).toEqual([1, 2]);
    // competition 1: cumulative completions 0.8, 0.5 → 0.65 against 0.75, 0.75 → 0.75: 10 百分点
    // behind → lagging (the milestone 104 is counted by status, not averaged)
    expect(o.competitions[0]!.completion).toBeCloseTo(0.65, 10);
    expect(o.competitions[0]!.expected).toBeCloseTo(0.75, 10);
    expect(o.competitions[0]!.status).toBe('lagging');
    expect(o.summary).toContain('序时进度75.0%');
  });

  it('competition: goals, completion vs expected per task force (capped at 150%), county ranks and weak items', () => {
    const c = slide('competition');
    expect(c).toMatchObject({
      name: '项目攻坚竞赛',
      leader: '徐登富（区委常委）',
      leadUnit: '区发改局',
      score: 90.9,
      rank: 1,
      total: 2,
      movement: 1,
    });
    const [tf11, tf12] = c.taskForces.rows;
    // TF 11: (0.8 + 0.5) / 2 = 0.65 vs 0.75 → 10 百分点 behind, more than the 5-point tolerance
    expect(tf11).toMatchObject({
      name: '招商引资专班',
      goal: '全年引进亿元以上产业项目20个',
      leadUnit: '区发改局',
      score: 86.7,
      status: 'lagging',
    });
    expect(tf11!.completion).toBeCloseTo(0.65, 10);
    // TF 12 holds a level and a milestone indicator: no cumulative completion to average
    expect(tf12).toMatchObject({ completion: null, expected: null, status: 'no_data' });
    expect(c.county.rows.map((r) => [r.name, r.rank, r.total, r.movement, r.bottomThird])).toEqual([
      ['固定资产投资', 2, 6, 1, false],
      ['项目开工率', 5, 6, -2, true],
    ]);
    expect(c.weak.rows.map((w) => [w.name, w.reason])).toEqual([
      ['实际利用外资', '严重滞后'],
      ['项目开工率', '全市排名靠后'],
    ]);
    expect(c.summary).toContain('2个专班中1个慢于应完成进度');
  });

  it('competition: the completion of a runaway indicator is capped at 150% before averaging', () => {
    const d = buildDeck(fixtureSource(), {
      ...FIXTURE_MEETING,
      slides: [{ kind: 'competition', competitionId: 2, title: null, notes: '' }],
    });
    const c = d.slides[0] as SlideOf<'competition'>;
    expect(c.taskForces.rows[0]).toMatchObject({ completion: 1.5, expected: 0.75, status: 'ahead' });
    expect(c.weak.rows).toEqual([]);
  });

  it('competition: a competition of another campaign is refused in Chinese', () => {
    expect(() =>
      buildDeck(fixtureSource(), { ...FIXTURE_MEETING, slides: [{ kind: 'competition', competitionId: 99, title: null, notes: '' }] }),
    ).toThrow(/不属于本活动/);
  });

  it('competition: long lists are cut to what fits, counting the rest', () => {
    const src = fixtureSource();
    const extra = Array.from({ length: 9 }, (_, i) => ({
      id: 200 + i,
      competitionId: 1,
      name: `专班${i}`,
      goal: '目标',
      leadPersonId: null,
      leadUnitId: null,
    }));
    src.structure.taskForces.push(...extra);
    const c = buildDeck(src, { ...FIXTURE_MEETING, slides: [{ kind: 'competition', competitionId: 1, title: null, notes: '' }] })
      .slides[0] as SlideOf<'competition'>;
    expect(c.taskForces.rows).toHaveLength(7);
    expect(c.taskForces.more).toBe(4);
  });

  it('competition: rows that share a name are told apart by their task force', () => {
    const src = fixtureSource();
    src.structure.indicators = src.structure.indicators.map((i) => (i.id === 103 ? { ...i, name: '固定资产投资' } : i));
    const c = buildDeck(src, { ...FIXTURE_MEETING, slides: [{ kind: 'competition', competitionId: 1, title: null, notes: '' }] })
      .slides[0] as SlideOf<'competition'>;
    expect(c.county.rows.map((r) => r.label)).toEqual(['固定资产投资（招商引资）', '固定资产投资（项目前期）']);
    expect(c.weak.rows.map((r) => r.label)).toEqual(['实际利用外资', '固定资产投资']);
  });

  it('honour: the campaign rule (top n with ≥ 100 points; bottom n or below the warning line)', () => {
    const h = slide('honour');
    expect(h.red.rows).toEqual([]);
    expect(h.yellow.rows.map((r) => [r.name, r.competition, r.score, r.rank])).toEqual([['教育提升专班', '民生实事', 60, 3]]);
    expect(h.rule).toEqual({ size: 1, warningBelow: 70 });
  });

  it('weak and closing: district totals', () => {
    expect(slide('weak')).toMatchObject({ total: 2, lagging: 1, bottomThird: 1 });
    expect(slide('closing')).toMatchObject({ monthsLeft: 3, lagging: 1, weak: 2, dateLabel: '2020年10月9日' });
  });
});

describe('the default meeting', () => {
  it('is the 9 October 2020 meeting on 2020-09: cover, overview, each competition, lists, weak items, closing', () => {
    expect(defaultMeetingDate('2020-09')).toBe('2020-10-09');
    expect(defaultMeetingDate('2020-12')).toBe('2021-01-09');
    expect(defaultMeetingTitle('六抓六比·八大竞赛')).toBe('互看互学互比暨“六抓六比·八大竞赛”推进会');
    expect(defaultSlides([5, 3]).map((s) => (s.competitionId ? `${s.kind}:${s.competitionId}` : s.kind))).toEqual([
      'cover',
      'overview',
      'competition:5',
      'competition:3',
      'honour',
      'weak',
      'closing',
    ]);
  });
});
