import { DECK_TEXT } from '@/lib/deck/labels';
import type { ReportGoalsSlide, ReportIndicatorsSlide } from '@/lib/deck/report/types';
import type { Deck } from '@/lib/deck/types';
import { formatNumber, formatPercent, formatRank } from '@/lib/format';
import { BandFigure, SlideFrame } from '../slide-frame';
import { GroupStatus, MovementText, StatusText } from '../status';

/** 年度目标与完成: each task force's goal, progress against 应完成 and status. */
export function ReportGoals({ data, deck }: { data: ReportGoalsSlide; deck: Deck }) {
  return (
    <SlideFrame
      deck={deck}
      data={data}
      subtitle={
        <>
          <BandFigure label={DECK_TEXT.score}>{formatNumber(data.score)}分</BandFigure>
          <BandFigure label={DECK_TEXT.competitionRank} testId="report-competition-rank">
            {formatRank(data.rank, data.total)}
          </BandFigure>
          <BandFigure label={DECK_TEXT.movement}>
            <MovementText delta={data.movement} plain />
          </BandFigure>
          <BandFigure label={DECK_TEXT.timeProgress}>{formatPercent(data.timeProgress)}</BandFigure>
        </>
      }
    >
      <table className="deck-table">
        <thead>
          <tr>
            <th>{DECK_TEXT.taskForce}（目标）</th>
            <th>完成与应完成</th>
            <th>{DECK_TEXT.status}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.taskForceId} data-testid="report-goal-row">
              <td className="max-w-[40rem]">
                <p className="deck-clip font-bold">{r.name}</p>
                <p className="deck-muted line-clamp-2">{r.goal}</p>
              </td>
              <td className="max-w-[48rem]">{r.text}</td>
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

/** 指标明细 (one page of it). */
export function ReportIndicators({ data, deck }: { data: ReportIndicatorsSlide; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data}>
      <table className="deck-table text-[1.5rem]">
        <thead>
          <tr>
            <th>{DECK_TEXT.indicator}</th>
            <th className="num">目标</th>
            <th className="num">实际</th>
            <th>完成或差距</th>
            <th>{DECK_TEXT.status}</th>
            <th className="num">{DECK_TEXT.countyRank}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.indicatorId} data-testid="report-indicator-row" data-id={r.indicatorId}>
              <td className="max-w-[26rem]">
                <p className="deck-clip font-bold">{r.name}</p>
                <p className="deck-muted deck-clip">{r.taskForce}</p>
              </td>
              <td className="num whitespace-nowrap">{r.target}</td>
              <td className="num whitespace-nowrap" data-testid="report-actual">
                {r.actual}
              </td>
              <td className="max-w-[30rem]">
                <p className="line-clamp-2">{r.figure}</p>
              </td>
              <td>
                <StatusText status={r.status} />
              </td>
              <td className="num whitespace-nowrap">
                {r.countyRank === null ? '—' : formatRank(r.countyRank, r.countyTotal)}
                {r.countyRank !== null && (
                  <p>
                    <MovementText delta={r.countyMovement} />
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SlideFrame>
  );
}
