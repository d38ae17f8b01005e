import { describe, expect, it } from 'vitest';
import { buildBulletin } from '@/lib/bulletin/generate';
import { fixtureBulletinInput } from '@/lib/bulletin/test-fixtures';
import type { Block, BulletinDoc } from '@/lib/bulletin/types';
import { BULLETIN_SLIDE_TITLE, buildBulletinSlides } from './build';
import { blockHeight, BODY, columnWidths, emWidth, linesOf } from './measure';
import type { BulletinSlideBlock } from './types';

const row = (i: number) => [`第${i}名`, `专班${i}号`, '项目攻坚', '81.7', '下降6位', '72.2%', '66.7%'];
const longTable: Block = {
  type: 'table',
  id: 'task-forces',
  caption: '表9　长表',
  columns: ['名次', '专班', '竞赛', '得分', '较上期', '累计型指标平均完成率', '应完成进度'].map((header) => ({ header })),
  rows: Array.from({ length: 45 }, (_, i) => row(i + 1)),
};
const longText = '全区共有弱项指标48项，其中严重滞后或节点逾期的48项，全市排名处于后三分之一的2项。'.repeat(40);

/** A bulletin with a table of 45 rows and a paragraph of 1,800 characters. */
function longDoc(): BulletinDoc {
  const d = buildBulletin(fixtureBulletinInput());
  d.sections[1]!.subsections[0]!.blocks.push(longTable);
  d.sections[2]!.blocks.push({ type: 'p', text: longText });
  return d;
}

/** Every text of the blocks, in order, with a table's rows once each. */
function texts(blocks: BulletinSlideBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'table') return b.rows.map((r) => r.join('|'));
    if (b.type === 'signature') return [b.issuer, b.dateLabel];
    return b.type === 'outline' ? b.headings : [b.text];
  });
}

describe('measure', () => {
  it('counts CJK characters as 1 em and Latin ones as 0.6 em, and wraps at the box width', () => {
    expect(emWidth('通报')).toBe(2);
    expect(emWidth('75.0%')).toBeCloseTo(3);
    expect(linesOf('字'.repeat(68), 26, BODY.width)).toBe(1);
    expect(linesOf('字'.repeat(69), 26, BODY.width)).toBe(2);
    expect(linesOf('一\n二', 26, BODY.width)).toBe(2);
  });

  it('gives a table that fits its natural widths, and shares the body among the wrapping columns otherwise', () => {
    const narrow = columnWidths([{ header: '名次' }, { header: '得分' }], [['第1名', '92.4']]);
    expect(narrow.reduce((a, b) => a + b, 0)).toBeLessThan(BODY.width);
    const wide = columnWidths([{ header: '序号' }, { header: '差距' }], [['1', '字'.repeat(200)]]);
    expect(wide.reduce((a, b) => a + b, 0)).toBeCloseTo(BODY.width);
  });
});

describe('buildBulletinSlides', () => {
  it('opens with the title page, starts every section on a new page and keeps every page within the body', () => {
    const doc = buildBulletin(fixtureBulletinInput());
    const slides = buildBulletinSlides(doc);
    expect(slides[0]!.title).toBe(BULLETIN_SLIDE_TITLE);
    expect(slides[0]!.blocks[0]).toEqual({ type: 'title', text: doc.title });
    const starts = slides.filter((s) => !s.title.endsWith('（续）')).map((s) => s.title);
    expect(starts).toEqual([BULLETIN_SLIDE_TITLE, ...doc.sections.map((s) => s.heading)]);
    for (const s of slides) expect(s.blocks.reduce((h, b) => h + blockHeight(b), 0)).toBeLessThanOrEqual(BODY.height);
    expect(slides.map((s) => [s.page, s.pages])).toEqual(slides.map((_, i) => [i + 1, slides.length]));
    expect(slides.at(-1)!.blocks.at(-1)).toEqual({
      type: 'signature',
      issuer: doc.issuer,
      dateLabel: doc.dateLabel,
      demoNote: doc.demoNote,
    });
  });

  it('pages a long table with its header on every page and a long paragraph between sentences; nothing lost or repeated', () => {
    const doc = longDoc();
    const slides = buildBulletinSlides(doc);
    for (const s of slides) expect(s.blocks.reduce((h, b) => h + blockHeight(b), 0)).toBeLessThanOrEqual(BODY.height);
    const parts = slides.flatMap((s) => s.blocks).filter((b) => b.type === 'table' && b.caption.startsWith('表9　长表'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => (p.type === 'table' ? p.continued : null))).toEqual([false, ...parts.slice(1).map(() => true)]);
    expect(parts.slice(1).every((p) => p.type === 'table' && p.caption.endsWith('（续）'))).toBe(true);
    expect(parts.flatMap((p) => (p.type === 'table' ? p.rows : []))).toEqual(longTable.rows);
    const widths = parts.map((p) => (p.type === 'table' ? p.widths.join() : ''));
    expect(new Set(widths).size).toBe(1);
    const all = texts(slides.flatMap((s) => s.blocks)).join('');
    expect(all).toContain(longText);
    expect(all.split(longText)).toHaveLength(2);
    expect(slides.filter((s) => s.title === `${doc.sections[2]!.heading}（续）`).length).toBeGreaterThan(0);
  });
});
