import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { GroupFigures, OverviewSlide } from '@/lib/deck/types';
import { statusCountsText } from '@/lib/deck/measures';
import { COUNTY_STANDING_LABELS, formatMovement, formatNumber, formatPercent, formatRank, movementArrow } from '@/lib/format';
import { addCompletionChart } from './charts';
import { addFooter, addHeader, addHeading, addTable, groupStatusCell, type Cell, type RenderContext } from './parts';
import { SLIDE, TEXT } from './theme';

/** The line of key figures under the overview's title, with the caveat of an incomplete round. */
export function overviewSubtitle(data: OverviewSlide): string {
  return [
    `${DECK_TEXT.timeProgress}${formatPercent(data.timeProgress)}`,
    `指标${data.counts.total}项：${statusCountsText(data.counts, '、')}`,
    data.completeness.note,
  ]
    .filter(Boolean)
    .join('　');
}

/** The county comparison in one sentence (under the competitions table). */
export function overviewCountyLine(data: OverviewSlide): string {
  const k = data.county;
  return `${DECK_TEXT.countyCompare}${k.compared}项指标：${COUNTY_STANDING_LABELS.top}${k.top}项，${COUNTY_STANDING_LABELS.bottom}${k.bottom}项；较上期上升${k.up}项，下降${k.down}项。`;
}

/** Rows of the competitions table: 名次, 竞赛, 得分, 较上期, 累计型指标平均完成率 (应完成), 状态. */
export function overviewRows(data: OverviewSlide): Cell[][] {
  return data.competitions.map((c) => [
    formatRank(c.rank),
    c.name,
    formatNumber(c.score),
    `${movementArrow(c.movement)}${formatMovement(c.movement)}`,
    completionCell(c),
    groupStatusCell(c),
  ]);
}

/** The mean completion ("65.0%"), or why there is none: 无累计型指标 / 均未报送 (the chart lists their status counts). */
export function completionCell(g: GroupFigures): string {
  if (g.status === null) return DECK_TEXT.noCumulative;
  return g.progress.completion === null ? DECK_TEXT.noneReported : formatPercent(g.progress.completion);
}

/** 总体情况 */
export function renderOverview(pres: PptxGenJS, slide: PptxGenJS.Slide, data: OverviewSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, overviewSubtitle(data));
  const left = SLIDE.margin;
  addHeading(slide, `${DECK_TEXT.competitionRank}`, left, 1.65, 6.6);
  addTable(
    slide,
    ['名次', DECK_TEXT.competition, DECK_TEXT.score, DECK_TEXT.movement, DECK_TEXT.meanCompletion, DECK_TEXT.status],
    overviewRows(data),
    {
      x: left,
      y: 2.05,
      w: 6.6,
      colW: [0.75, 1.6, 0.7, 1.05, 1.5, 1.0],
      fontSize: 12,
    },
  );
  slide.addText(overviewCountyLine(data), {
    ...TEXT,
    x: left,
    y: 2.1 + 0.32 * (data.competitions.length + 1) + 0.15,
    w: 6.6,
    h: 0.6,
    fontSize: 13,
    valign: 'top',
  });
  addHeading(slide, `${DECK_TEXT.meanCompletion}与${DECK_TEXT.expected}`, 7.4, 1.65, 5.4);
  addCompletionChart(pres, slide, data.competitions, { x: 7.4, y: 2.0, w: 5.4, h: 4.8 });
  addFooter(slide, data, ctx);
}
