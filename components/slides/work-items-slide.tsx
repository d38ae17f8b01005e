import type { WorkItemsSlide as WorkItemsData } from '@/lib/deck/place-types';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck } from '@/lib/deck/types';
import { SlideChart } from './slide-chart';
import { SlideFrame } from './slide-frame';

/** Red and yellow 督办 items with their owners, and the counts per task force. */
export function WorkItemsSlide({ data, deck }: { data: WorkItemsData; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data} subtitle={<span>{data.summary}</span>}>
      <div className="space-y-6">
        <div>
          {data.rows.rows.length === 0 ? (
            <p className="deck-muted text-[1.75rem]">本期无红色、黄色督办事项。</p>
          ) : (
            <table className="deck-table table-fixed text-[1.5rem]">
              <thead>
                <tr>
                  <th className="w-[9rem]">督办</th>
                  <th>事项</th>
                  <th className="w-[18rem]">专班</th>
                  <th className="w-[20rem]">责任单位 · 责任人</th>
                  <th className="w-[12rem]">完成时限</th>
                  <th className="w-[22rem]">情况</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.rows.map((r) => (
                  <tr key={r.key} data-testid="deck-work-item" data-flag={r.flag.flag}>
                    <td className={`deck-${r.flag.flag === 'red' ? 'red' : 'yellow'} font-bold whitespace-nowrap`}>{r.flag.short}</td>
                    <td className="deck-clip">
                      <bdi>{r.title}</bdi>
                    </td>
                    <td className="deck-clip">{r.taskForce}</td>
                    <td className="deck-clip">{r.owner}</td>
                    <td className="whitespace-nowrap">{r.deadline}</td>
                    <td className="deck-clip">
                      {r.overdue}
                      {r.escalated && '（升级督办）'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data.rows.more > 0 && <p className="deck-muted mt-3">{DECK_TEXT.more(data.rows.more, '项督办事项')}</p>}
        </div>
        {data.charts.map((c) => (
          <SlideChart key={c.id} chart={c} className="max-w-[70rem]" />
        ))}
      </div>
    </SlideFrame>
  );
}
