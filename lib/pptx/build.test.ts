import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '@/lib/deck/registry';
import { FIXTURE_MEETING, fixtureSnapshot, fixtureSnapshotInput, fixtureSource } from '@/lib/deck/test-fixtures';
import type { SlideOf } from '@/lib/deck/types';
import { buildPptx, notesText, pptxFileName } from './build';
import { competitionProgressLine, competitionSubtitle, countyRows, weakItemRows } from './competition';
import { invalidXmlParts } from '@/lib/text/strict-xml';
import { honourRows } from './honour';
import { overviewRows, overviewSubtitle } from './overview';
import { weakRowsOf } from './weak';

const deck = () => buildDeck(fixtureSource(), FIXTURE_MEETING);

async function unzip() {
  return JSZip.loadAsync(await buildPptx(deck()));
}

const numbersOf = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);

describe('buildPptx', () => {
  it('writes a 16:9 deck with one slide per deck slide', async () => {
    const zip = await unzip();
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(6);
    const pres = await zip.file('ppt/presentation.xml')!.async('string');
    expect(pres).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it('draws native charts that carry the data (overview and competition)', async () => {
    const zip = await unzip();
    const charts = Object.keys(zip.files)
      .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
      .sort();
    expect(charts).toHaveLength(2);
    const xml = await Promise.all(charts.map((f) => zip.file(f)!.async('string')));
    const all = xml.join('');
    expect(all).toContain('<c:barChart>');
    expect(all).toContain('<c:barDir val="bar"/>');
    // competition 1: TF 11 63.0% vs 75.0% (lagging); TF 12 has no cumulative indicator, left out
    const competition = xml.find((x) => x.includes('招商引资专班（严重滞后）'))!;
    expect(competition).toBeDefined();
    expect(numbersOf(competition)).toEqual(expect.arrayContaining(['63', '75']));
    expect(competition).not.toContain('项目前期专班');
    expect(competition).toContain('累计型指标平均完成率');
    expect(competition).toContain('应完成进度');
    // the overview: competitions 1 and 2; 平安法治竞赛 (ceilings only) is not charted at any figure
    const overview = xml.find((x) => x.includes('项目攻坚竞赛（严重滞后）'))!;
    expect(numbersOf(overview)).toEqual(expect.arrayContaining(['63', '150', '75']));
    expect(overview).not.toContain('平安法治竞赛');
    // the workbook behind each chart is embedded, so the chart stays editable
    expect(Object.keys(zip.files).filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f)).length).toBe(2);
  });

  it('puts the presenter notes and the key figures in the notes pane', async () => {
    const zip = await unzip();
    const notes = await zip.file('ppt/notesSlides/notesSlide3.xml')!.async('string');
    expect(notes).toContain('请发改局汇报');
    expect(notes).toContain('数据要点：项目攻坚竞赛得分92.0分');
  });

  it('names a Chinese font with the zh-CN language on text runs', async () => {
    const zip = await unzip();
    const slide = await zip.file('ppt/slides/slide3.xml')!.async('string');
    expect(slide).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(slide).toContain('lang="zh-CN"');
    expect(slide).toContain('项目攻坚竞赛');
  });
});

