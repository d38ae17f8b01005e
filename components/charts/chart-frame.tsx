/**
 * A chart's box: fixed height (so nothing shifts while the client renders the SVG), a caption read
 * by screen readers and shown to everyone, and an optional legend written out in words.
 */
export function ChartFrame({
  title,
  summary,
  height,
  legend,
  children,
  testId,
}: {
  title: string;
  /** One sentence saying what the chart shows, with the key figures. */
  summary: string;
  height: number;
  legend?: { label: string; colour: string; shape?: 'bar' | 'line' | 'dash' | 'dot' | 'ring' }[];
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <figure className="m-0" data-testid={testId}>
      <figcaption className="mb-2">
        <span className="text-base font-semibold text-slate-900">{title}</span>
        <span className="ml-2 text-xs text-slate-600">{summary}</span>
      </figcaption>
      {legend && legend.length > 0 && (
        <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="图例">
          {legend.map((l) => (
            <li key={l.label} className="flex items-center gap-1.5">
              <LegendMark colour={l.colour} shape={l.shape ?? 'bar'} />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <div style={{ height }} className="w-full">
        {children}
      </div>
    </figure>
  );
}

function LegendMark({ colour, shape }: { colour: string; shape: 'bar' | 'line' | 'dash' | 'dot' | 'ring' }) {
  if (shape === 'line') return <span aria-hidden className="inline-block h-0.5 w-5" style={{ background: colour }} />;
  if (shape === 'dash') return <span aria-hidden className="inline-block w-5 border-t-2 border-dashed" style={{ borderColor: colour }} />;
  if (shape === 'ring')
    return <span aria-hidden className="inline-block size-2.5 rounded-full border-2 bg-white" style={{ borderColor: colour }} />;
  if (shape === 'dot') return <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ background: colour }} />;
  return <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: colour }} />;
}
