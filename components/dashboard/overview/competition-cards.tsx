'use client';

import type { CompetitionCardView } from '@/lib/views/overview';
import { COMPETITION_CARD_HEIGHT, CompetitionCard } from '../competition-card';
import { Skeleton } from '../skeletons';

const GRID = 'grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4';

/** 八大竞赛: one card per competition. */
export function CompetitionCards({ cards }: { cards: CompetitionCardView[] }) {
  return (
    <section aria-labelledby="competitions-title">
      <h2 id="competitions-title" className="sr-only">
        各竞赛得分与排名
      </h2>
      <div className={GRID}>
        {cards.map((c) => (
          <CompetitionCard key={c.id} c={c} />
        ))}
      </div>
    </section>
  );
}

export function CompetitionCardsSkeleton({ count = 8 }: { count?: number }) {
  return (
    <div className={GRID} role="status" aria-label="正在加载">
      {Array.from({ length: count }, (_, i) => (
        <Skeleton key={i} className="rounded-lg" style={{ height: COMPETITION_CARD_HEIGHT }} />
      ))}
    </div>
  );
}
