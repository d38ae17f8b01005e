/** Helpers of the competition report deck specs: rows from the database, the PPTX's parts, a slide by its content. */
import JSZip from 'jszip';
import { expect, type APIResponse, type Page } from '@playwright/test';
import { listBuiltActions } from './build';
import { query } from './query';

export const actionId = (name: string) => listBuiltActions().find((a) => a.name === name)!.id;

/** The 2020 campaign's competitions in display order. */
export function competitionsInOrder(): { id: number; name: string }[] {
  return query<{ id: number; name: string }>(
    `select c.id, c.name from competitions c join campaigns k on k.id = c.campaign_id where k.year = 2020 order by c.sort_order, c.id`,
  );
}

export function taskForcesOf(competitionId: number): { id: number; name: string }[] {
  return query<{ id: number; name: string }>(
    'select id, name from task_forces where competition_id = ? order by sort_order, id',
    competitionId,
  );
}

/**
 * The task force's 下步打算 as the entries give them for round `period` (each indicator's figure of
 * its data month = period − lag), distinct and non-empty, run together — written from the rule, not the app.
 */
export function entryNextSteps(taskForceId: number, period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const rows = query<{ lag: number; period: string; text: string }>(
    `select i.lag_months as lag, e.period, e.next_steps as text from indicators i
       join progress_entries e on e.indicator_id = i.id where i.task_force_id = ? order by i.sort_order, i.id`,
    taskForceId,
  );
  const out: string[] = [];
  for (const r of rows) {
    const month = m - r.lag;
    const due = `${y}-${String(month).padStart(2, '0')}`;
    const t = r.text.trim();
    if (r.period === due && t && !out.includes(t)) out.push(t);
  }
  return out.join('');
}

export function savedTexts(
  meetingId: number,
  competitionId: number,
): { nextSteps: Record<string, string>; coordination: string } | undefined {
  const row = query<{ texts: string }>(
    'select texts from meeting_reports where meeting_id = ? and competition_id = ?',
    meetingId,
    competitionId,
  )[0];
  return row ? JSON.parse(row.texts) : undefined;
}

/** The slide XML parts of a .pptx, in slide order, and its text runs and chart values as one string. */
export async function pptxParts(res: APIResponse): Promise<{ slides: string[]; text: string }> {
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('presentationml');
  const zip = await JSZip.loadAsync(await res.body());
  const num = (n: string) => Number(/(\d+)\.xml$/.exec(n)?.[1] ?? 0);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => num(a) - num(b));
  const charts = Object.keys(zip.files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => num(a) - num(b));
  const slides = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  const chartXml = await Promise.all(charts.map((n) => zip.file(n)!.async('string')));
  const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>|<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1] ?? m[2]).join('|');
  return { slides, text: [...slides, ...chartXml].map(runs).join('\n') };
}

/** Goes to the slide of the deck at `url` that holds `testId` (with `data-id`), and waits until it is shown. */
export async function showSlideWith(page: Page, url: string, testId: string, id: number | string) {
  await page.goto(`${url}?slide=1`);
  const item = page.locator(`[data-testid="${testId}"][data-id="${id}"]`);
  const slide = page.locator('[data-testid="slide"]', { has: item });
  const n = await slide.getAttribute('data-number');
  await page.goto(`${url}?slide=${n}`);
  await expect(item).toBeVisible();
  return item;
}
