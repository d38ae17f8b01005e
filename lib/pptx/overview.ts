import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { OverviewSlide } from '@/lib/deck/types';
import { formatMovement, formatNumber, formatPercent, formatRank, movementArrow, STATUS_ICONS, STATUS_LABELS } from '@/lib/format';
import { addCompletionChart } from './charts';
import { addFooter, addHeader, addHeading, addTable, type Cell, type RenderContext } from './parts';
import { SLIDE, STATUS_COLORS, TEXT } from './theme';

/** The line of key figures under the overview's title. */
export function overviewSubtitle(data: OverviewSlide): string {
  const c = data.counts;
  return (
    `${DECK_TEXT.timeProgress}${formatPercent(data.timeProgress)}　指标${c.total}项：${STATUS_ICONS.ahead}${STATUS_LABELS.ahead}${c.ahead}、${STATUS_ICONS.behind}${STATUS_LABELS.behind}${c.behind}、` +
    `${STATUS_ICONS.lagging}${STATUS_LABELS.lagging}${c.lagging}、${STATUS_ICONS.no_data}${STATUS_LABELS.no_data}${c.noData}`
  );
}

/** The county comparison in one sentence (under the competitions table). */
export function overviewCountyLine(data: OverviewSlide): string {
  const k = data.county;
  return `${DECK_TEXT.countyCompare}${k.compared}项指标：本区排名前两位${k.top}项，排名靠后${k.bottom}项；较上期上升${k.up}项，下降${k.down}项。`;
}

/** Rows of the competitions table: 名次, 竞赛, 得分, 较上期, 平均完成率, 状态. */
export function overviewRows(data: OverviewSlide): Cell[][] {
  return data.competitions.map((c) => [
    formatRank(c.rank),
    c.name,
    formatNumber(c.score),
    `${movementArrow(c.movement)}${formatMovement(c.movement)}`,
    formatPercent(c.completion),
    { text: `${STATUS_ICONS[c.status]}${STATUS_LABELS[c.status]}`, color: STATUS_COLORS[c.status] },
  ]);
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
      colW: [0.8, 1.9, 0.8, 1.1, 1.0, 1.0],
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
