/**
 * Files as an attacker shapes them: a 10 KB workbook declaring a merged range over the whole sheet
 * is refused while the server keeps answering others; a body over the action limit gets the size
 * message (in the page before sending, and 413 from the server for a direct POST, never a 500);
 * control and bidirectional characters typed into names, titles, notes and entry texts never make
 * a download that will not open, and the page isolates them.
 */
import JSZip from 'jszip';
import fs from 'node:fs';
import { invalidXmlParts } from '../lib/text/strict-xml';
import { expect, test } from './fixtures';
import { ORIGIN } from './support/actions';
import { listBuiltActions } from './support/build';
import { dataFingerprint } from './support/db';
import { entry, openIndicators, openReport, PERIOD, XLSX } from './support/excel';
import { createDefaultMeeting } from './support/meetings';

const SIZE_MESSAGE = '上传的 Excel 文件不能超过 2 MB';
/** What someone pastes from a broken document: controls, a right-to-left override, noncharacters. */
const HOSTILE = '\u0007\u001B\u0008\u000B\u202E倒序\u2066\uFFFE\uFFFF';

test('a 10 KB workbook with one merged range over the whole sheet is refused, and the server answers others meanwhile', async ({ as }) => {
  const lead = await as('lead');
  const leader = await as('leader');
  const panel = await openReport(lead);
  const template = await lead.request.get(`/api/report/template?period=${PERIOD}`);
  expect(template.status()).toBe(200);
  const zip = await JSZip.loadAsync(await template.body());
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet).toMatch(/<mergeCell ref="[^"]+"\/>/);
  zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<mergeCell ref="[^"]+"\/>/, '<mergeCell ref="A1:XFD1048576"/>'));
  const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  expect(bomb.length).toBeLessThan(20 * 1024);
  const before = dataFingerprint();

  await panel.getByLabel(/选择填好的模板/).setInputFiles({ name: '合并.xlsx', mimeType: XLSX, buffer: bomb });
  const sent = lead.waitForRequest((r) => r.method() === 'POST');
  await panel.getByRole('button', { name: '上传并预览' }).click();
  await sent;
  const meanwhile = await leader.request.get('/rankings');
  expect(meanwhile.status()).toBe(200);
  await expect(panel.getByRole('alert')).toContainText('合并单元格 A1:XFD1048576 超出');
  await expect(panel.getByRole('alert')).toContainText('未导入任何数据');
  expect((await leader.request.get('/')).status()).toBe(200);
  expect(dataFingerprint()).toBe(before);
});

test('a file over the size limit: the page says so before sending; a direct oversized POST is refused with 413, not a 500', async ({
  as,
}) => {
  const lead = await as('lead');
  const panel = await openReport(lead);
  const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2 * 1024 * 1024 + 100)]);
  const posts: string[] = [];
  lead.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  await panel.getByLabel(/选择填好的模板/).setInputFiles({ name: '太大.xlsx', mimeType: XLSX, buffer: big });
  await expect(panel.getByRole('alert')).toContainText('文件超过 2 MB');
  await panel.getByRole('button', { name: '上传并预览' }).click();
  await expect(panel.getByRole('alert')).toContainText('文件超过 2 MB');
  expect(posts).toEqual([]);

  const preview = listBuiltActions().find((a) => a.name === 'previewImportAction')!;
  const res = await lead.request.post('/report', {
    headers: { 'Next-Action': preview.id, Origin: ORIGIN, Accept: 'text/x-component' },
    multipart: { '1_period': PERIOD, '1_file': { name: 'big.xlsx', mimeType: XLSX, buffer: Buffer.alloc(4 * 1024 * 1024) } },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(413);
  expect((await res.json()).message).toContain(SIZE_MESSAGE);
});

test('control and bidi characters typed into entry texts, a meeting title and notes: every download opens, the page isolates them', async ({
  as,
}) => {
  const lead = await as('lead');
  const target = openIndicators()[0]!;
  await lead.goto(`/report?period=${PERIOD}`);
  const form = lead.getByTestId(`report-indicator-${target.id}`);
  await form.getByLabel('工作进展').fill(`进展${HOSTILE}完成`);
  await form.getByRole('button', { name: '保存草稿' }).click();
  await expect(form.getByText('草稿已保存')).toBeVisible();
  expect(entry(target.id)?.work_progress).toContain('倒序');
  for (const route of ['export', 'template']) {
    const file = await lead.request.get(`/api/report/${route}?period=${PERIOD}`);
    expect(file.status(), route).toBe(200);
    expect(await invalidXmlParts(await file.body()), route).toEqual([]);
  }

  const leader = await as('leader');
  const meetingId = await createDefaultMeeting(leader, `推进会${HOSTILE}`);
  await leader.goto(`/meetings/${meetingId}`);
  const editor = leader.getByRole('form', { name: '编辑会议' });
  await editor.getByLabel('第3张 演讲备注').fill(`备注${HOSTILE}`);
  await editor.getByRole('button', { name: '保存会议' }).click();
  await expect(editor.getByText(/已保存/)).toBeVisible();
  const title = leader.getByRole('heading', { level: 1 }).locator('bdi');
  await expect(title).toContainText('倒序');
  expect(await title.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');

  const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('link', { name: '下载PPTX' }).click()]);
  const pptx = fs.readFileSync((await download.path())!);
  expect(await invalidXmlParts(pptx)).toEqual([]);
  const slide = await (await JSZip.loadAsync(pptx)).file('ppt/slides/slide1.xml')!.async('string');
  expect(slide).toContain('倒序');
});
