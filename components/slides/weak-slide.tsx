import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck, WeakSlide as WeakData } from '@/lib/deck/types';
import { formatRank } from '@/lib/format';
import { SlideFrame } from './slide-frame';
import { StatusText } from './status';

/** 弱项指标 of the district, weakest first. */
export function WeakSlide({ data, deck }: { data: WeakData; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data} subtitle={<span>{data.summary}</span>}>
      {data.weak.rows.length === 0 ? (
        <p className="deck-muted text-[2rem]">{DECK_TEXT.noWeak}</p>
      ) : (
        <table className="deck-table">
          <thead>
            <tr>
              <th>
                {DECK_TEXT.indicator}（{DECK_TEXT.gap}）
              </th>
              <th>{DECK_TEXT.taskForce}</th>
              <th>{DECK_TEXT.unit}</th>
              <th>{DECK_TEXT.status}</th>
              <th className="num">{DECK_TEXT.countyRank}</th>
              <th>{DECK_TEXT.reason}</th>
            </tr>
          </thead>
          <tbody>
            {data.weak.rows.map((w) => (
              <tr key={w.indicatorId} className="h-[4.2rem]" data-testid="deck-weak-row" data-id={w.indicatorId}>
                <td className="max-w-[36rem]">
                  <p className="deck-clip font-bold">
                    <bdi>{w.name}</bdi>
                  </p>
                  <p className="deck-muted deck-clip" data-testid="weak-gap">
                    {w.gap}
                  </p>
                </td>
                <td className="deck-clip max-w-[22rem]">{w.taskForce}</td>
                <td className="deck-clip max-w-[18rem]">{w.unit ?? '—'}</td>
                <td>
                  <StatusText status={w.status} />
                </td>
                <td className="num" data-testid="county-rank">
                  {w.countyRank === null ? '—' : formatRank(w.countyRank, w.countyTotal)}
                </td>
                <td className="whitespace-nowrap">{w.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.weak.more > 0 && <p className="deck-muted mt-3">{DECK_TEXT.more(data.weak.more, DECK_TEXT.indicators)}</p>}
    </SlideFrame>
  );
}
