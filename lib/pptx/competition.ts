import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { CompetitionSlide } from '@/lib/deck/types';
import { formatMovement, formatNumber, formatPercent, formatRank, movementArrow } from '@/lib/format';
import { addCompletionChart } from './charts';
import { addFooter, addHeader, addHeading, addMore, addTable, statusCell, type Cell, type RenderContext } from './parts';
import { COLORS, SLIDE, TEXT } from './theme';

/** 牵头领导 · 牵头部门 · 得分 · 排名 · 较上期 · 序时进度 */
export function competitionSubtitle(data: CompetitionSlide): string {
  return [
    `${DECK_TEXT.leader}：${data.leader ?? '—'}`,
    `${DECK_TEXT.leadUnit}：${data.leadUnit ?? '—'}`,
    `${DECK_TEXT.score} ${formatNumber(data.score)}`,
    `${DECK_TEXT.competitionRank} ${formatRank(data.rank, data.total)}`,
    `${DECK_TEXT.movement}${movementArrow(data.movement)}${formatMovement(data.movement)}`,
    `${DECK_TEXT.timeProgress} ${formatPercent(data.timeProgress)}`,
  ].join('　');
}

/** The competition's own progress against its 应完成 line, and the caveat of an incomplete round. */
export function competitionProgressLine(data: CompetitionSlide): string {
  return [data.group.text, data.completeness.note].filter(Boolean).join('　');
}

/** The annual task: "专班：目标" per task force. */
export function annualTaskLines(data: CompetitionSlide): string[] {
  return data.taskForces.rows.map((t) => `${t.name}：${t.goal}`);
}

/** 指标 · 全市排名 · 较上期 */
export function countyRows(data: CompetitionSlide): Cell[][] {
  return data.county.rows.map((r) => [
    r.label,
    { text: formatRank(r.rank, r.total), color: r.bottomThird ? COLORS.red : COLORS.text, bold: r.bottomThird },
    `${movementArrow(r.movement)}${formatMovement(r.movement)}`,
  ]);
}

/** 指标 · 状态 · 原因 */
export function weakItemRows(data: CompetitionSlide): Cell[][] {
  return data.weak.rows.map((w) => [w.label, statusCell(w.status), w.reason]);
}

/** 竞赛专页: annual task and completion chart on the left, county ranks and weak items on the right. */
export function renderCompetition(pres: PptxGenJS, slide: PptxGenJS.Slide, data: CompetitionSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, competitionSubtitle(data));
  const left = SLIDE.margin;
  const leftW = 7.0;
  addHeading(slide, DECK_TEXT.annualTasks, left, 1.6, leftW);
  const lines = annualTaskLines(data);
  slide.addText(
    lines.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    { ...TEXT, x: left, y: 1.95, w: leftW, h: 1.5, fontSize: 11, valign: 'top', fit: 'shrink', paraSpaceAfter: 2 },
  );
  slide.addText(competitionProgressLine(data), { ...TEXT, x: left, y: 3.45, w: leftW, h: 0.3, fontSize: 11, bold: true, fit: 'shrink' });
  addCompletionChart(pres, slide, data.taskForces.rows, { x: left, y: 3.8, w: leftW, h: 2.9 });
  addMore(slide, data.taskForces.more, DECK_TEXT.taskForces, left, 6.72, leftW);

  const right = 7.8;
  const rightW = SLIDE.w - SLIDE.margin - right;
  addHeading(slide, DECK_TEXT.countyRanks, right, 1.6, rightW);
  let y = 1.98;
  if (data.county.rows.length) {
    addTable(slide, [DECK_TEXT.indicator, DECK_TEXT.countyRank, DECK_TEXT.movement], countyRows(data), {
      x: right,
      y,
      w: rightW,
      colW: [2.55, 1.0, 1.43],
      fontSize: 11,
    });
    y += 0.3 * (data.county.rows.length + 1) + 0.05;
    addMore(slide, data.county.more, DECK_TEXT.indicators, right, y, rightW);
    y += data.county.more > 0 ? 0.3 : 0;
  } else {
    slide.addText(DECK_TEXT.noCounty, { ...TEXT, x: right, y, w: rightW, h: 0.3, fontSize: 11, color: COLORS.muted });
    y += 0.35;
  }
  y += 0.15;
  addHeading(slide, DECK_TEXT.weakItems, right, y, rightW);
  y += 0.38;
  if (data.weak.rows.length) {
    addTable(slide, [DECK_TEXT.indicator, DECK_TEXT.status, DECK_TEXT.reason], weakItemRows(data), {
      x: right,
      y,
      w: rightW,
      colW: [2.2, 1.1, 1.68],
      fontSize: 11,
    });
    addMore(slide, data.weak.more, DECK_TEXT.indicators, right, y + 0.3 * (data.weak.rows.length + 1) + 0.05, rightW);
  } else {
    slide.addText(DECK_TEXT.noWeak, { ...TEXT, x: right, y, w: rightW, h: 0.3, fontSize: 11, color: COLORS.muted });
  }
  addFooter(slide, data, ctx);
}
