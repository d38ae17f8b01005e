/** The Excel round-trip as demo-lead does it on /report: the template, an upload, the rows of the database. */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { E2E_DB } from '../env';

export const PERIOD = '2020-10';
export const SHEET = '填报数据';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Ind {
  id: number;
  name: string;
  kind: string;
  unit: string;
}

export function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The data month the round owes (错月: round − lag), as SQL over `i.lag_months`, the round bound as `?`. */
const OWED = `strftime('%Y-%m', ? || '-01', '-' || i.lag_months || ' months')`;

/** demo-lead's indicators whose figure of this round can still be changed (no entry, draft or returned), in order. */
export function openIndicators(): Ind[] {
  return query<Ind>(
    `select i.id, i.name, i.kind, i.unit from indicators i
       join user_scopes s on s.scope_type = 'taskForce' and s.scope_id = i.task_force_id
       join users u on u.id = s.user_id and u.username = 'demo-lead'
       left join progress_entries e on e.indicator_id = i.id and e.period = ${OWED}
     where i.kind <> 'milestone' and (e.id is null or e.status in ('draft', 'returned'))
     order by i.sort_order, i.id`,
    PERIOD,
  );
}

export function otherTaskForce(): { indicatorId: number; taskForceId: number; taskForce: string } {
  return query<{ indicatorId: number; taskForceId: number; taskForce: string }>(
    `select i.id as indicatorId, t.id as taskForceId, t.name as taskForce from indicators i join task_forces t on t.id = i.task_force_id
     where t.id not in (select scope_id from user_scopes s join users u on u.id = s.user_id where u.username = 'demo-lead' and s.scope_type = 'taskForce')
       and i.kind <> 'milestone' order by t.id, i.id limit 1`,
  )[0]!;
}

/** The entry the round owes for the indicator (错月: that of month round − lag). */
export function entry(indicatorId: number) {
  return query<{ value: number | null; status: string; work_progress: string; version: number }>(
    `select e.value, e.status, e.work_progress, e.version from progress_entries e join indicators i on i.id = e.indicator_id
      where e.indicator_id = ? and e.period = ${OWED}`,
    indicatorId,
    PERIOD,
  )[0];
}

/** /report of the period; `tf` picks an administrator's task force. */
export async function openReport(page: Page, tf?: number) {
  await page.goto(`/report?period=${PERIOD}${tf ? `&tf=${tf}` : ''}`);
  return page.getByRole('region', { name: 'Excel 批量填报' });
}

export async function downloadTemplate(page: Page, tf?: number): Promise<ExcelJS.Workbook> {
  const panel = await openReport(page, tf);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: '下载模板' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return wb;
}

/** The Excel row of an indicator in the template (column A holds its id). */
export function rowOf(ws: ExcelJS.Worksheet, id: number): ExcelJS.Row {
  for (let n = 3; n <= ws.rowCount; n++) if (ws.getRow(n).getCell(1).value === id) return ws.getRow(n);
  throw new Error(`indicator ${id} is not in the template`);
}

export async function upload(page: Page, name: string, buffer: Buffer, mimeType = XLSX) {
  const panel = page.getByRole('region', { name: 'Excel 批量填报' });
  await panel.getByLabel(/选择填好的模板/).setInputFiles({ name, mimeType, buffer });
  await panel.getByRole('button', { name: '上传并预览' }).click();
  return panel;
}

export const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
