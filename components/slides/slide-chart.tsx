import type { SlideChart as ChartData } from '@/lib/deck/place-types';

const SERIES = ['var(--deck-accent)', 'var(--deck-rule)', 'var(--deck-ahead)', 'var(--deck-behind)'];
const FLAGS: Record<string, string> = { 红色督办: 'var(--deck-red)', 黄色督办: 'var(--deck-yellow)' };
const colour = (name: string, i: number) => FLAGS[name] ?? SERIES[i % SERIES.length]!;

/** A slide's chart drawn live: bars (one row per category, one bar per series, values written) or a pie with its shares. */
export function SlideChart({ chart, className, stacked = false }: { chart: ChartData; className?: string; stacked?: boolean }) {
  return (
    <figure className={className} data-testid="slide-chart" data-chart={chart.id} aria-label={`${chart.title}：${chart.summary}`}>
      <figcaption className="deck-accent mb-2 text-[1.5rem] font-bold">{chart.title}</figcaption>
      {chart.type === 'pie' ? <Pie chart={chart} /> : <Bars chart={chart} stacked={stacked} />}
    </figure>
  );
}

/** Bars of each category; `stacked` writes the label on its own line above (long labels in a narrow column). */
function Bars({ chart, stacked }: { chart: ChartData; stacked: boolean }) {
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values)) || 1;
  return (
    <div className="space-y-2" role="list">
      {chart.categories.map((label, c) => (
        <div
          key={label}
          className={stacked ? 'text-[1.5rem]' : 'grid grid-cols-[minmax(0,14rem)_1fr] items-center gap-3 text-[1.5rem]'}
          role="listitem"
        >
          <span className={stacked ? 'deck-clip block' : 'deck-clip'} title={label}>
            <bdi>{label}</bdi>
          </span>
          <div className="space-y-1">
            {chart.series.map((s, i) => (
              <div key={s.name} className="flex items-center gap-2">
                <div className="deck-track h-[1.1rem] flex-1 rounded-sm">
                  <div className="h-full rounded-sm" style={{ width: `${(100 * s.values[c]!) / max}%`, background: colour(s.name, i) }} />
                </div>
                <span
                  className={`tabular ${chart.series.length > 1 ? 'w-[13rem]' : 'w-[9rem]'} text-right whitespace-nowrap`}
                  data-testid="chart-value"
                >
                  {chart.series.length > 1 ? `${s.name} ` : ''}
                  {s.texts[c]}
                </span>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

function Pie({ chart }: { chart: ChartData }) {
  const s = chart.series[0]!;
  const total = s.values.reduce((a, b) => a + b, 0) || 1;
  const ends = s.values.map((_, i) => (100 * s.values.slice(0, i + 1).reduce((a, b) => a + b, 0)) / total);
  const stops = ends.map((end, i) => `${colour('', i)} ${i === 0 ? 0 : ends[i - 1]}% ${end}%`);
  return (
    <div className="flex items-center gap-6">
      <div
        className="h-[11rem] w-[11rem] shrink-0 rounded-full"
        style={{ background: `conic-gradient(${stops.join(', ')})` }}
        aria-hidden
      />
      <ul className="space-y-2 text-[1.5rem]">
        {chart.categories.map((label, i) => (
          <li key={label} className="flex items-start gap-2">
            <span className="mt-[0.4rem] inline-block h-[1rem] w-[1rem] shrink-0 rounded-sm" style={{ background: colour('', i) }} />
            <span data-testid="chart-value">{s.texts[i]!.startsWith(label) ? s.texts[i] : `${label}：${s.texts[i]}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
