import { DECK_TEXT } from '@/lib/deck/labels';
import { completionScaleMax, statusCountsText } from '@/lib/deck/measures';
import type { Deck, OverviewSlide as OverviewData } from '@/lib/deck/types';
import { COUNTY_STANDING_LABELS, formatNumber, formatPercent, formatRank } from '@/lib/format';
import { CompletionBar, GroupWords } from './completion-bar';
import { BandFigure, CompletenessNote, SlideFrame } from './slide-frame';
import { GroupStatus, MovementText } from './status';

/** 总体情况: key figures in the band, then the competitions ranked with their progress against 应完成. */
export function OverviewSlide({ data, deck }: { data: OverviewData; deck: Deck }) {
  const k = data.county;
  const max = completionScaleMax(data.competitions);
  return (
    <SlideFrame
      deck={deck}
      data={data}
      subtitle={
        <>
          <BandFigure label={DECK_TEXT.timeProgress} testId="time-progress">
            {formatPercent(data.timeProgress)}
          </BandFigure>
          <BandFigure label={`${DECK_TEXT.overviewCounts}（${data.counts.total}项）`} testId="headline-counts">
            {statusCountsText(data.counts)}
          </BandFigure>
          <BandFigure label={`${DECK_TEXT.countyCompare}（${k.compared}项）`} testId="county-standing">
            {COUNTY_STANDING_LABELS.top}
            {k.top}项　{COUNTY_STANDING_LABELS.bottom}
            {k.bottom}项　▲上升{k.up}项　▼下降{k.down}项
          </BandFigure>
          <CompletenessNote completeness={data.completeness} />
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
            <tr key={r.id} className="h-[4.9rem]" data-testid="overview-row" data-id={r.id}>
              <td className="text-center font-bold whitespace-nowrap" data-testid="rank">
                {formatRank(r.rank)}
              </td>
              <td className="font-bold whitespace-nowrap">
                <bdi>{r.name}</bdi>
              </td>
              <td className="num text-[1.75rem] font-bold" data-testid="score">
                {formatNumber(r.score)}
              </td>
              <td data-testid="movement">
                <MovementText delta={r.movement} />
              </td>
              <td className="w-[46rem]">
                <CompletionBar figures={r} max={max} />
                <GroupWords figures={r} />
              </td>
              <td>
                <GroupStatus status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SlideFrame>
  );
}
