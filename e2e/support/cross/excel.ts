/**
 * The dashboard's Excel exports (/api/export/<table>) as a surface: each workbook parsed with
 * exceljs, each cell read as Excel displays it under its number format ("0.0%", "第"0"名",
 * #,##0.0"亿元"), rows mapped to objects by their names.
 */
import ExcelJS from 'exceljs';
import type { APIRequestContext } from '@playwright/test';
import type { FigureBook } from './book';
import { addGroup } from './groups';
import { addIndicatorRow } from './indicators';
import { excelShown } from './parse';
import type { Names } from './pptx';

/** A cell as Excel shows it: numbers through their format (literals, decimals, thousands, %), text as is. */
export function shownText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (typeof v !== 'number') return v === null || v === undefined ? '' : String(v);
  const fmt = cell.numFmt ?? 'General';
  const m = /^("[^"]*")?(#,##)?(0+)(?:\.(0+))?(%)?("[^"]*")?$/.exec(fmt);
  if (!m) return String(v);
  const digits = m[4]?.length ?? 0;
  let s = excelShown(v, digits, m[5] ? 100 : 1);
  if (m[2]) {
    const [i, f] = s.split('.');
    s = `${i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${f !== undefined ? `.${f}` : ''}`;
  }
  const lit = (x: string | undefined) => (x ? x.slice(1, -1) : '');
  return `${lit(m[1])}${s}${m[5] ?? ''}${lit(m[6])}`;
}

/** The first sheet's rows as header → shown text. */
async function download(request: APIRequestContext, path: string): Promise<Record<string, string>[]> {
  const res = await request.get(path);
  if (res.status() !== 200) throw new Error(`${path}: HTTP ${res.status()}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, string>[] = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    out.push(Object.fromEntries(header.map((h, i) => [h, shownText(row.getCell(i + 1))])));
  }
  return out;
}

const counts = (r: Record<string, string>) => `达到序时${r['达到序时']}略滞后${r['略滞后']}严重滞后${r['严重滞后']}未报送${r['未报送']}`;

function groupRow(r: Record<string, string>) {
  const gap = r['较应完成进度']!;
  return {
    rank: r['名次'] ?? r['全区名次'],
    score: r['得分'],
    movement: r['较上期'],
    completion: r['累计型指标平均完成率'],
    gap,
    status: gap,
    counts: counts(r),
  };
}

export interface ExcelPlan {
  period: string;
  competitionIds: number[];
  /** Task forces whose indicator table is read, and the indicators of the sample. */
  taskForceIds: number[];
  indicators: Set<number>;
}

/** Downloads every export of the plan and adds its figures; returns how many workbooks were read. */
export async function readExcel(request: APIRequestContext, book: FigureBook, names: Names, plan: ExcelPlan): Promise<number> {
  const q = `period=${plan.period}`;
  let files = 0;
  const get = async (path: string) => {
    files++;
    return download(request, path);
  };
  for (const r of await get(`/api/export/competitions?${q}`))
    addGroup(book, 'Excel 竞赛排名', 'competition', names.competition.get(r['竞赛']!)!, groupRow(r));
  for (const r of await get(`/api/export/ranking-task-forces?${q}`))
    addGroup(book, 'Excel 专班排名', 'task-force', names.taskForce.get(r['专班']!)!, groupRow(r));
  for (const id of plan.competitionIds)
    for (const r of await get(`/api/export/competition-task-forces?${q}&id=${id}`))
      addGroup(book, 'Excel 竞赛专班排名', 'task-force', names.taskForce.get(r['专班']!)!, groupRow(r));
  for (const list of ['honour-red', 'honour-yellow'])
    for (const r of await get(`/api/export/${list}?${q}`))
      addGroup(book, 'Excel 红黄榜', 'task-force', names.taskForce.get(r['专班']!)!, {
        rank: r['名次'],
        score: r['得分'],
        movement: r['较上期'],
      });
  for (const r of await get(`/api/export/weak-items?${q}`))
    addIndicatorRow(book, 'Excel 弱项', names.indicator.get(`${r['指标']}|${r['所属专班']}`)!, {
      status: r['状态'],
      gap: r['差距'],
      'county-rank': r['全市排名'],
    });
  for (const id of plan.taskForceIds) {
    const tf = [...names.taskForce].find(([, v]) => v === id)![0];
    for (const r of await get(`/api/export/task-force-indicators?${q}&id=${id}`)) {
      const ind = names.indicator.get(`${r['指标']}|${tf}`)!;
      if (!plan.indicators.has(ind)) continue;
      addIndicatorRow(book, 'Excel 专班指标', ind, {
        figure: r['完成情况'],
        gap: r['进度差距'],
        status: r['状态'],
        score: r['得分'],
        'county-rank': r['全市排名'],
        actual: r['本期实际'],
      });
    }
  }
  for (const r of await get(`/api/export/county-comparison?${q}`))
    addIndicatorRow(book, 'Excel 全市比较', names.indicator.get(`${r['指标']}|${r['专班']}`)!, { 'county-rank': r['本区排名'] });
  return files;
}
