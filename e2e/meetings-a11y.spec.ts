/**
 * Accessibility of meeting mode with axe-core: no serious or critical violation on the meetings
 * pages, the editor, a competition slide in both projector themes (contrast included) and the 通报.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDefaultMeeting, pageAs } from './support/meetings';

let meetingId: number;

test.beforeAll(async ({ browser }) => {
  const leader = await pageAs(browser, 'leader');
  meetingId = await createDefaultMeeting(leader, '无障碍检查会议');
  await leader.context().close();
});

async function expectNoSeriousViolations(page: Page) {
  await page.waitForLoadState('load');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

const pages: [string, () => string][] = [
  ['the meetings list', () => '/meetings'],
  ['a meeting with its editor', () => `/meetings/${meetingId}`],
  ['a competition slide, light', () => `/present/${meetingId}?slide=3`],
  ['a competition slide, dark', () => `/present/${meetingId}?slide=3&theme=dark`],
  ['the overview slide, dark', () => `/present/${meetingId}?slide=2&theme=dark`],
  ['the 通报', () => '/bulletin?period=2020-09'],
];

for (const [name, url] of pages) {
  test(`axe: no serious or critical violations on ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(url());
    await expectNoSeriousViolations(page);
  });
}

test('axe: the new-meeting form filled with the default slides', async ({ page }) => {
  await page.goto('/meetings/new');
  await page.getByRole('button', { name: /使用默认幻灯片/ }).click();
  await expectNoSeriousViolations(page);
});
