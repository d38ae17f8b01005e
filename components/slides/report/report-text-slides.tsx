import { DECK_TEXT } from '@/lib/deck/labels';
import type { ReportCoordinationSlide, ReportCoverSlide, ReportNextSlide, ReportWeakSlide, TextGroup } from '@/lib/deck/report/types';
import type { Deck } from '@/lib/deck/types';
import { SlideFooter, SlideFrame } from '../slide-frame';
import { StatusText } from '../status';

/** 竞赛汇报封面: competition, lead leader and unit, meeting date. */
export function ReportCover({ data, deck }: { data: ReportCoverSlide; deck: Deck }) {
  return (
    <div className="flex h-full flex-col">
      <div className="deck-band h-[1.5rem]" />
      <div className="flex flex-1 flex-col items-center justify-center gap-7 px-24 text-center">
        <p className="deck-muted text-[2.5rem]">{data.campaignLabel}</p>
        <h2 className="deck-accent text-[4.5rem] leading-tight font-bold" data-testid="slide-title">
          <bdi>{data.title}</bdi>
        </h2>
        <p className="text-[2.5rem] font-bold">{data.periodLabel}</p>
        <p className="text-[2.25rem]">
          {DECK_TEXT.leader}：{data.leader ?? '—'}　{DECK_TEXT.leadUnit}：{data.leadUnit ?? '—'}
        </p>
        <p className="deck-muted text-[2.25rem]">
          <bdi>{data.meetingTitle}</bdi> · {data.dateLabel}
        </p>
        {deck.demo && <p className="deck-demo rounded px-4 py-1 text-[1.75rem] font-bold">{DECK_TEXT.demo}</p>}
      </div>
      <SlideFooter deck={deck} data={data} />
    </div>
  );
}

/** Task-force groups of text, each under its name; paragraphs kept as typed. */
export function TextGroups({ groups, empty, testId, narrow }: { groups: TextGroup[]; empty: string; testId: string; narrow?: boolean }) {
  const shown = groups.filter((g) => g.text);
  if (shown.length === 0) return <p className="deck-muted text-[2rem]">{empty}</p>;
  return (
    <div className={narrow ? 'space-y-2 text-[1.5rem] leading-snug' : 'grid grid-cols-2 gap-x-12 gap-y-4 text-[1.625rem] leading-snug'}>
      {shown.map((g) => (
        <section key={g.taskForceId} data-testid={testId} data-id={g.taskForceId}>
          <h3 className="deck-accent font-bold">{g.taskForce}</h3>
          <p className={`${narrow ? 'line-clamp-2' : 'line-clamp-4'} whitespace-pre-line`}>{g.text}</p>
        </section>
      ))}
    </div>
  );
}

/** 弱项与原因: the weak items, then the task forces' 存在问题. */
export function ReportWeak({ data, deck }: { data: ReportWeakSlide; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data}>
      <div className="grid h-full grid-cols-2 gap-10">
        <div>
          {data.rows.length === 0 ? (
            <p className="deck-muted text-[2rem]">{DECK_TEXT.noWeak}</p>
          ) : (
            <table className="deck-table">
              <thead>
                <tr>
                  <th>
                    {DECK_TEXT.indicator}（{DECK_TEXT.gap}）
                  </th>
                  <th>{DECK_TEXT.status}</th>
                  <th>{DECK_TEXT.reason}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.indicatorId} data-testid="report-weak-row">
                    <td>
                      <p className="deck-clip max-w-[30rem] font-bold">{r.name}</p>
                      <p className="deck-muted deck-clip max-w-[30rem]">{r.gap}</p>
                    </td>
                    <td>
                      <StatusText status={r.status} />
                    </td>
                    <td className="whitespace-nowrap">{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data.more > 0 && <p className="deck-muted mt-3">{DECK_TEXT.more(data.more, DECK_TEXT.indicators)}</p>}
        </div>
        <div>
          <h3 className="mb-2 text-[1.875rem] font-bold">存在问题</h3>
          <TextGroups groups={data.problems} empty="各专班暂未填写存在问题。" testId="report-problems" narrow />
        </div>
      </div>
    </SlideFrame>
  );
}

/** 下步打算 by task force. */
export function ReportNext({ data, deck }: { data: ReportNextSlide; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data}>
      <TextGroups groups={data.groups} empty="各专班暂未填写下步打算。" testId="report-next" />
    </SlideFrame>
  );
}

/** 需协调事项. */
export function ReportCoordination({ data, deck }: { data: ReportCoordinationSlide; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data}>
      <p className="text-[2rem] leading-relaxed whitespace-pre-line" data-testid="report-coordination">
        {data.text}
      </p>
    </SlideFrame>
  );
}
