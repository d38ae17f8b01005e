/**
 * Storage faults on a small tmpfs holding the data directory (root only): the disk fills up, the
 * database file becomes read-only, the database cannot be opened at all. Each time the user gets a
 * Chinese message, nothing is half-written, pages that only read keep working where they can, the
 * server logs the error the user saw, and the app recovers once the cause is gone.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from '@playwright/test';
import Database from 'better-sqlite3';
import { chromiumExecutable } from '../scripts/browser-check';
import { STORAGE_DOWNLOAD_MESSAGE, STORAGE_MESSAGES } from '../db/storage-errors';
import { FAULTS_PORT, scenarioDir } from './support/env';
import { createLeads, freeSlots, freshDatabase, taskForceIds, type Lead, type Slot } from './support/fixture';
import { builtAction, callAction, getPage } from './support/http';
import { bindReadOnly, fillDisk, isMountPoint, isRoot, mountTmpfs, unmount } from './support/mounts';
import { AppServer } from './support/server';
import { auditRows, dataFingerprint, integrity } from './support/verify';

const TMPFS_MB = 24;
const BIG = '进展'.repeat(900);

async function health(server: AppServer): Promise<{ status: number; body: Record<string, string> }> {
  const res = await fetch(`${server.origin}/api/health`);
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

function save(server: AppServer, lead: Lead, slot: Slot, version: number, text: string) {
  const input = { ...slot, value: '12.5', workProgress: text, problems: text, nextSteps: text, version, intent: 'save' };
  return callAction(server.origin, builtAction('saveEntryAction'), input, lead.token);
}

/** Makes the session's last request two minutes old, so the next page view writes its last-seen time. */
function ageSessions(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.prepare('update sessions set last_seen_at = ?').run(new Date(Date.now() - 120_000).toISOString());
  db.close();
}

/** What a browser shows on / : the Chinese error page's 错误编号. */
async function shownErrorNumber(origin: string, token: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addCookies([{ name: 'saima_session', value: token, url: origin }]);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByText('页面暂时无法显示').waitFor();
    const text = (await page.getByText(/错误编号：/).textContent()) ?? '';
    return /错误编号：\s*(\S+)/.exec(text)?.[1] ?? '';
  } finally {
    await browser.close();
  }
}

