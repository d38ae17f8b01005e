import type { CSSProperties } from 'react';
import { SIZES } from '@/lib/deck/bulletin/measure';
import type { BulletinSlide as BulletinSlideData, BulletinSlideBlock } from '@/lib/deck/bulletin/types';
import type { Deck } from '@/lib/deck/types';
import { SlideFrame } from './slide-frame';

/** Design pixels (lib/deck/bulletin/measure, which pages the 通报 with them) as rem of the canvas. */
const rem = (px: number) => `${px / 16}rem`;
const text = (size: number, line: number, gap = 0): CSSProperties => ({
  fontSize: rem(size),
  lineHeight: rem(line),
  marginBottom: gap ? rem(gap) : undefined,
});

function Table({ block }: { block: Extract<BulletinSlideBlock, { type: 'table' }> }) {
  const cell: CSSProperties = { ...text(SIZES.table, SIZES.rowLine), whiteSpace: 'normal', overflowWrap: 'anywhere' };
  return (
    <figure style={{ marginBottom: rem(SIZES.gap) }} data-testid="bulletin-slide-table">
      <figcaption className="font-bold" style={text(SIZES.caption, SIZES.captionLine)}>
        {block.caption}
      </figcaption>
      <table className="deck-table" style={{ tableLayout: 'fixed' }}>
        <colgroup>
          {block.widths.map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th key={c.header} scope="col" style={{ ...cell, textAlign: c.align ?? 'left' }}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => (
                <td key={c} style={{ ...cell, textAlign: block.columns[c]?.align ?? 'left' }}>
                  <bdi>{value}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Block({ block }: { block: BulletinSlideBlock }) {
  switch (block.type) {
    case 'outline':
      return (
        <ul style={text(SIZES.text, SIZES.textLine, SIZES.gap)} data-outline>
          {block.headings.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      );
    case 'title':
      return (
        <h3 className="deck-accent text-center font-bold" style={text(SIZES.title, SIZES.titleLine, SIZES.titleGap)}>
          <bdi>{block.text}</bdi>
        </h3>
      );
    case 'heading':
      return (
        <h3 className="deck-accent font-bold" style={text(SIZES.heading, SIZES.headingLine, SIZES.headingGap)}>
          {block.text}
        </h3>
      );
    case 'p':
      return (
        <p style={text(SIZES.text, SIZES.textLine, SIZES.gap)}>
          <bdi>{block.text}</bdi>
        </p>
      );
    case 'item':
      return (
        <p style={text(SIZES.text, SIZES.textLine, SIZES.gap)}>
          {block.label && <span className="font-bold">{block.label}</span>}
          {block.lead && <span className="font-bold">{block.lead}</span>}
          <bdi>{block.text}</bdi>
        </p>
      );
    case 'table':
      return <Table block={block} />;
    case 'signature':
      return (
        <div
          className="text-right"
          style={{ ...text(SIZES.text, SIZES.textLine), marginTop: rem(SIZES.gap) }}
          data-testid="bulletin-signature"
        >
          <p>
            <bdi>{block.issuer}</bdi>
          </p>
          <p>{block.dateLabel}</p>
          {block.demoNote && <p className="deck-muted text-left">{block.demoNote}</p>}
        </div>
      );
  }
}

/** One page of the 通报 at the end of the meeting's full run. */
export function BulletinSlide({ data, deck }: { data: BulletinSlideData; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data} subtitle={<span>{`通报第${data.page}/${data.pages}页`}</span>}>
      <div className="h-full overflow-hidden" data-testid="bulletin-slide-body">
        {data.blocks.map((b, i) => (
          <Block key={i} block={b} />
        ))}
      </div>
    </SlideFrame>
  );
}
