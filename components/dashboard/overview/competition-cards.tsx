'use client';

import type { CompetitionCardView } from '@/lib/views/overview';
import { CompetitionCard } from '../competition-card';

/** 八大竞赛: one card per competition. */
export function CompetitionCards({ cards }: { cards: CompetitionCardView[] }) {
  return (
    <section aria-labelledby="competitions-title">
      <h2 id="competitions-title" className="sr-only">
        各竞赛得分与排名
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
        {cards.map((c) => (
          <CompetitionCard key={c.id} c={c} />
        ))}
      </div>
    </section>
  );
}
