/** PPTX renderers of the report deck's text slides: cover, 弱项与原因, 下步打算, 需协调事项. */
import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { ReportCoordinationSlide, ReportCoverSlide, ReportNextSlide, ReportWeakSlide, TextGroup } from '@/lib/deck/report/types';
import { addFooter, addHeader, addHeading, addMore, addTable, statusCell, type RenderContext } from './parts';
import { COLORS, SLIDE, TEXT } from './theme';

const W = SLIDE.w - 2 * SLIDE.margin;

export function renderReportCover(_p: PptxGenJS, slide: PptxGenJS.Slide, data: ReportCoverSlide, ctx: RenderContext): void {
  slide.addShape('rect', { x: 0, y: 0, w: SLIDE.w, h: 0.35, fill: { color: COLORS.brand }, line: { color: COLORS.brand } });
  const line = (text: string, y: number, fontSize: number, more: PptxGenJS.TextPropsOptions = {}) =>
    slide.addText(text, { ...TEXT, x: SLIDE.margin, y, w: W, h: 0.6, fontSize, align: 'center', ...more });
  line(data.campaignLabel, 1.2, 22, { color: COLORS.muted });
  line(data.title, 2.0, 40, { bold: true, color: COLORS.brand, h: 1.4, valign: 'middle', fit: 'shrink' });
  line(data.periodLabel, 3.6, 24);
  line(`${DECK_TEXT.leader}：${data.leader ?? '—'}　${DECK_TEXT.leadUnit}：${data.leadUnit ?? '—'}`, 4.35, 20);
  line(`${data.meetingTitle} · ${data.dateLabel}`, 5.05, 18, { color: COLORS.muted });
  if (ctx.deck.demo) line(DECK_TEXT.demo, 5.75, 14, { bold: true, color: COLORS.yellow });
  addFooter(slide, data, ctx);
}

function groupRuns(groups: TextGroup[], empty: string): PptxGenJS.TextProps[] {
  const shown = groups.filter((g) => g.text);
  if (shown.length === 0) return [{ text: empty, options: { color: COLORS.muted } }];
  return shown.flatMap((g) => [
    { text: g.taskForce, options: { bold: true, color: COLORS.brand, breakLine: true } },
    { text: g.text, options: { breakLine: true } },
  ]);
}

export function renderReportWeak(_p: PptxGenJS, slide: PptxGenJS.Slide, data: ReportWeakSlide, ctx: RenderContext): void {
  addHeader(slide, data.title, data.summary.length > 80 ? `${data.summary.slice(0, 80)}…` : data.summary);
  const colW = (W - 0.4) / 2;
  if (data.rows.length === 0)
    slide.addText(DECK_TEXT.noWeak, { ...TEXT, x: SLIDE.margin, y: 1.8, w: colW, h: 0.5, fontSize: 16, color: COLORS.muted });
  else {
    addTable(
      slide,
      [DECK_TEXT.indicator, DECK_TEXT.status, DECK_TEXT.reason],
      data.rows.map((r) => [`${r.name}\n${r.gap}`, statusCell(r.status), r.reason]),
      { x: SLIDE.margin, y: 1.75, w: colW, colW: [3.4, 1.1, colW - 4.5], fontSize: 10 },
    );
    addMore(slide, data.more, DECK_TEXT.indicators, SLIDE.margin, 6.6, colW);
  }
  const x2 = SLIDE.margin + colW + 0.4;
  addHeading(slide, '存在问题', x2, 1.7, colW);
  slide.addText(groupRuns(data.problems, '各专班暂未填写存在问题。'), {
    ...TEXT,
    x: x2,
    y: 2.1,
    w: colW,
    h: 4.8,
    fontSize: 12,
    valign: 'top',
    fit: 'shrink',
  });
  addFooter(slide, data, ctx);
}

export function renderReportNext(_p: PptxGenJS, slide: PptxGenJS.Slide, data: ReportNextSlide, ctx: RenderContext): void {
  addHeader(slide, data.title);
  const shown = data.groups.filter((g) => g.text);
  const half = Math.ceil(shown.length / 2);
  const colW = (W - 0.4) / 2;
  [shown.slice(0, half), shown.slice(half)].forEach((col, i) => {
    if (i === 1 && col.length === 0) return;
    slide.addText(groupRuns(col, '各专班暂未填写下步打算。'), {
      ...TEXT,
      x: SLIDE.margin + i * (colW + 0.4),
      y: 1.75,
      w: colW,
      h: 5.1,
      fontSize: 13,
      valign: 'top',
      fit: 'shrink',
    });
  });
  addFooter(slide, data, ctx);
}

export function renderReportCoordination(_p: PptxGenJS, slide: PptxGenJS.Slide, data: ReportCoordinationSlide, ctx: RenderContext): void {
  addHeader(slide, data.title);
  slide.addText(data.text, { ...TEXT, x: SLIDE.margin, y: 1.75, w: W, h: 5.1, fontSize: 18, valign: 'top', fit: 'shrink' });
  addFooter(slide, data, ctx);
}
