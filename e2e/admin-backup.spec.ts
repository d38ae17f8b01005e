/**
 * The admin page 备份 through the page: 立即备份 makes a backup file with its checksum beside the
 * database, lists it with its time in 北京时间, size and 校验一致, and audits it; a damaged backup is
 * listed as such; other roles are kept out of the page and the action.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { E2E_DIR } from './env';
import { callAction, ORIGIN } from './support/actions';
import { listBuiltActions } from './support/build';
import { auditCount, dataFingerprint } from './support/db';
import { query } from './support/query';

const BACKUPS = path.join(E2E_DIR, 'backups');
const backupFiles = () => (fs.existsSync(BACKUPS) ? fs.readdirSync(BACKUPS).filter((n) => /^saima-.*\.db$/.test(n)) : []);

test('立即备份 makes a checked backup, lists it and audits it; a damaged copy is flagged', async ({ as }) => {
  const before = new Set(backupFiles());
  const audits = auditCount('backup.create', 'demo-admin');
  const admin = await as('admin');
  await admin.goto('/admin');
  await admin.getByRole('navigation', { name: '管理导航' }).getByRole('link', { name: '备份' }).click();
  await expect(admin.getByRole('heading', { name: '备份', exact: true })).toBeVisible();
  await admin.getByRole('button', { name: '立即备份' }).click();
  await expect(admin.getByText(/备份已完成：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间），[\d.]+ (MB|KB)/)).toBeVisible();

  const made = backupFiles().filter((n) => !before.has(n));
  expect(made).toHaveLength(1);
  const name = made[0]!;
  expect(fs.readFileSync(path.join(BACKUPS, `${name}.sha256`), 'utf8')).toMatch(
    new RegExp(`^[0-9a-f]{64}  ${name.replace(/\./g, '\\.')}\\n$`),
  );
  expect(auditCount('backup.create', 'demo-admin')).toBe(audits + 1);
  const row = query<{ entity_id: string; after: string }>(
    "select entity_id, after from audit_log where action = 'backup.create' order by id desc limit 1",
  )[0]!;
  expect(row.entity_id).toBe(name);
  expect(JSON.parse(row.after)).toMatchObject({ name, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

  await admin.reload();
  const listed = admin.getByTestId(`backup-${name}`);
  await expect(listed).toContainText('（北京时间）');
  await expect(listed).toContainText(/[\d.]+ (MB|KB)/);
  await expect(listed).toContainText('✓ 校验一致');

  const file = path.join(BACKUPS, name);
  const bytes = fs.readFileSync(file);
  bytes.writeUInt8(bytes.readUInt8(200) ^ 0xff, 200);
  fs.writeFileSync(file, bytes);
  await admin.reload();
  await expect(admin.getByTestId(`backup-${name}`)).toContainText('校验不符');
  fs.rmSync(file);
  fs.rmSync(`${file}.sha256`);
});

test('other roles are kept out of 备份: the page and the action', async ({ as, playwright }) => {
  for (const role of ['leader', 'reviewer', 'lead'] as const) {
    const page = await as(role);
    await page.goto('/admin/backup');
    await expect(page).toHaveURL(/\/forbidden/);
  }
  const create = listBuiltActions().find((a) => a.name === 'createBackupAction')!;
  const lead = await playwright.request.newContext({ baseURL: ORIGIN, storageState: 'test-results/e2e/state-lead.json' });
  const files = backupFiles().length;
  const fingerprint = dataFingerprint();
  const r = await callAction(lead, create.path, create.id, [null, {}]);
  expect(await r.text()).toContain('"code":"forbidden"');
  expect(backupFiles()).toHaveLength(files);
  expect(dataFingerprint()).toBe(fingerprint);
  await lead.dispose();
});
