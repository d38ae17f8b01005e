/**
 * The figures of the live deck of the default meeting (2020-09): every competition slide's and the
 * overview's scores, ranks, movement, group completion against 应完成, status and gap words, checked
 * against numbers computed here from the database rows (support/independent-score.ts,
 * support/meetings.ts, support/meeting-ranks.ts — none uses lib/metrics); no English or ISO dates
 * on any slide; no movement in January; the caveat of an open month.
 */
import { expect, test } from './fixtures';
import { useDefaultMeeting, visibleSlide } from './support/deck';
import { independentCompetitionScore } from './support/independent-score';
import { independentCompleteness, independentRanks } from './support/meeting-ranks';
import {
  createDefaultMeeting,
  groupGapWords,
  independentCounty,
  independentGroups,
  movementWords,
  pageAs,
  pct,
  statusWords,
} from './support/meetings';

const PERIOD = '2020-09';
const HD = { width: 1920, height: 1080 };

const meeting = useDefaultMeeting('“六抓六比·八大竞赛”数字核对会议（演示）');

const { total, openDeck, expectSlide } = meeting;
/** A group's indicators by status, each with its icon and word. */
const COUNTS = /^✔达到序时\d+ ◐略滞后\d+ ✖严重滞后\d+ ○未报送\d+$/;

test('each competition slide shows the figures computed independently from the database', async ({ page }) => {
  await page.setViewportSize(HD);
  const ranks = independentRanks(meeting.db(), PERIOD);
  await openDeck(page, 'slide=2');
  for (const [k, c] of meeting.competitions().entries()) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3 + k);
    const slide = visibleSlide(page);
    await expect(slide.getByTestId('slide-title')).toHaveText(c.name);

    const score = independentCompetitionScore(meeting.db(), c.id, PERIOD);
    const own = ranks.competitions.get(c.id)!;
    await expect(slide.getByTestId('deck-competition-score'), c.name).toHaveText(score.score!.toFixed(1));
    await expect(slide.getByTestId('deck-competition-rank'), c.name).toHaveText(`第${own.rank}名/${meeting.competitions().length}`);
    await expect(slide.getByTestId('deck-competition-movement'), c.name).toContainText(movementWords(own.movement));

    const groups = independentGroups(meeting.db(), c.id, PERIOD);
    const g = groups.competition;
    await expect(slide.getByTestId('deck-competition-progress'), c.name).toHaveText(
      g.status === null
        ? '无累计型指标（按状态计数）'
        : g.completion === null
          ? '累计型指标均未报送'
          : `累计型指标平均完成率${pct(g.completion)}（${g.count}项），${groupGapWords(g)}`,
    );

    const rows = slide.getByTestId('deck-task-force');
    await expect(rows).toHaveCount(Math.min(7, score.taskForces.length));
    for (const tf of score.taskForces.slice(0, 7)) {
      const row = slide.locator(`[data-testid="deck-task-force"][data-id="${tf.id}"]`);
      const label = `${c.name} task force ${tf.id}`;
      await expect(row.getByTestId('tf-score'), `${label} score`).toHaveText(tf.score === null ? '—' : tf.score.toFixed(1));
      await expect(row.getByTestId('tf-rank'), `${label} rank`).toHaveText(
        `全区第${ranks.taskForces.get(tf.id)!.rank}名/${ranks.taskForces.size}`,
      );
      const p = groups.taskForces.get(tf.id)!;
      if (p.status === null) {
        // nothing to average (ceilings, levels, ranks, milestones only): said in words, counted by status
        await expect(row.getByTestId('group-progress')).toHaveText('无累计型指标（按状态计数）');
        await expect(row.getByTestId('group-counts')).toHaveText(COUNTS);
        await expect(row.getByTestId('bar-completion')).toHaveCount(0);
        await expect(row.getByTestId('status')).toHaveCount(0);
        continue;
      }
      await expect(row.getByTestId('status'), `${label} status`).toHaveText(new RegExp(statusWords(p.status)));
      if (p.completion === null) {
        // higher-is-better cumulative indicators, none of them in yet
        await expect(row.getByTestId('group-progress')).toHaveText('累计型指标均未报送');
        await expect(row.getByTestId('group-counts')).toHaveText(COUNTS);
        continue;
      }
      await expect(row.getByTestId('bar-completion'), `${label} completion`).toHaveText(pct(p.completion));
      await expect(row.getByTestId('bar-expected'), `${label} expected`).toHaveText(pct(p.expected!));
      await expect(row.getByTestId('group-gap'), `${label} gap`).toHaveText(groupGapWords(p)!);
    }

    const county = independentCounty(meeting.db(), c.id, PERIOD);
    await expect(slide.getByTestId('deck-county-row')).toHaveCount(Math.min(7, county.length));
    for (const r of county.slice(0, 7)) {
      const row = slide.locator(`[data-testid="deck-county-row"][data-id="${r.indicatorId}"]`);
      await expect(row.getByTestId('county-rank'), `indicator ${r.indicatorId} county rank`).toHaveText(`第${r.rank}名/${r.total}`);
      await expect(row.getByTestId('county-movement')).toContainText(movementWords(r.movement));
    }
    if (county.length > 7) await expect(slide).toContainText(`另有${county.length - 7}项指标`);

    // Weak items: every county rank in the bottom third (5th or 6th of 6) is one, named with its reason.
    const bottom = county.filter((r) => r.rank > Math.ceil((r.total * 2) / 3)).map((r) => r.indicatorId);
    const weakShown = await slide
      .getByTestId('deck-weak-row')
      .evaluateAll((els) => els.map((e) => ({ id: Number(e.getAttribute('data-id')), text: e.textContent ?? '' })));
    expect(weakShown.length).toBeLessThanOrEqual(5);
    for (const w of weakShown) if (w.text.includes('全市排名靠后')) expect(bottom, `${c.name}: ${w.text}`).toContain(w.id);
    const more = (await slide.getByText(/另有\d+项指标，详见看板/).allTextContents()).length;
    if (weakShown.length < 5 && more === 0)
      for (const id of bottom)
        expect(
          weakShown.map((w) => w.id),
          `${c.name}: bottom-third indicator ${id}`,
        ).toContain(id);
    await expect(slide.getByTestId('completeness-note')).toHaveCount(0);
  }
});

