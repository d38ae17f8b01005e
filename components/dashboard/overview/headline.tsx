'use client';

import type { HeadlineView } from '@/lib/views/overview';
import { StatTile } from '../stat-tile';

const GRID = 'grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-8';

/** 总览 headline: time progress, indicators by status, county standing and its movement. */
export function Headline({ view }: { view: HeadlineView }) {
  return (
    <section aria-label="核心指标" className={GRID} data-testid="headline">
      {view.tiles.map((t) => (
        <StatTile key={t.key} label={t.label} value={t.value} detail={t.detail} icon={t.icon} tone={t.tone} testId={`stat-${t.key}`} />
      ))}
    </section>
  );
}
