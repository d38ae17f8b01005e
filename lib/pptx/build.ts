/**
 * A meeting's deck as a .pptx (pptxgenjs): 16:9, one slide per deck slide, native charts carrying
 * their data, the presenter notes and the slide's key figures in the notes pane.
 */
import PptxGenJS from 'pptxgenjs';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck, SlideData, SlideOf } from '@/lib/deck/types';
import type { SlideKind } from '@/lib/deck/types';
import { plainText } from '@/lib/text/user-text';
import { xmlSafeDeep } from '@/lib/text/xml-safe';
import { PPTX_RENDERERS } from './registry';
import { FONT_FACE } from './theme';

/** Notes pane text: the presenter's notes, then the slide's key figures. */
export function notesText(slide: SlideData): string {
  const own = slide.notes.trim();
  return [own, `${DECK_TEXT.notesHeading}${slide.summary}`].filter(Boolean).join('\n\n');
}

function render<K extends SlideKind>(pres: PptxGenJS, data: SlideOf<K>, deck: Deck): void {
  const slide = pres.addSlide();
  slide.background = { color: 'FFFFFF' };
  (PPTX_RENDERERS[data.kind] as (p: PptxGenJS, s: PptxGenJS.Slide, d: SlideOf<K>, c: { deck: Deck }) => void)(pres, slide, data, { deck });
  slide.addNotes(notesText(data));
}

/**
 * The .pptx file of `deck`. Every text goes through xmlSafe first: one control character in a
 * meeting title, a note or a name would otherwise make a file PowerPoint refuses to open.
 */
export async function buildPptx(input: Deck): Promise<Buffer> {
  const deck = xmlSafeDeep(input);
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = deck.title;
  pres.subject = `${deck.periodLabel}运行情况`;
  pres.company = '赛马';
  pres.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  for (const data of deck.slides) render(pres, data, deck);
  // stream() is the one export that honours compression (write() always stores): DEFLATE shrinks the
  // verbose table XML about tenfold.
  return (await pres.stream({ compression: true })) as Buffer;
}

/** A file name for the download: 会议标题_2020年10月9日.pptx (characters unsafe in file names, controls and bidi marks removed). */
export function pptxFileName(deck: Deck): string {
  return plainText(`${deck.title}_${deck.dateLabel}.pptx`).replace(/[\\/:*?"<>|]+/g, '');
}