test('the overview slide ranks the meeting.competitions() with the figures computed independently', async ({ page }) => {
  await page.setViewportSize(HD);
  await openDeck(page, 'slide=2');
  const slide = visibleSlide(page);
  const ranks = independentRanks(meeting.db(), PERIOD);
  const order = [...meeting.competitions()].sort((a, b) => ranks.competitions.get(a.id)!.rank! - ranks.competitions.get(b.id)!.rank! || 0);
  const shown = await slide.getByTestId('overview-row').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
  expect(shown.map((id) => ranks.competitions.get(id)!.rank)).toEqual(order.map((c) => ranks.competitions.get(c.id)!.rank));
  for (const c of meeting.competitions()) {
    const row = slide.locator(`[data-testid="overview-row"][data-id="${c.id}"]`);
    const r = ranks.competitions.get(c.id)!;
    await expect(row.getByTestId('rank'), c.name).toHaveText(`第${r.rank}名`);
    await expect(row.getByTestId('score'), c.name).toHaveText(r.score!.toFixed(1));
    await expect(row.getByTestId('movement'), c.name).toContainText(movementWords(r.movement));
    const g = independentGroups(meeting.db(), c.id, PERIOD).competition;
    await expect(row.getByTestId('status'), c.name).toHaveText(new RegExp(statusWords(g.status)));
    if (g.status === null) {
      await expect(row.getByTestId('group-progress'), c.name).toHaveText('无累计型指标（按状态计数）');
      await expect(row.getByTestId('group-counts'), c.name).toHaveText(COUNTS);
    } else {
      await expect(row.getByTestId('bar-completion'), c.name).toHaveText(pct(g.completion!));
      await expect(row.getByTestId('bar-expected'), c.name).toHaveText(pct(g.expected!));
      await expect(row.getByTestId('group-gap'), c.name).toHaveText(groupGapWords(g)!);
    }
  }
  await expect(slide.getByTestId('headline-counts')).toHaveText(/^✔达到序时\d+　◐略滞后\d+　✖严重滞后\d+　○未报送\d+$/);
  await expect(slide.getByTestId('county-standing')).toContainText('全市排名前三分之一');
  await expect(slide.getByTestId('completeness-note')).toHaveCount(0);
});

test('no slide shows English words or ISO dates', async ({ page }) => {
  await page.setViewportSize(HD);
  for (const theme of ['light', 'dark']) {
    await openDeck(page, `slide=1&theme=${theme}`);
    for (let n = 1; n <= total(); n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      // Names in the campaign's own words keep their Latin abbreviations (PM2.5, GDP).
      const text = (await visibleSlide(page).innerText()).replace(/PM2\.5|GDP/g, '');
      expect(text, `slide ${n}`).not.toMatch(/[A-Za-z]{2,}/);
      expect(text, `slide ${n}`).not.toMatch(/\d{4}-\d{2}/);
      expect(text, `slide ${n}`).not.toMatch(/NaN|Infinity|undefined|null/);
    }
  }
});

test('a January meeting shows no movement (no previous rank); an open month says how much is in', async ({ browser }) => {
  const leader = await pageAs(browser, 'leader', HD);
  const jan = await createDefaultMeeting(leader, '一月会议（演示）', '2020-01');
  await leader.goto(`/present/${jan}?slide=2`);
  const overview = leader.locator('[data-testid="slide"]:visible');
  await expect(overview.getByTestId('overview-row')).toHaveCount(meeting.competitions().length);
  for (const text of await overview.getByTestId('movement').allInnerTexts()) expect(text.trim()).toBe('—');
  await expect(overview.getByTestId('county-standing')).toContainText('▲上升0项　▼下降0项');
  await leader.goto(`/present/${jan}?slide=3`);
  const comp = leader.locator('[data-testid="slide"]:visible');
  await expect(comp.getByTestId('deck-competition-movement')).toHaveText('—');
  for (const text of await comp.getByTestId('county-movement').allInnerTexts()) expect(text.trim()).toBe('—');

  const open = independentCompleteness(meeting.db(), '2020-10');
  expect(open.note).not.toBeNull();
  const oct = await createDefaultMeeting(leader, '十月会议（演示）', '2020-10');
  await leader.goto(`/present/${oct}?slide=2`);
  const octOverview = leader.locator('[data-testid="slide"]:visible');
  await expect(octOverview.getByTestId('completeness-note')).toHaveText(open.note!);
  // Movement against September only once October holds data (other tests may have approved some).
  const octRanks = independentRanks(meeting.db(), '2020-10');
  for (const c of meeting.competitions())
    await expect(octOverview.locator(`[data-testid="overview-row"][data-id="${c.id}"]`).getByTestId('movement'), c.name).toContainText(
      movementWords(octRanks.competitions.get(c.id)!.movement),
    );
  await leader.goto(`/present/${oct}?slide=3`);
  await expect(leader.locator('[data-testid="slide"]:visible').getByTestId('completeness-note')).toHaveText(open.note!);
  await leader.context().close();
});
