import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { ClosingSlide } from '@/lib/deck/types';
import { addFooter, type RenderContext } from './parts';
import { COLORS, SLIDE, TEXT } from './theme';

/** The three figures of the closing slide, label and value. */
export function closingFigures(data: ClosingSlide): [string, string][] {
  return [
    [DECK_TEXT.monthsLeft, `${data.monthsLeft}个月`],
    [DECK_TEXT.laggingIndicators, `${data.lagging}项`],
    [DECK_TEXT.weakIndicators, `${data.weak}项`],
  ];
}

/** 结束页 */
export function renderClosing(_pres: PptxGenJS, slide: PptxGenJS.Slide, data: ClosingSlide, ctx: RenderContext): void {
  const w = SLIDE.w - 2 * SLIDE.margin;
  slide.addText(data.title, {
    ...TEXT,
    x: SLIDE.margin,
    y: 1.4,
    w,
    h: 1.4,
    fontSize: 48,
    bold: true,
    color: COLORS.brand,
    align: 'center',
    valign: 'middle',
    fit: 'shrink',
  });
  const boxW = 3.4;
  const gap = (w - 3 * boxW) / 2;
  closingFigures(data).forEach(([label, value], i) => {
    const x = SLIDE.margin + i * (boxW + gap);
    slide.addText(value, { ...TEXT, x, y: 3.4, w: boxW, h: 0.9, fontSize: 40, bold: true, align: 'center' });
    slide.addText(label, { ...TEXT, x, y: 4.3, w: boxW, h: 0.5, fontSize: 18, color: COLORS.muted, align: 'center' });
  });
  slide.addText(`${data.meetingTitle}  ${data.dateLabel}`, {
    ...TEXT,
    x: SLIDE.margin,
    y: 5.6,
    w,
    h: 0.5,
    fontSize: 16,
    color: COLORS.muted,
    align: 'center',
  });
  addFooter(slide, data, ctx);
}
