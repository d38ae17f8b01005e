/**
 * `npm run test:office`: one lead unit's report PPTX, and the full run's one PPTX (the eight reports
 * and the 通报's pages), convert in LibreOffice (soffice) to a PDF with one page per slide (pdfinfo).
 * Skipped unless SAIMA_OFFICE=1, like the meeting PPTX check.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { createDefaultMeeting } from './support/meetings';
import { competitionsInOrder, pptxParts } from './support/report-deck';

test.skip(process.env.SAIMA_OFFICE !== '1', 'LibreOffice check: run with npm run test:office');

/** Converts the .pptx at `file` to a PDF beside it; its page count. */
function convert(dir: string, file: string): number {
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
      file,
    ],
    { timeout: 240_000, stdio: 'pipe' },
  );
  const info = execFileSync('pdfinfo', [file.replace(/\.pptx$/, '.pdf')], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

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
  expect(convert(dir, pptx)).toBe(slides.length);
  await testInfo.attach('report.pdf', { path: path.join(dir, 'report.pdf'), contentType: 'application/pdf' });
});

test('LibreOffice converts the full run’s one PPTX, 通报 pages included, to a PDF with one page per slide', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const id = await createDefaultMeeting(page, 'LibreOffice全程测试');
  const res = await page.request.get(`/api/meetings/${id}/agenda/pptx`);
  const { slides } = await pptxParts(res);
  expect(slides.filter((s) => s.includes('通报第')).length).toBeGreaterThan(1);
  await page.goto(`/present/${id}/agenda?slide=1`);
  await expect(page.locator('[data-testid="slide"]')).toHaveCount(slides.length);
  const dir = testInfo.outputPath('office');
  fs.mkdirSync(dir, { recursive: true });
  const pptx = path.join(dir, 'agenda.pptx');
  fs.writeFileSync(pptx, await res.body());
  expect(convert(dir, pptx)).toBe(slides.length);
  await testInfo.attach('agenda.pdf', { path: path.join(dir, 'agenda.pdf'), contentType: 'application/pdf' });
});