test(
  'storage: disk full, read-only database file, database unreachable',
  { timeout: 10 * 60_000, skip: !isRoot() && 'needs root (mount)' },
  async (t) => {
    const mnt = path.join(scenarioDir('storage'), 'mnt');
    if (isMountPoint(mnt)) unmount(mnt);
    mountTmpfs(mnt, TMPFS_MB);
    const file = path.join(mnt, 'saima.db');
    const server = new AppServer({ dbFile: file, port: FAULTS_PORT, env: { SAIMA_MIN_FREE_MB: '1' } });
    try {
      freshDatabase(file);
      const [lead] = await createLeads(file, 'disk', 1, () => [taskForceIds(file)[0]!]);
      const slots = freeSlots(file, lead!.taskForceIds, ['2020-10', '2020-11']);
      await server.start();
      let version = 0;
      let entryId = 0;

      await t.test('disk full: refused in Chinese, nothing written, pages still read, saves work again once space returns', async () => {
        const first = await save(server, lead!, slots[0]!, 0, '磁盘正常时保存');
        assert.equal(first.result?.ok, true, first.text.slice(0, 300));
        ({ id: entryId, version } = first.result!.data as { id: number; version: number });
        ageSessions(file);
        const filler = path.join(mnt, 'filler.bin');
        const filled = fillDisk(filler);
        let refused = null;
        let acceptedWhileFull = 0;
        for (let i = 0; i < 20 && !refused; i++) {
          const before = { data: dataFingerprint(file), audit: auditRows(file, 'progress_entry', entryId) };
          const r = await save(server, lead!, slots[0]!, version, `${BIG}${i}`);
          assert.equal(r.status, 200, r.text.slice(0, 300));
          if (r.result?.ok) {
            version = (r.result.data as { version: number }).version;
            acceptedWhileFull++;
            continue;
          }
          refused = r.result;
          assert.equal(dataFingerprint(file), before.data, 'a refused save changed data');
          assert.equal(auditRows(file, 'progress_entry', entryId), before.audit, 'a refused save left an audit row');
        }
        assert.ok(refused, 'no save was refused on a full disk');
        assert.equal(refused.code, 'unavailable');
        assert.equal(refused.message, STORAGE_MESSAGES.full);
        const fresh = await save(server, lead!, slots[1]!, 0, BIG);
        assert.equal(fresh.result?.message, STORAGE_MESSAGES.full, 'a new entry on a full disk');
        const page = await getPage(server.origin, '/report', lead!.token);
        assert.equal(page.status, 200, 'reading /report on a full disk');
        const h = await health(server);
        assert.equal(h.status, 503);
        assert.equal(h.body.disk, 'low');
        fs.rmSync(filler);
        const again = await save(server, lead!, slots[0]!, version, `${BIG}恢复后`);
        assert.equal(again.result?.ok, true, `after freeing space: ${again.text.slice(0, 300)}`);
        version = (again.result!.data as { version: number }).version;
        assert.equal((await health(server)).status, 200);
        console.log(
          `# disk full: filled ${(filled / 1048576).toFixed(1)} MB, saves accepted before the first refusal ${acceptedWhileFull}, refused with the Chinese message, saved again after freeing space`,
        );
      });

      await t.test(
        'read-only database file: pages read, saves refused in Chinese, nothing written; writable again after a restart',
        async () => {
          await server.stop();
          bindReadOnly(file);
          try {
            await server.start();
            assert.equal((await getPage(server.origin, '/report', lead!.token)).status, 200, 'reading a read-only database');
            const h = await health(server);
            assert.equal(h.status, 503);
            assert.equal(h.body.writable, 'readonly');
            const before = dataFingerprint(file);
            const r = await save(server, lead!, slots[0]!, version, '只读时保存');
            assert.equal(r.result?.code, 'unavailable', r.text.slice(0, 300));
            assert.equal(r.result?.message, STORAGE_MESSAGES.readonly);
            const download = await fetch(`${server.origin}/api/report/template?period=2020-10`, {
              headers: { Cookie: `saima_session=${lead!.token}` },
            });
            assert.equal(download.status, 503, 'a download whose audit row cannot be written');
            assert.equal(((await download.json()) as { message: string }).message, STORAGE_DOWNLOAD_MESSAGE);
            assert.equal(dataFingerprint(file), before);
            await server.stop();
          } finally {
            unmount(file);
          }
          await server.start();
          const ok = await save(server, lead!, slots[0]!, version, '恢复写入后保存');
          assert.equal(ok.result?.ok, true, ok.text.slice(0, 300));
          version = (ok.result!.data as { version: number }).version;
          assert.equal((await health(server)).status, 200);
        },
      );

      await t.test(
        'database cannot be opened: a Chinese error page with its number, the same number in the log, 503; recovers',
        async () => {
          await server.stop();
          new Database(file, { fileMustExist: true }).close(); // the last connection folds the WAL in and removes it
          execFileSync('mount', ['-o', 'remount,ro', mnt]);
          try {
            await server.start();
            const raw = await getPage(server.origin, '/', lead!.token);
            assert.equal(raw.status, 500);
            assert.doesNotMatch(raw.text, /at .*\.js:\d+|node_modules|SQLITE_|unable to open/);
            const digest = await shownErrorNumber(server.origin, lead!.token);
            const line = server.output
              .join('')
              .split('\n')
              .find((l) => l.includes(`digest=${digest}`));
            assert.ok(line, `no log line with digest=${digest}`);
            assert.doesNotMatch(line, /saima_session|Cookie|password/i);
            const h = await health(server);
            assert.equal(h.status, 503);
            assert.equal(h.body.database, 'error');
            console.log(`# unreachable: error page 500 with 错误编号 ${digest}; log: ${line.trim().slice(0, 160)}`);
          } finally {
            execFileSync('mount', ['-o', 'remount,rw', mnt]);
          }
          assert.equal((await getPage(server.origin, '/', lead!.token)).status, 200, 'after the file system is writable again');
          assert.equal((await health(server)).status, 200);
          await server.stop();
          assert.equal(integrity(file), 'ok');
        },
      );
    } finally {
      await server.stop();
      unmount(mnt);
    }
  },
);
