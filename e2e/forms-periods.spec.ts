/**
 * The period forms of /admin/periods through the page: open a period (with its deadline in 北京时间),
 * refuse a repeat or a malformed period in Chinese, lock and unlock; and what /report offers then.
 */
import { test, expect } from './fixtures';
import { accountPage, FLOWS_LEAD } from './support/form-accounts';
import { periodLocked } from './support/reporting';
import { query } from './support/query';

const NEXT = '2020-11';
const periodRow = (period: string) =>
  query<{ id: number; deadline: string; locked: number; locked_by: number | null }>('select * from periods where period = ?', period)[0];
const auditOf = (action: string, entityId: number) =>
  query<{ n: number }>('select count(*) as n from audit_log where action = ? and entity_id = ?', action, String(entityId))[0]!.n;

test('open a period: stored with its deadline, offered on /report; a repeat or a bad period is refused in Chinese', async ({
  as,
  browser,
}) => {
  const admin = await as('admin');
  await admin.goto('/admin/periods');
  const form = admin.getByRole('form', { name: '开放新的统计期' });
  await admin.getByLabel('统计期（年-月）').fill('2020-1');
  await admin.getByRole('button', { name: '开放填报' }).click();
  await expect(form.getByRole('alert')).toContainText('统计期格式应为 2020-09');
  await expect(admin.getByLabel('统计期（年-月）')).toHaveValue('2020-1');

  await admin.getByLabel('统计期（年-月）').fill(NEXT);
  await admin.getByLabel('截止时间（北京时间）').fill('2020-12-07T18:30');
  await admin.getByRole('button', { name: '开放填报' }).click();
  await expect(admin.getByText('已开放2020年11月填报')).toBeVisible();
  const row = periodRow(NEXT)!;
  expect(row).toMatchObject({ deadline: '2020-12-07T10:30:00.000Z', locked: 0 });
  expect(auditOf('period.open', row.id)).toBe(1);
  await admin.reload();
  await expect(admin.getByTestId(`period-${NEXT}`)).toContainText('2020年12月7日');

  await admin.getByLabel('统计期（年-月）').fill(NEXT);
  await admin.getByRole('button', { name: '开放填报' }).click();
  await expect(form.getByRole('alert')).toContainText('已经开放');
  expect(query<{ n: number }>('select count(*) as n from periods where period = ?', NEXT)[0]!.n).toBe(1);

  const lead = await accountPage(browser, () => as('admin'), FLOWS_LEAD);
  await lead.goto('/report');
  await expect(lead.getByRole('navigation', { name: '统计期' }).getByRole('link', { name: '2020年11月' })).toBeVisible();
});

test('lock then unlock a period: the flag, who locked it, the audit, and the lead’s form follow', async ({ as, browser }) => {
  const admin = await as('admin');
  const lead = await accountPage(browser, () => as('admin'), FLOWS_LEAD);
  const period = periodRow(NEXT) ? NEXT : '2020-10';
  const id = periodRow(period)!.id;
  await admin.goto('/admin/periods');
  admin.once('dialog', (d) => void d.accept());
  await admin.getByTestId(`period-${period}`).getByRole('button', { name: '锁定' }).click();
  await expect(admin.getByText('已锁定。')).toBeVisible();
  expect(periodLocked(period)).toBe(true);
  expect(periodRow(period)!.locked_by).toBe(query<{ id: number }>("select id from users where username = 'demo-admin'")[0]!.id);
  expect(auditOf('period.lock', id)).toBe(1);
  await expect(admin.getByTestId(`period-${period}`)).toContainText('已锁定');

  await lead.goto(`/report?period=${period}`);
  await expect(lead.getByRole('button', { name: '提交审核' })).toHaveCount(0);
  await expect(lead.getByText('该统计期已锁定，不能再修改。').first()).toBeVisible();

  admin.once('dialog', (d) => void d.accept());
  await admin.getByTestId(`period-${period}`).getByRole('button', { name: '解锁' }).click();
  await expect(admin.getByText('已解锁。')).toBeVisible();
  expect(periodLocked(period)).toBe(false);
  expect(periodRow(period)!.locked_by).toBeNull();
  expect(auditOf('period.unlock', id)).toBe(1);
  await lead.goto(`/report?period=${period}`);
  await expect(lead.getByRole('button', { name: '提交审核' }).first()).toBeVisible();
});
