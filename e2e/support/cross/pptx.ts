/**
 * The meeting's PPTX as a surface: unzipped, each slide's text paragraphs and tables read from the
 * slide XML, each native chart's series from the chart XML (what PowerPoint draws and labels).
 */
import JSZip from 'jszip';
import type { FigureBook } from './book';
import { addDistrict } from './district';
import { addGroup } from './groups';
import { addIndicatorRow } from './indicators';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!)).join('');

function paragraphs(xml: string): string[] {
  return [...xml.replace(/<a:tbl>[\s\S]*?<\/a:tbl>/g, '').matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => runs(m[1]!));
}

/** Rows (header included) of each table of a slide, cell texts joined. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map(([, tbl]) =>
    [...tbl!.matchAll(/<a:tr[^>]*>([\s\S]*?)<\/a:tr>/g)].map(([, tr]) =>
      [...tr!.matchAll(/<a:tc[^>]*>([\s\S]*?)<\/a:tc>/g)].map(([, tc]) => runs(tc!)),
    ),
  );
}

/** Category labels and values of each series of a chart part. */
function series(xml: string): { name: string; labels: string[]; values: string[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const pts = (part: string) =>
      [...(new RegExp(`<c:${part}>([\\s\\S]*?)</c:${part}>`).exec(ser!)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) =>
        unescape(m[1]!),
      );
    return { name: unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)?.[1] ?? ''), labels: pts('cat'), values: pts('val') };
  });
}

export interface Names {
  competition: Map<string, number>;
  taskForce: Map<string, number>;
  /** "指标名|专班名" → indicator id. */
  indicator: Map<string, number>;
}

/** One header-keyed record per body row of a table. */
const records = (t: string[][]) => t.slice(1).map((r) => Object.fromEntries(t[0]!.map((h, i) => [h, r[i] ?? ''])));

function readSlide(book: FigureBook, xml: string, names: Names): void {
  const paras = paragraphs(xml);
  const headline = paras.find((p) => p.startsWith('序时进度') && p.includes('指标'));
  if (headline)
    addDistrict(book, 'PPTX 总体情况', {
      counts: headline,
      total: /指标(\d+)项/.exec(headline)![1],
      timeProgress: headline.split('　')[0],
    });
  const county = paras.find((p) => p.startsWith('全市比较'));
  if (county) addDistrict(book, 'PPTX 总体情况', { county });
  const competition = paras.map((p) => names.competition.get(p.trim())).find((id) => id !== undefined);
  const band = paras.find((p) => p.includes('竞赛排名 '));
  if (competition !== undefined && band) {
    const part = (label: string) =>
      band
        .split('　')
        .find((x) => x.startsWith(label))!
        .slice(label.length);
    const progress = paras.find((p) => p.startsWith('累计型指标') || p.startsWith('无累计型指标')) ?? '';
    addGroup(book, 'PPTX 竞赛专页', 'competition', competition, {
      score: part('得分 '),
      rank: part('竞赛排名 '),
      movement: part('较上期'),
      completion: progress,
      gap: progress,
      status: progress,
    });
  }
  for (const t of tables(xml)) {
    const head = t[0]!.join('|');
    for (const r of records(t)) {
      if (head.startsWith('名次|竞赛|得分')) {
        const id = names.competition.get(r['竞赛']!)!;
        addGroup(book, 'PPTX 总体情况', 'competition', id, {
          rank: r['名次'],
          score: r['得分'],
          movement: r['较上期'],
          completion: r['累计型指标平均完成率'],
          status: r['状态'],
        });
      } else if (head.startsWith('名次|专班|竞赛|得分')) {
        addGroup(book, 'PPTX 红黄榜', 'task-force', names.taskForce.get(r['专班']!)!, {
          rank: r['名次'],
          score: r['得分'],
          movement: r['较上期'],
        });
      } else if (head.startsWith('指标|专班|责任单位|状态|差距')) {
        const id = names.indicator.get(`${r['指标']}|${r['专班']}`)!;
        addIndicatorRow(book, 'PPTX 弱项', id, { status: r['状态'], gap: r['差距'], 'county-rank': r['全市排名'] });
      }
    }
  }
}

/** A chart's categories "名称（状态）": completion and 应完成 of competitions or task forces. */
function readChart(book: FigureBook, xml: string, names: Names): void {
  const ss = series(xml);
  const completion = ss.find((s) => s.name === '累计型指标平均完成率')!;
  const expected = ss.find((s) => s.name === '应完成进度')!;
  completion.labels.forEach((label, i) => {
    const m = /^(.*)（([^（）]*)）$/.exec(label)!;
    const c = names.competition.get(m[1]!);
    const entity = c !== undefined ? 'competition' : 'task-force';
    const id = c ?? names.taskForce.get(m[1]!)!;
    const pct = (v: string) => `${Number(v).toFixed(1)}%`;
    addGroup(book, 'PPTX 图表', entity, id, {
      completion: pct(completion.values[i]!),
      expected: pct(expected.values[i]!),
      expectedBare: true,
      status: m[2],
    });
  });
}

/** Reads every slide and chart of the PPTX bytes; returns the number of slides and charts read. */
export async function readPptx(book: FigureBook, bytes: Buffer, names: Names): Promise<{ slides: number; charts: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const charts = files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  for (const f of slides) readSlide(book, await zip.file(f)!.async('string'), names);
  for (const f of charts) readChart(book, await zip.file(f)!.async('string'), names);
  return { slides: slides.length, charts: charts.length };
}
