import { DECK_TEXT } from '@/lib/deck/labels';
import type { ClosingSlide as ClosingData, Deck } from '@/lib/deck/types';
import { SlideFooter } from './slide-frame';

/** 结束页: the title, then what is left of the year and what still needs work. */
export function ClosingSlide({ data, deck }: { data: ClosingData; deck: Deck }) {
  const figures: [string, string, string][] = [
    [DECK_TEXT.monthsLeft, String(data.monthsLeft), '个月'],
    [DECK_TEXT.laggingIndicators, String(data.lagging), '项'],
    [DECK_TEXT.weakIndicators, String(data.weak), '项'],
  ];
  return (
    <div className="flex h-full flex-col">
      <div className="deck-band h-[1.5rem]" />
      <div className="flex flex-1 flex-col items-center justify-center gap-14 px-24 text-center">
        <h2 className="deck-accent text-[5rem] leading-tight font-bold" data-testid="slide-title">
          <bdi>{data.title}</bdi>
        </h2>
        <dl className="grid grid-cols-3 gap-24">
          {figures.map(([label, value, unit]) => (
            <div key={label} className="flex flex-col-reverse items-center gap-2">
              <dt className="deck-muted text-[2rem]">{label}</dt>
              <dd className="text-[4.5rem] leading-none font-bold">
                {value}
                <span className="ml-1 text-[2rem]">{unit}</span>
              </dd>
            </div>
          ))}
        </dl>
        <p className="deck-muted text-[2rem]">
          <bdi>{data.meetingTitle}</bdi> · {data.dateLabel}
        </p>
      </div>
      <SlideFooter deck={deck} data={data} />
    </div>
  );
}
