import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPptx } from '@/lib/pptx/build';
import { fixtureProject, fixtureWorkItem } from './place-fixtures';
import type { ProjectSlide, VillagesSlide, WorkItemsSlide } from './place-types';
import { buildDeck, needsPlaces } from './registry';
import { FIXTURE_MEETING, fixtureSource } from './test-fixtures';
import type { MeetingSpec } from './types';

const slide = (kind: MeetingSpec['slides'][number]['kind'], extra = {}) => ({
  kind,
  competitionId: null,
  title: null,
  notes: '',
  ...extra,
});
const MEETING: MeetingSpec = { ...FIXTURE_MEETING, slides: [slide('villages'), slide('project', { projectId: 1 }), slide('work_items')] };
const source = () =>
  fixtureSource({
    places: {
      villages: [],
      villageFigures: [],
      projects: [fixtureProject()],
      workItems: [
        fixtureWorkItem(1, '2020-09-20', 'in_progress'),
        fixtureWorkItem(2, '2020-08-15', 'not_started'),
        fixtureWorkItem(3, '2020-08-01', 'closed'),
        fixtureWorkItem(4, '2020-12-31', 'in_progress', '2020-09-10'),
      ],
    },
  });
const deck = () => buildDeck(source(), MEETING);

describe('place slides', () => {
  it('are the kinds whose deck needs the places loaded', () => {
    expect(needsPlaces(FIXTURE_MEETING.slides)).toBe(false);
    expect(needsPlaces(MEETING.slides)).toBe(true);
    expect(() => buildDeck(fixtureSource(), MEETING)).toThrow('未加载');
  });

  it('say so when no village has approved figures', () => {
    const v = deck().slides[0] as VillagesSlide;
    expect(v.charts).toEqual([]);
    expect(v.summary).toBe('参与比较的行政村0个，尚无经审核的村庄经营数据。');
  });

  it('tell a project as of the period end: investment progress, the late step, approved figures, money charts first', () => {
    const p = deck().slides[1] as ProjectSlide;
    expect(p.title).toBe('智能制造服务平台');
    expect(p.facts).toContainEqual({ label: '投资完成率', value: '80.0%' });
    expect(p.steps.rows.map((s) => [s.title, s.late])).toEqual([
      ['主楼结顶', false],
      ['幕墙完工', true],
      ['投入使用', false],
    ]);
    expect(p.figures.rows.map((f) => f.name)).not.toContain('待审核数据');
    expect(p.charts.map((c) => [c.id, c.series[0]!.values])).toEqual([
      ['investment', [15000, 12000]],
      ['figures-亿元', [2.35, 5]],
    ]);
  });

  it('list red items most overdue first, then yellow ones, with owners and counts per task force', () => {
    const w = deck().slides[2] as WorkItemsSlide;
    expect([w.red, w.yellow, w.escalated]).toEqual([2, 1, 1]);
    expect(w.rows.rows.map((r) => [r.title, r.flag.flag, r.owner, r.overdue])).toEqual([
      ['督办事项2', 'red', '区发改局 · 责任人2', '逾期46天'],
      ['督办事项1', 'red', '区发改局 · 责任人1', '逾期10天'],
      ['督办事项4', 'yellow', '区发改局 · 责任人4', '节点滞后'],
    ]);
    expect(w.charts[0]!.series.map((s) => [s.name, s.values])).toEqual([
      ['红色督办', [2]],
      ['黄色督办', [1]],
    ]);
    expect(w.summary).toBe('红色督办（逾期未销号）2项，其中逾期30天及以上（升级督办）1项；黄色督办（节点滞后）1项。');
  });

  it('export with native charts carrying their values', async () => {
    const zip = await JSZip.loadAsync(await buildPptx(deck()));
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(3);
    const xml = (await Promise.all(charts.map((f) => zip.file(f)!.async('string')))).join('');
    for (const v of ['15000', '12000', '2.35', '红色督办', '黄色督办']) expect(xml).toContain(v);
  });
});
