import { DECK_TEXT } from '@/lib/deck/labels';
import { completionScaleMax } from '@/lib/deck/measures';
import type { CompetitionSlide as CompetitionData, Deck } from '@/lib/deck/types';
import { formatNumber, formatPercent, formatRank } from '@/lib/format';
import { anyBar, CompletionBar, GroupWords } from './completion-bar';
import { BandFigure, CompletenessNote, SlideFrame } from './slide-frame';
import { GroupStatus, MovementText } from './status';

/**
 * 竞赛专页: left, the annual task — each task force's goal with its progress against its 应完成
 * line (a bar chart, the gap in words), score and rank; right, the district's county ranks with movement for the
 * competition's compared indicators, and its weak items.
 */
export function CompetitionSlide({ data, deck }: { data: CompetitionData; deck: Deck }) {
  const max = completionScaleMax(data.taskForces.rows);
  return (
    <SlideFrame
      deck={deck}
      data={data}
      subtitle={
        <>
          <BandFigure label={DECK_TEXT.leader}>{data.leader ?? '—'}</BandFigure>
          <BandFigure label={DECK_TEXT.leadUnit}>{data.leadUnit ?? '—'}</BandFigure>
          <BandFigure label={DECK_TEXT.score} testId="deck-competition-score">
            {formatNumber(data.score)}
          </BandFigure>
          <BandFigure label={DECK_TEXT.competitionRank} testId="deck-competition-rank">
            {formatRank(data.rank, data.total)}
          </BandFigure>
          <BandFigure label={DECK_TEXT.movement} testId="deck-competition-movement">
            <MovementText delta={data.movement} plain />
          </BandFigure>
          <BandFigure label={DECK_TEXT.timeProgress}>{formatPercent(data.timeProgress)}</BandFigure>
          <span className="whitespace-nowrap" data-testid="deck-competition-progress">
            {data.group.text}
          </span>
          <CompletenessNote completeness={data.completeness} />
        </>
      }
    >
      <div className="grid h-full grid-cols-[66rem_1fr] gap-12">
        <section aria-label={DECK_TEXT.annualTasks} className="flex min-h-0 flex-col">
          <h3 className="deck-accent mb-2 text-[2rem] font-bold">
            {DECK_TEXT.annualTasks}
            {anyBar(data.taskForces.rows) && (
              <span className="deck-muted ml-4 text-[1.5rem] font-normal">
                条：{DECK_TEXT.meanCompletion}　竖线：{DECK_TEXT.expected}
              </span>
            )}
          </h3>
          <ol className="flex flex-col gap-[0.6rem]">
            {data.taskForces.rows.map((t) => (
              <li
                key={t.id}
                className="deck-rule grid grid-cols-[1fr_38rem] gap-x-6 border-b pb-[0.3rem]"
                data-testid="deck-task-force"
                data-id={t.id}
              >
                <span className="deck-clip text-[1.625rem] font-bold">
                  <bdi>{t.name}</bdi>
                </span>
                <span className="tabular flex items-baseline justify-end gap-6 whitespace-nowrap">
                  <GroupStatus status={t.status} quiet />
                  <span>
                    {DECK_TEXT.score}{' '}
                    <span className="font-bold" data-testid="tf-score">
                      {formatNumber(t.score)}
                    </span>
                  </span>
                  <span data-testid="tf-rank">{DECK_TEXT.taskForceRank(formatRank(t.rank, data.taskForceTotal))}</span>
                </span>
                <p className="deck-muted row-span-2 line-clamp-2">{t.goal}</p>
                <CompletionBar figures={t} max={max} className="self-center text-right" />
                <GroupWords figures={t} className="text-right" />
              </li>
            ))}
          </ol>
          {data.taskForces.more > 0 && <p className="deck-muted mt-2">{DECK_TEXT.more(data.taskForces.more, DECK_TEXT.taskForces)}</p>}
        </section>
        <div className="flex min-h-0 flex-col gap-6">
          <section aria-label={DECK_TEXT.countyRanks}>
            <h3 className="deck-accent mb-1 text-[2rem] font-bold">{DECK_TEXT.countyRanks}</h3>
            {data.county.rows.length === 0 ? (
              <p className="deck-muted">{DECK_TEXT.noCounty}</p>
            ) : (
              <table className="deck-table">
                <thead>
                  <tr>
                    <th>{DECK_TEXT.indicator}</th>
                    <th className="num">{DECK_TEXT.rank}</th>
                    <th>{DECK_TEXT.movement}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.county.rows.map((r) => (
                    <tr key={r.indicatorId} data-testid="deck-county-row" data-id={r.indicatorId}>
                      <td className="deck-clip max-w-[26rem]">
                        <bdi>{r.label}</bdi>
                      </td>
                      <td className={r.bottomThird ? 'num deck-status-lagging font-bold' : 'num font-bold'} data-testid="county-rank">
                        {formatRank(r.rank, r.total)}
                      </td>
                      <td data-testid="county-movement">
                        <MovementText delta={r.movement} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {data.county.more > 0 && <p className="deck-muted mt-1">{DECK_TEXT.more(data.county.more, DECK_TEXT.indicators)}</p>}
          </section>
          <section aria-label={DECK_TEXT.weakItems}>
            <h3 className="deck-accent mb-1 text-[2rem] font-bold">{DECK_TEXT.weakItems}</h3>
            {data.weak.rows.length === 0 ? (
              <p className="deck-muted">{DECK_TEXT.noWeak}</p>
            ) : (
              <ul className="flex flex-col">
                {data.weak.rows.map((w) => (
                  <li
                    key={w.indicatorId}
                    className="deck-rule flex items-baseline justify-between gap-4 border-b py-[0.3rem]"
                    data-testid="deck-weak-row"
                    data-id={w.indicatorId}
                  >
                    <span className="deck-clip">
                      <bdi>{w.label}</bdi>
                    </span>
                    <span className="deck-status-lagging shrink-0 font-bold">
                      <span aria-hidden>✖ </span>
                      {w.reason}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {data.weak.more > 0 && <p className="deck-muted mt-1">{DECK_TEXT.more(data.weak.more, DECK_TEXT.indicators)}</p>}
          </section>
        </div>
      </div>
    </SlideFrame>
  );
}
