/**
 * 会议定稿: the administrator freezes a meeting through its page; a figure it showed is corrected
 * afterwards (by the administrator on /report). The frozen report deck, the frozen full run with its
 * 通报 pages, and their PPTX are unchanged, the live deck shows the new figure, and the next
 * meeting's 较上次会议 lists the change.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callAction } from './support/actions';
import { createDefaultMeeting } from './support/meetings';
import { query } from './support/query';
import { entryOf, fillEntry } from './support/reporting';
import { actionId, competitionsInOrder, pptxParts, showSlideWith } from './support/report-deck';

const PERIOD = '2020-09';

/** The words of the 通报's pages in the deck at `url`. */
async function bulletinText(page: Page, url: string): Promise<string> {
  await page.goto(`${url}?slide=1`);
  return (await page.getByTestId('bulletin-slide-body').allTextContents()).join('\n');
}

/** The table rows of the 通报 in the deck at `url`, or of the /bulletin document there. */
async function bulletinRows(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  return page.locator('[data-testid="bulletin-slide-body"] tbody tr, [data-testid="bulletin"] tbody tr').allTextContents();
}

/** A rate (%) shown with one decimal, half up. */
const pctText = (v: number) => `${(Math.round(v * 10 + 1e-7) / 10).toFixed(1)}%`;

test('a frozen meeting keeps what it showed; the correction shows live and in the next meeting’s 较上次会议', async ({ as }) => {
  test.setTimeout(120_000);
  const last = competitionsInOrder().at(-1)!;
  const ind = query<{ id: number; name: string; task_force_id: number; value: number }>(
    `select i.id, i.name, i.task_force_id, e.value from indicators i join task_forces t on t.id = i.task_force_id
       join progress_entries e on e.indicator_id = i.id and e.period = ? and e.status = 'approved'
     where t.competition_id = ? and i.kind = 'level' and i.unit = '%' and i.lag_months = 0 and e.value is not null
     order by t.sort_order, i.sort_order limit 1`,
    PERIOD,
    last.id,
  )[0]!;
  const admin = await as('admin');
  const meetingId = await createDefaultMeeting(admin, '定稿测试会议');
  await admin.goto(`/meetings/${meetingId}`);
  admin.once('dialog', (d) => void d.accept());
  await admin.getByRole('button', { name: '会议定稿' }).click();
  // The page re-renders as frozen: the note replaces the button.
  await expect(admin.getByTestId('frozen-note')).toContainText('定稿');
  expect(query('select 1 from meeting_records where meeting_id = ?', meetingId)).toHaveLength(1);
  await admin.reload();
  await expect(admin.getByTestId('frozen-note')).toContainText('定稿');
  await expect(admin.getByRole('button', { name: '会议定稿' })).toHaveCount(0);
  await expect(admin.getByRole('form', { name: '编辑会议' })).toHaveCount(0);
  // Read-only: a direct save of its report texts is refused.
  const locked = await callAction(admin.request, `/meetings/${meetingId}/reports/${last.id}`, actionId('saveReportAction'), [
    null,
    { meetingId, competitionId: last.id, coordination: '定稿后修改', nextSteps: {}, problems: {} },
  ]);
  expect(await locked.text()).toContain('会议已定稿');

  const frozenUrl = `/present/${meetingId}/reports/${last.id}`;
  const before = pctText(ind.value);
  const row = await showSlideWith(admin, frozenUrl, 'report-indicator-row', ind.id);
  await expect(row.getByTestId('report-actual')).toHaveText(before);
  const pptxUrl = `/api/meetings/${meetingId}/reports/${last.id}/pptx`;
  const frozenPptx = await pptxParts(await admin.request.get(pptxUrl));
  // The full run as frozen, 通报 included: its pages are the record's, shown as stored.
  const agendaPptxUrl = `/api/meetings/${meetingId}/agenda/pptx`;
  const frozenAgenda = await pptxParts(await admin.request.get(agendaPptxUrl));
  const stored = JSON.parse(query<{ record: string }>('select record from meeting_records where meeting_id = ?', meetingId)[0]!.record);
  expect(stored.bulletin.length).toBeGreaterThan(1);
  const frozenBulletin = await bulletinText(admin, `/present/${meetingId}/agenda`);
  const date = query<{ d: string }>('select meeting_date as d from meetings where id = ?', meetingId)[0]!.d;
  const bulletinUrl = `/bulletin?period=${PERIOD}&date=${date}`;
  const shownRows = await bulletinRows(admin, `/present/${meetingId}/agenda?slide=1`);
  expect(shownRows.length).toBeGreaterThan(10);
  expect(await bulletinRows(admin, bulletinUrl)).toEqual(shownRows);

  // The correction, through the report page.
  const corrected = Math.round(ind.value) - 7;
  await admin.goto(`/report?period=${PERIOD}&tf=${ind.task_force_id}`);
  const card = await fillEntry(admin, ind.id, { value: String(corrected) }, '保存草稿');
  await expect(card.getByText('草稿已保存')).toBeVisible();
  expect(entryOf(ind.id, PERIOD)).toMatchObject({ value: corrected, status: 'approved' });
  const after = pctText(corrected);

  const frozenRow = await showSlideWith(admin, frozenUrl, 'report-indicator-row', ind.id);
  await expect(frozenRow.getByTestId('report-actual')).toHaveText(before);
  const again = await pptxParts(await admin.request.get(pptxUrl));
  expect(again.text).toBe(frozenPptx.text);
  expect(again.slides).toHaveLength(frozenPptx.slides.length);

  expect((await pptxParts(await admin.request.get(agendaPptxUrl))).text).toBe(frozenAgenda.text);
  expect(await bulletinText(admin, `/present/${meetingId}/agenda`)).toBe(frozenBulletin);
  expect(frozenBulletin).toContain((stored.bulletin as { blocks: { type: string; text?: string }[] }[])[0]!.blocks[0]!.text);
  // …while the 通报 of the same day now says the corrected figures.
  expect(await bulletinRows(admin, `/present/${meetingId}/agenda?slide=1`)).toEqual(shownRows);
  expect(await bulletinRows(admin, bulletinUrl)).not.toEqual(shownRows);

  const liveRow = await showSlideWith(admin, `${frozenUrl}/live`, 'report-indicator-row', ind.id);
  await expect(liveRow.getByTestId('report-actual')).toHaveText(after);
  expect((await pptxParts(await admin.request.get(`${pptxUrl}?live=1`))).text).not.toBe(frozenPptx.text);

  // The next meeting opens its report with 较上次会议, listing the change and last time's promises.
  const nextId = await createDefaultMeeting(admin, '定稿后下次会议');
  const change = await showSlideWith(admin, `/present/${nextId}/reports/${last.id}`, 'compare-change', ind.id);
  await expect(change).toContainText(ind.name);
  await expect(change).toContainText(before);
  await expect(change).toContainText(after);
  await expect(admin.locator('[data-testid="slide"]:visible')).toHaveAttribute('data-number', '2');
  await expect(admin.locator('[data-testid="slide"]:visible').getByTestId('slide-title')).toHaveText('较上次会议');
  const record = JSON.parse(query<{ record: string }>('select record from meeting_records where meeting_id = ?', meetingId)[0]!.record);
  const promised = (record.reports[String(last.id)].slides as { kind: string; groups?: { text: string }[] }[])
    .find((s) => s.kind === 'report-next')!
    .groups!.filter((g) => g.text);
  await expect(admin.locator('[data-testid="slide"]:visible').getByTestId('compare-promise')).toHaveCount(Math.min(promised.length, 5));
});
