import { DECK_TEXT } from '@/lib/deck/labels';
import type { CoverSlide as CoverData, Deck } from '@/lib/deck/types';
import { SlideFooter } from './slide-frame';

/** 封面 */
export function CoverSlide({ data, deck }: { data: CoverData; deck: Deck }) {
  return (
    <div className="flex h-full flex-col">
      <div className="deck-band h-[1.5rem]" />
      <div className="flex flex-1 flex-col items-center justify-center gap-8 px-24 text-center">
        <p className="deck-muted text-[2.5rem]">{data.campaignLabel}</p>
        <h2 className="deck-accent text-[4.5rem] leading-tight font-bold" data-testid="slide-title">
          <bdi>{data.title}</bdi>
        </h2>
        <p className="text-[2.75rem] font-bold">{data.periodLabel}</p>
        <p className="deck-muted text-[2.25rem]">{data.dateLabel}</p>
        {deck.demo && <p className="deck-demo rounded px-4 py-1 text-[1.75rem] font-bold">{DECK_TEXT.demo}</p>}
      </div>
      <SlideFooter deck={deck} data={data} />
    </div>
  );
}
