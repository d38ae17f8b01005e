/**
 * The 通报 (lib/bulletin buildBulletin) as slides: a first page with its title, recipients, opening
 * and contents, then each section from a new page, its blocks flowed onto as many pages as they
 * need (a long table goes on with its header repeated, a long paragraph is cut between sentences),
 * and the signature at the end. Pure; the figures are the bulletin's own words.
 */
import type { Block, BulletinDoc } from '@/lib/bulletin/types';
import { blockHeight, BODY, columnWidths } from './measure';
import type { BulletinSlide, BulletinSlideBlock } from './types';

export type UnnumberedBulletinSlide = Omit<BulletinSlide, 'number'>;

interface Page {
  title: string;
  blocks: BulletinSlideBlock[];
  used: number;
}

const CONTINUED = '（续）';

/** The first page's title band (the bulletin's own, long, title is its first block). */
export const BULLETIN_SLIDE_TITLE = '运行情况通报';

/** Pages being filled: `room` is what is left on the current one; `next` starts the section's next page. */
class Flow {
  readonly pages: Page[] = [];
  private heading = '';

  start(title: string, heading = title): void {
    this.heading = heading;
    this.pages.push({ title, blocks: [], used: 0 });
  }

  get current(): Page {
    return this.pages[this.pages.length - 1]!;
  }

  get room(): number {
    return BODY.height - this.current.used;
  }

  next(): void {
    this.start(`${this.heading}${CONTINUED}`, this.heading);
  }

  put(block: BulletinSlideBlock, height = blockHeight(block)): void {
    this.current.blocks.push(block);
    this.current.used += height;
  }

  /** Puts the block here when it fits, else on the next page (when the page holds anything). */
  place(block: BulletinSlideBlock): void {
    const h = blockHeight(block);
    if (h > this.room && this.current.blocks.length > 0) this.next();
    this.put(block, h);
  }
}

/** Sentences of `text`, each with its closing punctuation. */
function sentences(text: string): string[] {
  return text.match(/[^。；！？]+[。；！？]?/g) ?? [text];
}

/** A paragraph or item, cut between sentences where it does not fit the page. */
function flowText(flow: Flow, block: Extract<BulletinSlideBlock, { type: 'p' | 'item' }>): void {
  if (blockHeight(block) <= flow.room) return flow.put(block);
  let first = true;
  let text = '';
  const piece = (t: string): BulletinSlideBlock => (first && block.type === 'item' ? { ...block, text: t } : { type: 'p', text: t });
  for (const s of sentences(block.text)) {
    if (blockHeight(piece(text + s)) <= flow.room) {
      text += s;
      continue;
    }
    if (text) {
      flow.put(piece(text));
      first = false;
    }
    if (text || flow.current.blocks.length > 0) flow.next();
    text = s;
  }
  if (text) flow.put(piece(text));
}

/** A table, its rows flowed onto pages; each later page repeats the header and says （续）. */
function flowTable(flow: Flow, t: Extract<Block, { type: 'table' }>): void {
  const px = columnWidths(t.columns, t.rows);
  const total = px.reduce((a, b) => a + b, 0);
  const widths = px.map((w) => Math.round((w / total) * 1000) / 10);
  const part = (rows: string[][], continued: boolean): BulletinSlideBlock => ({
    type: 'table',
    caption: continued ? `${t.caption}${CONTINUED}` : t.caption,
    columns: t.columns,
    widths,
    rows,
    continued,
  });
  let rows: string[][] = [];
  let continued = false;
  if (blockHeight(part(t.rows.slice(0, 1), false)) > flow.room && flow.current.blocks.length > 0) flow.next();
  for (const row of t.rows) {
    if (rows.length > 0 && blockHeight(part([...rows, row], continued)) > flow.room) {
      flow.put(part(rows, continued));
      flow.next();
      rows = [];
      continued = true;
    }
    rows.push(row);
  }
  flow.put(part(rows, continued));
}

function flowBlocks(flow: Flow, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.type === 'table') flowTable(flow, b);
    else if (b.type === 'p') flowText(flow, { type: 'p', text: b.text });
    else flowText(flow, { type: 'item', label: b.label, ...(b.lead ? { lead: b.lead } : {}), text: b.text });
  }
}

/** The 通报's pages, in order, unnumbered (the deck numbers them). */
export function buildBulletinSlides(doc: BulletinDoc): UnnumberedBulletinSlide[] {
  const flow = new Flow();
  flow.start(BULLETIN_SLIDE_TITLE);
  flow.put({ type: 'title', text: doc.title });
  flow.put({ type: 'p', text: doc.recipients });
  flow.put({ type: 'p', text: doc.opening });
  flow.place({ type: 'outline', headings: doc.sections.map((s) => s.heading) });
  for (const s of doc.sections) {
    flow.start(s.heading);
    flowBlocks(flow, s.blocks);
    for (const sub of s.subsections) {
      const heading: BulletinSlideBlock = { type: 'heading', text: sub.heading };
      // A heading stays with at least two lines of what follows it.
      if (blockHeight(heading) + 80 > flow.room) flow.next();
      flow.put(heading);
      flowBlocks(flow, sub.blocks);
    }
  }
  flow.place({ type: 'signature', issuer: doc.issuer, dateLabel: doc.dateLabel, demoNote: doc.demoNote });
  const pages = flow.pages.length;
  return flow.pages.map((p, i) => ({
    kind: 'bulletin',
    title: p.title,
    notes: '',
    summary: `${doc.title}，第${i + 1}/${pages}页：${p.title}`,
    bulletinTitle: doc.title,
    page: i + 1,
    pages,
    blocks: p.blocks,
  }));
}
