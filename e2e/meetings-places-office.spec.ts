/**
 * `npm run test:office`: a meeting with the village, project and 督办 slides exports a PPTX that
 * LibreOffice (`soffice --headless --convert-to pdf`) converts with one PDF page per slide, counted
 * by `pdfinfo`. Skipped unless SAIMA_OFFICE=1, so the ordinary e2e run needs no office suite.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { createPlaceMeeting, PLACE_SLIDES } from './support/place-meeting';

test.skip(process.env.SAIMA_OFFICE !== '1', 'LibreOffice check: run with npm run test:office');

test('LibreOffice converts the PPTX of the village, project and 督办 slides with one page per slide', async ({ as }, testInfo) => {
  test.setTimeout(180_000);
  const page = await as('leader');
  const id = await createPlaceMeeting(page, 'LibreOffice村庄项目督办');
  const res = await page.request.get(`/api/meetings/${id}/pptx`);
  expect(res.status()).toBe(200);
  const dir = testInfo.outputPath('office');
  fs.mkdirSync(dir, { recursive: true });
  const pptx = path.join(dir, 'places.pptx');
  fs.writeFileSync(pptx, await res.body());
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  execFileSync('soffice', ['--headless', '--norestore', profile, '--convert-to', 'pdf', '--outdir', dir, pptx], {
    timeout: 150_000,
    stdio: 'pipe',
  });
  const info = execFileSync('pdfinfo', [path.join(dir, 'places.pdf')], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(PLACE_SLIDES.length);
  await testInfo.attach('places.pdf', { path: path.join(dir, 'places.pdf'), contentType: 'application/pdf' });
});
