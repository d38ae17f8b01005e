/**
 * `npm run test:office`: one lead unit's report PPTX converts in LibreOffice (soffice) to a PDF with
 * one page per slide (pdfinfo). Skipped unless SAIMA_OFFICE=1, like the meeting PPTX check.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { createDefaultMeeting } from './support/meetings';
import { competitionsInOrder, pptxParts } from './support/report-deck';

test.skip(process.env.SAIMA_OFFICE !== '1', 'LibreOffice check: run with npm run test:office');

test('LibreOffice converts a lead unit’s report PPTX to a PDF with one page per slide', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const id = await createDefaultMeeting(page, 'LibreOffice竞赛汇报测试');
  const first = competitionsInOrder()[0]!;
  const res = await page.request.get(`/api/meetings/${id}/reports/${first.id}/pptx`);
  const { slides } = await pptxParts(res);
  await page.goto(`/present/${id}/reports/${first.id}?slide=1`);
  await expect(page.locator('[data-testid="slide"]')).toHaveCount(slides.length);
  const dir = testInfo.outputPath('office');
  fs.mkdirSync(dir, { recursive: true });
  const pptx = path.join(dir, 'report.pptx');
  fs.writeFileSync(pptx, await res.body());
  execFileSync(
    'soffice',
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
  const info = execFileSync('pdfinfo', [path.join(dir, 'report.pdf')], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(slides.length);
  await testInfo.attach('report.pdf', { path: path.join(dir, 'report.pdf'), contentType: 'application/pdf' });
});
