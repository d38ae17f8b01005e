import type PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { CoverSlide } from '@/lib/deck/types';
import { addFooter, type RenderContext } from './parts';
import { COLORS, SLIDE, TEXT } from './theme';

/** 封面 */
export function renderCover(_pres: PptxGenJS, slide: PptxGenJS.Slide, data: CoverSlide, ctx: RenderContext): void {
  const w = SLIDE.w - 2 * SLIDE.margin;
  slide.addShape('rect', { x: 0, y: 0, w: SLIDE.w, h: 0.35, fill: { color: COLORS.brand }, line: { color: COLORS.brand } });
  slide.addText(data.campaignLabel, { ...TEXT, x: SLIDE.margin, y: 1.3, w, h: 0.6, fontSize: 24, color: COLORS.muted, align: 'center' });
  slide.addText(data.title, {
    ...TEXT,
    x: SLIDE.margin,
    y: 2.1,
    w,
    h: 1.8,
    fontSize: 40,
    bold: true,
    color: COLORS.brand,
    align: 'center',
    valign: 'middle',
    fit: 'shrink',
  });
  slide.addText(data.periodLabel, { ...TEXT, x: SLIDE.margin, y: 4.2, w, h: 0.6, fontSize: 26, align: 'center' });
  slide.addText(data.dateLabel, { ...TEXT, x: SLIDE.margin, y: 5.0, w, h: 0.5, fontSize: 20, color: COLORS.muted, align: 'center' });
  if (ctx.deck.demo)
    slide.addText(DECK_TEXT.demo, {
      ...TEXT,
      x: SLIDE.w / 2 - 1,
      y: 5.7,
      w: 2,
      h: 0.4,
      fontSize: 14,
      bold: true,
      color: COLORS.yellow,
      align: 'center',
    });
  addFooter(slide, data, ctx);
}
