/** Reads of the reporting tables for the form specs, and the page parts they drive. */
import { expect, type Page } from '@playwright/test';
import { query } from './query';

export interface IndicatorRow {
  id: number;
  name: string;
  kind: string;
  unit: string;
  county: number;
}

export interface EntryRow {
  id: number;
  value: number | null;
  work_progress: string;
  problems: string;
  next_steps: string;
  status: string;
  version: number;
  return_reason: string | null;
  reviewed_by: number | null;
}

/** The indicators of a task force (by name), in their order. */
export function indicatorsOf(taskForce: string): IndicatorRow[] {
  return query<IndicatorRow>(
    `select i.id, i.name, i.kind, i.unit, i.has_county_comparison as county from indicators i
       join task_forces t on t.id = i.task_force_id where t.name = ? order by i.sort_order, i.id`,
    taskForce,
  );
}

/** The entry reporting round `round` owes for the indicator: that of month round − lag (错月). */
export function entryOf(indicatorId: number, round: string): EntryRow | undefined {
  return query<EntryRow>(
    `select e.* from progress_entries e join indicators i on i.id = e.indicator_id
      where e.indicator_id = ? and e.period = strftime('%Y-%m', ? || '-01', '-' || i.lag_months || ' months')`,
    indicatorId,
    round,
  )[0];
}

export interface AuditRow {
  id: number;
  action: string;
  username: string | null;
  entity_type: string | null;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  detail: string | null;
}

/** Audit rows written after row `sinceId`, optionally by one user. */
export function auditSince(sinceId: number, username?: string): AuditRow[] {
  return username
    ? query<AuditRow>('select * from audit_log where id > ? and username = ? order by id', sinceId, username)
    : query<AuditRow>('select * from audit_log where id > ? order by id', sinceId);
}

export function lastAuditId(): number {
  return query<{ id: number | null }>('select max(id) as id from audit_log')[0]!.id ?? 0;
}

export function stepsOf(indicatorId: number) {
  return query<{ id: number; title: string; planned_date: string; done_date: string | null }>(
    'select id, title, planned_date, done_date from indicator_steps where indicator_id = ? order by sort_order',
    indicatorId,
  );
}

export function countyValuesOf(indicatorId: number, period: string): Record<string, number> {
  return Object.fromEntries(
    query<{ region_code: string; value: number }>(
      'select region_code, value from county_values where indicator_id = ? and period = ? order by region_code',
      indicatorId,
      period,
    ).map((r) => [r.region_code, r.value]),
  );
}

export function periodLocked(period: string): boolean {
  return query<{ locked: number }>('select locked from periods where period = ?', period)[0]?.locked === 1;
}

/** The card of one indicator on /report. */
export function reportCard(page: Page, indicatorId: number) {
  return page.getByTestId(`report-indicator-${indicatorId}`);
}

/** The card of one entry on /review. */
export function reviewCard(page: Page, entryId: number) {
  return page.getByTestId(`review-entry-${entryId}`);
}

/** Fills an indicator's value and texts on /report and presses 保存草稿 or 提交审核. */
export async function fillEntry(
  page: Page,
  indicatorId: number,
  fields: { value?: string; workProgress?: string; problems?: string; nextSteps?: string },
  press: '保存草稿' | '提交审核',
) {
  const card = reportCard(page, indicatorId);
  if (fields.value !== undefined) await card.getByLabel(/本期数值/).fill(fields.value);
  if (fields.workProgress !== undefined) await card.getByLabel('工作进展').fill(fields.workProgress);
  if (fields.problems !== undefined) await card.getByLabel('存在问题').fill(fields.problems);
  if (fields.nextSteps !== undefined) await card.getByLabel('下步打算').fill(fields.nextSteps);
  await card.getByRole('button', { name: press }).click();
  return card;
}

/** Locks or unlocks a period through /admin/periods as an administrator, and checks the database. */
export async function setLock(admin: Page, period: string, lock: boolean) {
  await admin.goto('/admin/periods');
  admin.once('dialog', (d) => void d.accept());
  await admin
    .getByTestId(`period-${period}`)
    .getByRole('button', { name: lock ? '锁定' : '解锁' })
    .click();
  await expect(admin.getByText(lock ? '已锁定。' : '已解锁。')).toBeVisible();
  expect(periodLocked(period)).toBe(lock);
}
