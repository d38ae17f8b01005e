import type { CatchUpRow, ReportCountySlide } from '@/lib/deck/report/types';
import type { Deck } from '@/lib/deck/types';
import { formatAmount, formatRank } from '@/lib/format';
import { SlideFrame } from '../slide-frame';
import { MovementText } from '../status';

/** The six counties as horizontal bars (the district's marked ★), longest = best value's magnitude. */
function CountyBars({ row }: { row: CatchUpRow }) {
  const max = Math.max(...row.bars.map((b) => Math.abs(b.value)), 1e-9);
  return (
    <ul className="text-[1.5rem] leading-[1.2]" aria-label={`${row.name}各县（市、区）数值`}>
      {row.bars.map((b) => (
        <li key={b.name} className="flex items-center gap-3">
          <span className={`w-[8rem] shrink-0 ${b.home ? 'deck-accent font-bold' : ''}`}>
            {b.home ? '★ ' : ''}
            {b.name}
          </span>
          <span className="deck-track h-[1rem] flex-1 rounded">
            <span
              className={`block h-full rounded ${b.home ? 'deck-fill-behind' : 'deck-fill-no_data'}`}
              style={{ width: `${Math.max(2, (Math.abs(b.value) / max) * 100)}%` }}
            />
          </span>
          <span className="tabular w-[11rem] shrink-0 text-right whitespace-nowrap">{formatAmount(b.value, row.unit)}</span>
          <span className="tabular w-[5.5rem] shrink-0 text-right whitespace-nowrap">{formatRank(b.rank)}</span>
        </li>
      ))}
    </ul>
  );
}

/** 全市排名与赶超测算 (one page: up to two indicators). */
export function ReportCounty({ data, deck }: { data: ReportCountySlide; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data}>
      {data.rows.length === 0 ? (
        <p className="deck-muted text-[2rem]">{data.summary}</p>
      ) : (
        <div className="grid h-full grid-cols-2 grid-rows-2 gap-x-12 gap-y-4">
          {data.rows.map((r) => (
            <section key={r.indicatorId} className="flex min-h-0 flex-col gap-1" data-testid="report-county-row" data-id={r.indicatorId}>
              <h3 className="flex gap-6 text-[1.625rem] font-bold">
                <bdi className="deck-clip min-w-0" title={r.label}>
                  {r.label}
                </bdi>
                <span className="shrink-0 whitespace-nowrap">
                  {formatRank(r.rank, r.total)}　<MovementText delta={r.movement} />
                </span>
              </h3>
              <CountyBars row={r} />
              <p className="line-clamp-3 text-[1.5rem] leading-tight" data-testid="catch-up-pass">
                {r.passAbove}
              </p>
              <p className="line-clamp-3 text-[1.5rem] leading-tight" data-testid="catch-up-target">
                {r.reachTarget}
              </p>
            </section>
          ))}
        </div>
      )}
    </SlideFrame>
  );
}