describe('PPTX data shaping', () => {
  const d = deck();
  const competition = d.slides[2] as SlideOf<'competition'>;

  it('competition: key figures line, its progress line, county and weak tables with words for movement and status', () => {
    expect(competitionSubtitle(competition)).toBe(
      '牵头领导：徐登富（区委常委）　牵头部门：区发改局　得分 92.0　竞赛排名 第1名/3　较上期▲上升1位　序时进度 75.0%',
    );
    expect(competitionProgressLine(competition)).toBe('累计型指标平均完成率63.0%（2项），慢于应完成进度12.0个百分点（严重滞后）');
    expect(countyRows(competition)).toEqual([
      ['固定资产投资', { text: '第2名/6', color: '111827', bold: false }, '▲上升1位'],
      ['城镇登记失业率', { text: '第5名/6', color: 'B91C1C', bold: true }, '▼下降2位'],
    ]);
    expect(weakItemRows(competition).map((r) => [r[0], typeof r[1] === 'string' ? r[1] : r[1]!.text, r[2]])).toEqual([
      ['实际利用外资', '✖严重滞后', '严重滞后'],
      ['城镇登记失业率', '✔达到序时', '全市排名靠后'],
    ]);
  });

  it('overview rows: a group of ceilings only reads 无累计型指标 / 按状态计数, never a completion', () => {
    const rows = overviewRows(d.slides[1] as SlideOf<'overview'>);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['第1名', '项目攻坚竞赛', '92.0', '▲上升1位', '63.0%'],
      ['第2名', '民生实事竞赛', '60.0', '▲上升1位', '150.0%'],
      ['第3名', '平安法治竞赛', '59.3', '▼下降2位', '无累计型指标'],
    ]);
    expect(rows[2]![5]).toEqual({ text: '按状态计数', color: '4B5563' });
    expect(overviewSubtitle(d.slides[1] as SlideOf<'overview'>)).toBe('序时进度75.0%　指标8项：✔达到序时3、◐略滞后1、✖严重滞后3、○未报送1');
  });

  it('honour rows and the weak table with the gap in words', () => {
    expect(honourRows((d.slides[3] as SlideOf<'honour'>).yellow.rows)).toEqual([
      ['第3名', '教育提升专班', '民生实事', '60.0', '▲上升1位'],
      ['第4名', '安全生产专班', '平安法治', '59.3', '▼下降3位'],
    ]);
    const weak = weakRowsOf(d.slides[4] as SlideOf<'weak'>).map((r) => r[4]);
    expect(weak).toEqual([
      '发生1处（零容忍，未达标）',
      '慢于序时23.0个百分点（严重滞后）',
      '超出阶段控制线1起（严重滞后）',
      '低于目标0.8个百分点（越低越好，达标）',
    ]);
  });

  it('an incomplete round carries its caveat on the overview and the competition slides', () => {
    const input = fixtureSnapshotInput();
    input.entries = input.entries.filter((e) => e.period !== '2020-09' || e.indicatorId === 101);
    const open = buildDeck(fixtureSource({ snapshot: fixtureSnapshot(input) }), FIXTURE_MEETING);
    expect(overviewSubtitle(open.slides[1] as SlideOf<'overview'>)).toMatch(/　已报送1\/7项，排名仅供参考$/);
    expect(competitionProgressLine(open.slides[2] as SlideOf<'competition'>)).toMatch(/　已报送1\/7项，排名仅供参考$/);
  });

  it('notes and file name', () => {
    expect(notesText(competition)).toMatch(/^请发改局汇报\n\n数据要点：/);
    expect(notesText(d.slides[0]!)).toMatch(/^数据要点：/);
    expect(pptxFileName({ ...d, title: '会议/第2次:"汇报"' })).toBe('会议第2次汇报_2020年10月9日.pptx');
    expect(pptxFileName({ ...d, title: '会议\u202Etpp.exe\u0007\u0000' })).toBe('会议tpp.exe_2020年10月9日.pptx');
  });
});

describe('XML-illegal characters in user text', () => {
  const HOSTILE = '\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\uD800\uFFFE\uFFFF\u202E倒序\u2066';
  const USER_FIELDS = new Set([
    'title',
    'notes',
    'name',
    'label',
    'taskForce',
    'competition',
    'leader',
    'leadUnit',
    'goal',
    'meetingTitle',
  ]);

  /** The deck with control characters added to every field that holds text someone typed. */
  function poison<T>(v: T, key = ''): T {
    if (typeof v === 'string') return (USER_FIELDS.has(key) ? `${v}${HOSTILE}` : v) as T;
    if (Array.isArray(v)) return v.map((x) => poison(x)) as T;
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)])) as T;
    return v;
  }

  it('writes a deck whose every XML part (charts and their workbooks included) is well-formed', async () => {
    const file = await buildPptx(poison(deck()));
    expect(await invalidXmlParts(file)).toEqual([]);
    const slide = await (await JSZip.loadAsync(file)).file('ppt/slides/slide3.xml')!.async('string');
    expect(slide).toContain('项目攻坚竞赛');
    expect(slide).toContain('倒序');
  });
});
