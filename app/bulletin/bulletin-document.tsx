import type { Block, BulletinDoc } from '@/lib/bulletin/types';

/** The 通报 as GB/T 9704-style HTML (styles in ./bulletin.css). */
export function BulletinDocument({ doc }: { doc: BulletinDoc }) {
  return (
    <article className="bulletin bulletin-sheet" data-testid="bulletin">
      <h1>{doc.title}</h1>
      <p className="recipients">{doc.recipients}</p>
      <p>{doc.opening}</p>
      {doc.sections.map((s) => (
        <section key={s.heading} aria-label={s.heading}>
          <h2>{s.heading}</h2>
          <Blocks blocks={s.blocks} />
          {s.subsections.map((sub) => (
            <section key={sub.heading}>
              <h3>{sub.heading}</h3>
              <Blocks blocks={sub.blocks} />
            </section>
          ))}
        </section>
      ))}
      <div className="signature">
        <p>{doc.issuer}</p>
        <p>{doc.dateLabel}</p>
      </div>
      {doc.demoNote && <p className="demo-note">{doc.demoNote}</p>}
    </article>
  );
}

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.type === 'p') return <p key={i}>{b.text}</p>;
        if (b.type === 'item')
          return (
            <p key={i} className={`item item-${b.level}`}>
              <span className="label">{b.label}</span>
              {b.lead && <span className="lead">{b.lead}</span>}
              {b.text}
            </p>
          );
        return (
          <figure key={i} data-testid={`bulletin-table-${b.id}`}>
            <figcaption>{b.caption}</figcaption>
            <table>
              <thead>
                <tr>
                  {b.columns.map((c) => (
                    <th key={c.header} scope="col" className={c.header.length > 6 ? 'wrap' : undefined}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c} className={`${b.columns[c]?.align ?? 'left'}${b.columns[c]?.nowrap ? ' nowrap' : ''}`}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </>
  );
}
