import type { ReportCompareSlide } from '@/lib/deck/report/types';
import type { Deck } from '@/lib/deck/types';
import { formatRank } from '@/lib/format';
import { BandFigure, SlideFrame } from '../slide-frame';

/** 较上次会议: rank moves and changed figures, then the 下步打算 promised last time and this period's progress. */
export function ReportCompare({ data, deck }: { data: ReportCompareSlide; deck: Deck }) {
  const { before, now, total } = data.competitionRank;
  return (
    <SlideFrame
      deck={deck}
      data={data}
      subtitle={
        <>
          <BandFigure label="上次会议">
            <bdi>{data.previousTitle}</bdi>（{data.previousDate}）
          </BandFigure>
          <BandFigure label="竞赛排名" testId="compare-rank">
            {formatRank(before, total)} → {formatRank(now, total)}
          </BandFigure>
        </>
      }
    >
      <div className="grid h-full grid-cols-2 gap-10 text-[1.5rem]">
        <div>
          <h3 className="mb-2 text-[1.75rem] font-bold">数据、状态与排名变化</h3>
          {data.changes.length === 0 ? (
            <p className="deck-muted">各项指标与上次会议相同。</p>
          ) : (
            <table className="deck-table">
              <thead>
                <tr>
                  <th>指标</th>
                  <th>上次会议</th>
                  <th>本次</th>
                </tr>
              </thead>
              <tbody>
                {data.changes.map((c) => (
                  <tr key={c.indicatorId} data-testid="compare-change" data-id={c.indicatorId}>
                    <td className="font-bold">{c.name}</td>
                    <td>{c.before}</td>
                    <td>{c.now}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-[1.75rem] font-bold">上次承诺的下步打算与落实</h3>
          {data.promises.length === 0 ? (
            <p className="deck-muted">上次会议无下步打算。</p>
          ) : (
            <div className="space-y-3">
              {data.promises.map((p) => (
                <section key={p.taskForceId} data-testid="compare-promise">
                  <h4 className="deck-accent font-bold">{p.taskForce}</h4>
                  <p className="line-clamp-2">承诺：{p.text}</p>
                  <p className="deck-muted line-clamp-1">落实：{p.progress}</p>
                </section>
              ))}
            </div>
          )}
        </div>
      </div>
    </SlideFrame>
  );
}
