import { describe, expect, it } from 'vitest';
import { slideKinds } from '@/db/schema';
import { defaultMeetingDate, defaultMeetingTitle, defaultSlides } from './preset';
import { buildDeck, SLIDE_KINDS } from './registry';
import { FIXTURE_MEETING, fixtureSnapshot, fixtureSnapshotInput, fixtureSource } from './test-fixtures';
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

  it('overview: headline counts and county standing (lib/metrics headlineFigures), competitions by rank with their group progress', () => {
    const o = slide('overview');
    // 101 略滞后; 102, 197, 108 严重滞后; 103, 104, 105 on track; 106 未报送 (待审核)
    expect(o.counts).toEqual({ ahead: 3, behind: 1, lagging: 3, noData: 1, pending: 1, total: 8 });
    // 101 2nd and 105 1st of 6 (top third), 103 5th (bottom third); 101 ▲1, 103 ▼2
    expect(o.county).toEqual({ compared: 3, top: 2, bottom: 1, up: 1, down: 1 });
    expect(o.completeness).toEqual({ submitted: 7, due: 7, complete: true, note: null });
    expect(o.competitions.map((c) => [c.name, c.score, c.rank, c.movement, c.status])).toEqual([
      ['项目攻坚竞赛', 92, 1, 1, 'lagging'],
      ['民生实事竞赛', 60, 2, 1, 'ahead'],
      ['平安法治竞赛', 59.3, 3, -2, null],
    ]);
    // competition 1: (74% + 52%) / 2 = 63.0% against 75.0%: 12 百分点 behind, more than the 5-point tolerance
    const [c1, , c3] = o.competitions;
    expect(c1!.progress).toMatchObject({ completion: 0.63, expected: 0.75, gapPp: -12, count: 2 });
    expect(c1!.text).toBe('累计型指标平均完成率63.0%（2项），慢于应完成进度12.0个百分点（严重滞后）');
    expect(c1!.gap).toBe('慢于应完成进度12.0个百分点（严重滞后）');
    // competition 3 holds ceilings only: nothing to average, never ≈100%; counted by status instead
    expect(c3!.progress.completion).toBeNull();
    expect(c3!.text).toBe('无累计型指标（按状态计数）');
    expect(c3!.counts).toMatchObject({ ahead: 0, lagging: 2, total: 2 });
    expect(o.summary).toContain('序时进度75.0%');
    expect(o.summary).toContain('全市排名前三分之一2项、全市排名后三分之一1项');
  });

  it('competition: goals, each task force’s progress against its 应完成 line, county ranks and weak items', () => {
    const c = slide('competition');
    expect(c).toMatchObject({
      name: '项目攻坚竞赛',
      leader: '徐登富（区委常委）',
      leadUnit: '区发改局',
      score: 92,
      rank: 1,
      total: 3,
      movement: 1,
      taskForceTotal: 4,
    });
    expect(c.group.text).toBe('累计型指标平均完成率63.0%（2项），慢于应完成进度12.0个百分点（严重滞后）');
    const [tf11, tf12] = c.taskForces.rows;
    expect(tf11).toMatchObject({
      name: '招商引资专班',
      goal: '全年引进亿元以上产业项目20个',
      leadUnit: '区发改局',
      score: 84,
      rank: 2,
      movement: 1,
    });
    expect(tf11).toMatchObject({ status: 'lagging', gap: '慢于应完成进度12.0个百分点（严重滞后）' });
    // TF 12 holds a lower-is-better rate and a milestone: no completion to average, counted by status
    expect(tf12).toMatchObject({ status: null, text: '无累计型指标（按状态计数）', rank: 1 });
    expect(tf12!.counts).toMatchObject({ ahead: 2, total: 2 });
    expect(c.county.rows.map((r) => [r.name, r.rank, r.total, r.movement, r.bottomThird])).toEqual([
      ['固定资产投资', 2, 6, 1, false],
      ['城镇登记失业率', 5, 6, -2, true],
    ]);
    // the lower-is-better rate: the fact (2.7% is 0.8 百分点 below the 3.5% ceiling), then the judgement
    expect(c.weak.rows.map((w) => [w.name, w.reason, w.gap])).toEqual([
      ['实际利用外资', '严重滞后', '慢于序时23.0个百分点（严重滞后）'],
      ['城镇登记失业率', '全市排名靠后', '低于目标0.8个百分点（越低越好，达标）'],
    ]);
    expect(c.summary).toContain('2个专班中1个慢于应完成进度');
    expect(c.completeness.note).toBeNull();
  });

  it('competition: the completion of a runaway indicator is capped at 150% before averaging', () => {
    const d = buildDeck(fixtureSource(), {
      ...FIXTURE_MEETING,
      slides: [{ kind: 'competition', competitionId: 2, title: null, notes: '' }],
    });
    const c = d.slides[0] as SlideOf<'competition'>;
    expect(c.taskForces.rows[0]!.progress).toMatchObject({ completion: 1.5, expected: 0.75, status: 'ahead', count: 1 });
    expect(c.weak.rows).toEqual([]);
  });

  it('competition: a group of ceilings only says so, and its ceiling and 零容忍 items read as such, never as 完成率', () => {
    const d = buildDeck(fixtureSource(), {
      ...FIXTURE_MEETING,
      slides: [{ kind: 'competition', competitionId: 3, title: null, notes: '' }],
    });
    const c = d.slides[0] as SlideOf<'competition'>;
    expect(c.group).toMatchObject({ status: null, text: '无累计型指标（按状态计数）' });
    expect(c.taskForces.rows[0]).toMatchObject({ name: '安全生产专班', status: null, score: 59.3, rank: 4, movement: -3 });
    expect(c.taskForces.rows[0]!.counts).toMatchObject({ lagging: 2, total: 2 });
    // 9起 against the 8起 phased line; 1处 against a ceiling of 0 (weakest first: 0 points before 88.9)
    expect(c.weak.rows.map((w) => [w.name, w.gap])).toEqual([
      ['新增违法建筑', '发生1处（零容忍，未达标）'],
      ['生产安全事故起数', '超出阶段控制线1起（严重滞后）'],
    ]);
    expect(JSON.stringify(c)).not.toMatch(/完成率100|全年红/);
  });

  it('an incomplete round says how much is in wherever it ranks', () => {
    const input = fixtureSnapshotInput();
    input.entries = input.entries.filter((e) => e.period !== '2020-09' || e.indicatorId === 101);
    const d = buildDeck(fixtureSource({ snapshot: fixtureSnapshot(input) }), FIXTURE_MEETING);
    const note = '已报送1/7项，排名仅供参考';
    expect((d.slides[1] as SlideOf<'overview'>).completeness).toEqual({ submitted: 1, due: 7, complete: false, note });
    expect((d.slides[2] as SlideOf<'competition'>).completeness.note).toBe(note);
    expect((d.slides[3] as SlideOf<'honour'>).completeness.note).toBe(note);
    expect(d.slides[1]!.summary).toContain(note);
  });

  it('January has no movement: no previous rank, for groups and county ranks alike', () => {
    const input = fixtureSnapshotInput('2020-01');
    input.entries = input.entries.map((e) => ({ ...e, period: e.period === '2020-08' ? '2020-01' : '2020-02' }));
    input.countyValues = input.countyValues.map((v) => ({ ...v, period: '2020-01' }));
    const d = buildDeck(fixtureSource({ snapshot: fixtureSnapshot(input) }), { ...FIXTURE_MEETING, period: '2020-01' });
    const o = d.slides[1] as SlideOf<'overview'>;
    expect(o.competitions.map((c) => c.movement)).toEqual([null, null, null]);
    expect(o.county.compared).toBeGreaterThan(0);
    expect(o.county).toMatchObject({ up: 0, down: 0 });
    const c = d.slides[2] as SlideOf<'competition'>;
    expect(c.movement).toBeNull();
    expect(c.taskForces.rows.map((t) => t.movement)).toEqual([null, null]);
    expect(c.county.rows.map((r) => r.movement)).toEqual([null, null]);
    expect((d.slides[3] as SlideOf<'honour'>).yellow.rows.map((r) => r.movement)).toEqual(
      (d.slides[3] as SlideOf<'honour'>).yellow.rows.map(() => null),
    );
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
    const input = fixtureSnapshotInput();
    input.taskForces.push(...extra.map((t) => ({ id: t.id, competitionId: 1 })));
    src.snapshot = fixtureSnapshot(input);
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
    expect(h.red.rows.map((r) => [r.name, r.score, r.rank, r.movement])).toEqual([['项目前期专班', 100, 1, 1]]);
    // the bottom one (安全生产专班, 4th) and every one below 70 points (教育提升专班, 60)
    expect(h.yellow.rows.map((r) => [r.name, r.competition, r.score, r.rank, r.movement])).toEqual([
      ['教育提升专班', '民生实事', 60, 3, 1],
      ['安全生产专班', '平安法治', 59.3, 4, -3],
    ]);
    expect(h.rule).toEqual({ size: 1, warningBelow: 70 });
  });

  it('weak and closing: district totals', () => {
    const w = slide('weak');
    expect(w).toMatchObject({ total: 4, lagging: 3, bottomThird: 1 });
    // weakest first (lib/metrics weakestFirst): lowest score, then the worse county rank
    expect(w.weak.rows.map((r) => r.name)).toEqual(['新增违法建筑', '实际利用外资', '生产安全事故起数', '城镇登记失业率']);
    expect(slide('closing')).toMatchObject({ monthsLeft: 3, lagging: 3, weak: 4, dateLabel: '2020年10月9日' });
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
