/**
 * `npm run test:office`: the downloaded PPTX opens in LibreOffice Impress and converts to a PDF with
 * one page per slide. Needs `libreoffice` (Debian: apt-get install libreoffice-impress); skipped
 * unless SAIMA_OFFICE=1, so the ordinary e2e run does not depend on an office suite.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { createDefaultMeeting } from './support/meetings';
import { readPdf } from './support/pdf-text';

test.skip(process.env.SAIMA_OFFICE !== '1', 'LibreOffice check: run with npm run test:office');

test('LibreOffice converts the meeting PPTX to a PDF with one page per slide', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const id = await createDefaultMeeting(page, 'LibreOffice转换测试');
  const res = await page.request.get(`/api/meetings/${id}/pptx`);
  expect(res.status()).toBe(200);
  const dir = testInfo.outputPath('office');
  fs.mkdirSync(dir, { recursive: true });
  const pptx = path.join(dir, 'meeting.pptx');
  fs.writeFileSync(pptx, await res.body());
  execFileSync(
    'libreoffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      pptx,
    ],
    { timeout: 150_000, stdio: 'pipe' },
  );
  const pages = readPdf(fs.readFileSync(path.join(dir, 'meeting.pdf')));
  expect(pages).toHaveLength(13);
  // 16:9 pages (13.333 × 7.5 in = 960 × 540 pt)
  expect(pages[0]!.width / pages[0]!.height).toBeCloseTo(16 / 9, 2);
  await testInfo.attach('meeting.pdf', { path: path.join(dir, 'meeting.pdf'), contentType: 'application/pdf' });
});
