import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '@/lib/deck/registry';
import { FIXTURE_MEETING, fixtureSource } from '@/lib/deck/test-fixtures';
import type { SlideOf } from '@/lib/deck/types';
import { buildPptx, notesText, pptxFileName } from './build';
import { competitionSubtitle, countyRows, weakItemRows } from './competition';
import { invalidXmlParts } from '@/lib/text/strict-xml';
import { honourRows } from './honour';
import { overviewRows } from './overview';

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
    // competition 1: TF 11 65.0% vs 75.0% (lagging); TF 12 has no cumulative indicator, left out
    const competition = xml.find((x) => x.includes('招商引资专班（严重滞后）'))!;
    expect(competition).toBeDefined();
    expect(numbersOf(competition)).toEqual(expect.arrayContaining(['65', '75']));
    expect(competition).not.toContain('项目前期专班');
    expect(competition).toContain('平均完成率');
    expect(competition).toContain('应完成进度');
    // the workbook behind each chart is embedded, so the chart stays editable
    expect(Object.keys(zip.files).filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f)).length).toBe(2);
  });

  it('puts the presenter notes and the key figures in the notes pane', async () => {
    const zip = await unzip();
    const notes = await zip.file('ppt/notesSlides/notesSlide3.xml')!.async('string');
    expect(notes).toContain('请发改局汇报');
    expect(notes).toContain('数据要点：项目攻坚竞赛得分90.9分');
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

  it('competition: key figures line, county and weak tables with words for movement and status', () => {
    expect(competitionSubtitle(competition)).toBe(
      '牵头领导：徐登富（区委常委）　牵头部门：区发改局　得分 90.9　竞赛排名 第1名/2　较上期▲上升1位　序时进度 75.0%',
    );
    expect(countyRows(competition)).toEqual([
      ['固定资产投资', { text: '第2名/6', color: '111827', bold: false }, '▲上升1位'],
      ['项目开工率', { text: '第5名/6', color: 'B91C1C', bold: true }, '▼下降2位'],
    ]);
    expect(weakItemRows(competition).map((r) => [r[0], typeof r[1] === 'string' ? r[1] : r[1]!.text, r[2]])).toEqual([
      ['实际利用外资', '✖严重滞后', '严重滞后'],
      ['项目开工率', '▲略滞后', '全市排名靠后'],
    ]);
  });

  it('overview and honour rows', () => {
    const rows = overviewRows(d.slides[1] as SlideOf<'overview'>);
    expect(rows[0]!.slice(0, 5)).toEqual(['第1名', '项目攻坚竞赛', '90.9', '▲上升1位', '65.0%']);
    expect(honourRows((d.slides[3] as SlideOf<'honour'>).yellow.rows)).toEqual([['第3名', '教育提升专班', '民生实事', '60.0', '–持平']]);
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
