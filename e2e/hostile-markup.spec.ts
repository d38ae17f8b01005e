/**
 * Markup and control characters in every text field and name (competition, task force, indicator,
 * leader, unit — renamed in the hostile database — and entry texts, a return reason, a display name,
 * a meeting and slide title and notes — typed through the actions) are shown as text everywhere:
 * every page of the build, the competition chart's tooltip, the live deck, the 通报, the PPTX and
 * every Excel download the pages offer. No script runs, no element is injected, and no file is made
 * invalid by a character XML cannot hold.
 */
import { test, expect, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { invalidXmlParts } from '../lib/text/strict-xml';
import { listBuiltActions, listBuiltRoutes } from './support/build';
import { CONTROL, HOSTILE_ORIGIN, XSS } from './support/hostile-app';
import { judge, postAction } from './support/hostile-check';
import { useHostileApp, type Account } from './support/hostile-fixture';
import { CONTEXT_OPTIONS } from './env';

const h = useHostileApp();
const SHORT = '<img src=x onerror=alert(1)>';
/** What must be seen as text where the names are shown: the start of XSS, up to its bold element. */
const SEEN = XSS.slice(0, XSS.indexOf('</b>') + 4);

async function act(who: Account, name: string, input: Record<string, unknown>) {
  const a = listBuiltActions().find((x) => x.name === name)!;
  const res = await postAction(h.as[who], a.path, a.id, [null, input]);
  const { refused, reply } = judge(name, res.status(), await res.text());
  expect(refused, `${name}: ${reply?.message}`).toBe(false);
  return reply!.data as Record<string, unknown>;
}

/** Fills every text field with markup through the actions; returns the ids the pages need. */
async function typeMarkup() {
  const { indicator, competition } = h.world.ids;
  const texts = { workProgress: `${XSS}${CONTROL}`, problems: XSS, nextSteps: `${XSS}\n第二行` };
  const saved = await act('lead', 'saveEntryAction', {
    indicatorId: String(indicator),
    period: '2020-10',
    value: '12.5',
    version: '0',
    intent: 'submit',
    ...texts,
  });
  await act('reviewer', 'reviewEntryAction', {
    entryId: String(saved.id),
    version: String(saved.version),
    decision: 'return',
    reason: `${XSS}${CONTROL}`,
  });
  const user = await act('admin', 'createUserAction', { username: 'xss-user', displayName: `姓名${SHORT}`, role: 'viewer' });
  const slides = ['cover', 'overview', 'competition', 'honour', 'weak', 'closing'].map((kind) => ({
    kind,
    competitionId: kind === 'competition' ? competition : null,
    title: kind === 'competition' ? SHORT : '',
    notes: `${XSS}${CONTROL}`,
  }));
  const meeting = await act('admin', 'createMeetingAction', {
    title: `会议${SEEN}`,
    meetingDate: '2020-10-09',
    period: '2020-09',
    slides: JSON.stringify(slides),
  });
  return {
    entry: Number(saved.id),
    user: Number((user as { id?: number }).id ?? 0),
    meeting: Number((meeting as { id?: number }).id ?? 0),
  };
}

/** The page paths of the build, with dynamic segments naming the objects that carry markup. */
function pagePaths(ids: Record<string, number>): string[] {
  const byParent: Record<string, number> = {
    competitions: h.world.ids.competition,
    'task-forces': h.world.ids.taskForce,
    indicators: h.world.ids.indicator,
    entries: ids.entry!,
    meetings: ids.meeting!,
    present: ids.meeting!,
    users: ids.user!,
  };
  return listBuiltRoutes()
    .filter((r) => r.kind === 'page' && r.path !== '/login')
    .map((r) => {
      const segs = r.worker
        .replace(/\/page$/, '')
        .split('/')
        .filter((s) => s && !/^\(.*\)$/.test(s));
      return '/' + segs.map((s, i) => (s.startsWith('[') ? String(byParent[segs[i - 1]!] ?? 1) : s)).join('/');
    });
}

async function browse(page: Page, url: string, links: Set<string>) {
  const res = await page.goto(url);
  expect(res!.status(), url).toBeLessThan(500);
  await page.waitForLoadState('networkidle');
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss ?? null,
    // Next's own inline scripts carry the page data as JSON strings; a script made from the data holds only its code.
    injected:
      document.querySelectorAll('[data-xss], img[src="x"]').length +
      [...document.scripts].filter((s) => s.text.trim() === 'window.__xss=2').length,
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/api/"]')].map((a) => a.getAttribute('href')!),
  }));
  expect(found.ran, `${url}: a script from the data ran`).toBeNull();
  expect(found.injected, `${url}: elements injected from the data`).toBe(0);
  for (const l of found.links) links.add(l);
}

