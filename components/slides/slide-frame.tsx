import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck, DeckCompleteness, SlideData } from '@/lib/deck/types';

/**
 * A content slide: the title band (with an optional line of key figures), the body, and the footer
 * with the meeting, the 演示数据 mark and the slide number. The body gets the remaining height.
 */
export function SlideFrame({
  deck,
  data,
  subtitle,
  children,
}: {
  deck: Deck;
  data: SlideData;
  subtitle?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="flex h-full flex-col">
      <header className="deck-band flex min-h-[8.5rem] flex-col justify-center px-16 py-4">
        <h2 className="text-[3.25rem] leading-tight font-bold" data-testid="slide-title">
          <bdi>{data.title}</bdi>
        </h2>
        {subtitle && <div className="mt-1 flex flex-wrap gap-x-10 gap-y-1 text-[1.625rem]">{subtitle}</div>}
      </header>
      <div className="min-h-0 flex-1 px-16 pt-6 pb-2">{children}</div>
      <SlideFooter deck={deck} data={data} />
    </div>
  );
}

export function SlideFooter({ deck, data }: { deck: Deck; data: SlideData }) {
  return (
    <footer className="deck-muted flex h-[3.75rem] items-center justify-between border-t px-16 text-[1.5rem] deck-rule">
      <span className="deck-clip">
        {deck.demo && <span className="deck-demo mr-4 rounded px-2 py-0.5 font-bold">{DECK_TEXT.demo}</span>}
        <bdi>{deck.title}</bdi> · {deck.dateLabel}
      </span>
      <span className="tabular font-bold" data-testid="slide-number">
        {DECK_TEXT.slideNumber(data.number, deck.slides.length)}
      </span>
    </footer>
  );
}

/** A labelled figure in a slide's title band. */
export function BandFigure({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <span className="whitespace-nowrap">
      <span className="opacity-90">{label}</span>{' '}
      <span className="font-bold" data-testid={testId}>
        {children}
      </span>
    </span>
  );
}

/** The caveat of an incomplete round ("已报送26/215项，排名仅供参考"), in the band; nothing when complete. */
export function CompletenessNote({ completeness }: { completeness: DeckCompleteness }) {
  if (completeness.note === null) return null;
  return (
    <span className="deck-demo rounded px-2 font-bold whitespace-nowrap" data-testid="completeness-note">
      {completeness.note}
    </span>
  );
}
