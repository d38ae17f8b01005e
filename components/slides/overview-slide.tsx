import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck, OverviewSlide as OverviewData } from '@/lib/deck/types';
import { formatNumber, formatPercent, formatRank, STATUS_ICONS, STATUS_LABELS } from '@/lib/format';
import { CompletionBar, scaleMax } from './completion-bar';
import { BandFigure, SlideFrame } from './slide-frame';
import { MovementText, StatusText } from './status';

/** 总体情况: key figures in the band, then the competitions ranked with completion against expected. */
export function OverviewSlide({ data, deck }: { data: OverviewData; deck: Deck }) {
  const c = data.counts;
  const k = data.county;
  const max = scaleMax(data.competitions.flatMap((r) => [r.completion, r.expected]));
  return (
    <SlideFrame
      deck={deck}
      data={data}
      subtitle={
        <>
          <BandFigure label={DECK_TEXT.timeProgress}>{formatPercent(data.timeProgress)}</BandFigure>
          <BandFigure label={`${DECK_TEXT.overviewCounts}（${c.total}项）`}>
            {STATUS_ICONS.ahead}
            {STATUS_LABELS.ahead}
            {c.ahead}　{STATUS_ICONS.behind}
            {STATUS_LABELS.behind}
            {c.behind}　{STATUS_ICONS.lagging}
            {STATUS_LABELS.lagging}
            {c.lagging}　{STATUS_ICONS.no_data}
            {STATUS_LABELS.no_data}
            {c.noData}
          </BandFigure>
          <BandFigure label={`${DECK_TEXT.countyCompare}（${k.compared}项）`}>
            前两位{k.top}　排名靠后{k.bottom}　▲上升{k.up}　▼下降{k.down}
          </BandFigure>
        </>
      }
    >
      <table className="deck-table">
        <thead>
          <tr>
            <th className="text-center">名次</th>
            <th>{DECK_TEXT.competition}</th>
            <th className="num">{DECK_TEXT.score}</th>
            <th>{DECK_TEXT.movement}</th>
            <th>
              {DECK_TEXT.meanCompletion}（条）与{DECK_TEXT.expected}（竖线）
            </th>
            <th>{DECK_TEXT.status}</th>
          </tr>
        </thead>
        <tbody>
          {data.competitions.map((r) => (
            <tr key={r.id} className="h-[4.9rem]" data-testid="overview-row">
              <td className="text-center font-bold whitespace-nowrap">{formatRank(r.rank)}</td>
              <td className="font-bold whitespace-nowrap">
                <bdi>{r.name}</bdi>
              </td>
              <td className="num text-[1.75rem] font-bold">{formatNumber(r.score)}</td>
              <td>
                <MovementText delta={r.movement} />
              </td>
              <td className="w-[46rem]">
                <CompletionBar completion={r.completion} expected={r.expected} status={r.status} max={max} />
              </td>
              <td>
                <StatusText status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SlideFrame>
  );
}