test('markup in names and texts is text on every page, in the chart tooltip, the deck, the 通报, the PPTX and every Excel download', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const ids = await typeMarkup();
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, baseURL: HOSTILE_ORIGIN });
  await context.addCookies([{ name: 'saima_session', value: h.world.tokens.admin, url: HOSTILE_ORIGIN }]);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const links = new Set<string>();
  const paths = pagePaths(ids);
  for (const url of [...paths, '/report?period=2020-10', '/review?period=2020-10', '/bulletin?period=2020-09', '/bulletin?period=2020-10'])
    await browse(page, url, links);
  expect(dialogs, 'alert() from the data').toEqual([]);

  for (const [url, where] of [
    [`/competitions/${h.world.ids.competition}`, '竞赛'],
    [`/task-forces/${h.world.ids.taskForce}`, '专班'],
    [`/indicators/${h.world.ids.indicator}`, '指标'],
    [`/meetings/${ids.meeting}`, '会议'],
    ['/bulletin?period=2020-09', '竞赛'],
    [`/entries/${ids.entry}`, '指标'],
  ] as const) {
    await page.goto(url);
    await expect(page.getByText(`${where}${SEEN}`).first(), `${url} shows the name as text`).toBeVisible();
  }
  await page.goto('/admin/users');
  await expect(page.getByText(`姓名${SHORT}`).first()).toBeVisible();

  // The competition chart: the task force's name in the tooltip, as text.
  await page.goto(`/competitions/${h.world.ids.competition}`);
  const bars = page.locator('.recharts-bar-rectangle');
  await expect(bars.first()).toBeVisible();
  const tooltip = page.locator('.recharts-tooltip-wrapper');
  let shown = false;
  for (let i = 0; i < (await bars.count()) && !shown; i++) {
    await bars.nth(i).hover({ force: true });
    shown = ((await tooltip.textContent()) ?? '').includes(`专班${SEEN}`);
  }
  expect(shown, 'the tooltip names the task force, as text').toBe(true);
  expect(await page.locator('[data-xss]').count()).toBe(0);

  // The live deck of the meeting.
  await page.goto(`/present/${ids.meeting}?slide=3`);
  await expect(page.getByText(SHORT).first()).toBeVisible();
  expect(await page.locator('[data-xss], img[src="x"]').count()).toBe(0);
  await context.close();

  // Files: the PPTX, and every Excel download the pages link to, plus the report template and export.
  const files = [`/api/meetings/${ids.meeting}/pptx`, ...links, '/api/report/template?period=2020-10', '/api/report/export?period=2020-10'];
  const escaped: string[] = [];
  for (const url of new Set(files)) {
    const res = await h.as.admin.get(url);
    expect(res.status(), url).toBe(200);
    const body = await res.body();
    expect(await invalidXmlParts(body), `${url}: parts a strict reader refuses`).toEqual([]);
    const zip = await JSZip.loadAsync(body);
    for (const [name, entry] of Object.entries(zip.files)) {
      if (!/\.xml$/.test(name)) continue;
      const xml = await entry.async('string');
      expect(xml, `${url} ${name}: markup from the data became XML`).not.toMatch(/<(b|img|script)[\s>]/);
      if (xml.includes('&lt;b data-xss&gt;')) escaped.push(`${url} ${name}`);
    }
  }
  expect(
    escaped.some((e) => e.includes('/pptx')),
    'the PPTX carries the names as text',
  ).toBe(true);
  expect(
    escaped.some((e) => !e.includes('/pptx')),
    'an Excel download carries the names as text',
  ).toBe(true);
  console.log(
    `hostile markup: ${paths.length + 4} pages, ${new Set(files).size} files checked; names as text in ${escaped.length} file parts`,
  );
});
