/** PPTX renderers of the report deck's figure slides: 年度目标与完成, 指标明细, 全市排名与赶超测算, 较上次会议. */
import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { CatchUpRow, ReportCompareSlide, ReportCountySlide, ReportGoalsSlide, ReportIndicatorsSlide } from '@/lib/deck/report/types';
import { amountNumber, formatMovement, formatRank } from '@/lib/format';
import { addFooter, addHeader, addHeading, addTable, groupStatusCell, statusCell, type RenderContext } from './parts';
import { COLORS, FONT_FACE, SLIDE, TEXT } from './theme';

const W = SLIDE.w - 2 * SLIDE.margin;

export function renderReportGoals(_p: PptxGenJS, slide: PptxGenJS.Slide, data: ReportGoalsSlide, ctx: RenderContext): void {
  addHeader(
    slide,
    data.title,
    `${DECK_TEXT.competitionRank}${formatRank(data.rank, data.total)}，${DECK_TEXT.movement}${formatMovement(data.movement)}`,
  );
  addTable(
    slide,
    [`${DECK_TEXT.taskForce}（目标）`, '完成与应完成', DECK_TEXT.status],
    data.rows.map((r) => [`${r.name}\n${r.goal}`, r.text, groupStatusCell(r)]),
    { x: SLIDE.margin, y: 1.75, w: W, colW: [5.2, 5.4, W - 10.6], fontSize: 11 },
  );
  addFooter(slide, data, ctx);
}

export function renderReportIndicators(_p: PptxGenJS, slide: PptxGenJS.Slide, data: ReportIndicatorsSlide, ctx: RenderContext): void {
  addHeader(slide, data.title);
  addTable(
    slide,
    [DECK_TEXT.indicator, '目标', '实际', '完成或差距', DECK_TEXT.status, DECK_TEXT.countyRank],
    data.rows.map((r) => [
      `${r.name}（${r.taskForce}）`,
      r.target,
      r.actual,
      r.figure,
      statusCell(r.status),
      r.countyRank === null ? '—' : `${formatRank(r.countyRank, r.countyTotal)} ${formatMovement(r.countyMovement)}`,
    ]),
    { x: SLIDE.margin, y: 1.75, w: W, colW: [3.2, 1.5, 1.5, 3.5, 1.2, W - 10.9], fontSize: 10 },
  );
  addFooter(slide, data, ctx);
}

function countyChart(pres: PptxGenJS, slide: PptxGenJS.Slide, row: CatchUpRow, pos: { x: number; y: number; w: number; h: number }): void {
  const shown = row.bars.map((b) => amountNumber(b.value, row.unit));
  const unit = shown.find((s) => s)?.unit ?? row.unit;
  const digits = Math.max(0, ...shown.map((s) => s?.digits ?? 0));
  const format = digits === 0 ? '0' : `0.${'0'.repeat(digits)}`;
  slide.addChart(
    pres.ChartType.bar,
    [
      {
        name: `${row.name}（${unit}）`,
        labels: row.bars.map((b) => (b.home ? `★${b.name}` : b.name)),
        values: shown.map((s) => s?.value ?? 0),
      },
    ],
    {
      ...pos,
      barDir: 'col',
      chartColors: [COLORS.completion],
      catAxisLabelFontFace: FONT_FACE,
      catAxisLabelFontSize: 10,
      valAxisLabelFontSize: 9,
      showValue: true,
      dataLabelFormatCode: format,
      valAxisLabelFormatCode: format,
      dataLabelFontSize: 9,
      showLegend: false,
      lang: 'zh-CN',
    },
  );
}

export function renderReportCounty(pres: PptxGenJS, slide: PptxGenJS.Slide, data: ReportCountySlide, ctx: RenderContext): void {
  addHeader(slide, data.title);
  if (data.rows.length === 0)
    slide.addText(data.summary, { ...TEXT, x: SLIDE.margin, y: 1.8, w: W, h: 0.5, fontSize: 18, color: COLORS.muted });
  const colW = (W - 0.4) / 2;
  data.rows.forEach((r, i) => {
    const x = SLIDE.margin + (i % 2) * (colW + 0.4);
    const y = 1.62 + Math.floor(i / 2) * 2.7;
    addHeading(slide, `${r.label}  ${formatRank(r.rank, r.total)}  ${formatMovement(r.movement)}`, x, y, colW);
    countyChart(pres, slide, r, { x, y: y + 0.32, w: colW, h: 1.5 });
    slide.addText(
      [
        { text: r.passAbove, options: { breakLine: true } },
        { text: r.reachTarget, options: {} },
      ],
      { ...TEXT, x, y: y + 1.85, w: colW, h: 0.8, fontSize: 9, valign: 'top', fit: 'shrink' },
    );
  });
  addFooter(slide, data, ctx);
}

export function renderReportCompare(_p: PptxGenJS, slide: PptxGenJS.Slide, data: ReportCompareSlide, ctx: RenderContext): void {
  const { before, now, total } = data.competitionRank;
  addHeader(
    slide,
    data.title,
    `上次会议：${data.previousTitle}（${data.previousDate}），竞赛排名${formatRank(before, total)} → ${formatRank(now, total)}`,
  );
  const colW = (W - 0.4) / 2;
  addHeading(slide, '数据、状态与排名变化', SLIDE.margin, 1.7, colW);
  if (data.changes.length === 0)
    slide.addText('各项指标与上次会议相同。', { ...TEXT, x: SLIDE.margin, y: 2.1, w: colW, h: 0.4, fontSize: 12, color: COLORS.muted });
  else
    addTable(
      slide,
      ['指标', '上次会议', '本次'],
      data.changes.map((c) => [c.name, c.before, c.now]),
      {
        x: SLIDE.margin,
        y: 2.1,
        w: colW,
        colW: [1.8, (colW - 1.8) / 2, (colW - 1.8) / 2],
        fontSize: 9,
      },
    );
  const x2 = SLIDE.margin + colW + 0.4;
  addHeading(slide, '上次承诺的下步打算与落实', x2, 1.7, colW);
  slide.addText(
    data.promises.length
      ? data.promises.flatMap((p) => [
          { text: p.taskForce, options: { bold: true, breakLine: true } },
          { text: `承诺：${p.text}`, options: { breakLine: true } },
          { text: `落实：${p.progress}`, options: { color: COLORS.muted, breakLine: true } },
        ])
      : [{ text: '上次会议无下步打算。', options: { color: COLORS.muted } }],
    { ...TEXT, x: x2, y: 2.1, w: colW, h: 4.8, fontSize: 11, valign: 'top', fit: 'shrink' },
  );
  addFooter(slide, data, ctx);
}
