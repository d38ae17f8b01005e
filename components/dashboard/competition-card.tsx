import Link from 'next/link';
import { Movement } from '@/components/movement';
import { ProgressVsTime } from '@/components/progress-vs-time';
import type { CompetitionCardView } from '@/lib/views/overview';
import { StatusCountsRow } from './status-counts';

/** A competition at a glance: rank and movement, score, completion against its 应完成 line, statuses, who leads it. */
export function CompetitionCard({ c }: { c: CompetitionCardView }) {
  return (
    <div className="card cc" data-testid={`competition-card-${c.id}`}>
      <div className="cc-top">
        <div className="min-w-0">
          <h3 className="cc-name">
            <Link href={c.href}>
              <bdi>{c.name}</bdi>
            </Link>
          </h3>
          <p className="cc-lead" title={`${c.leader ?? '—'} · ${c.unit ?? '—'}`}>
            牵头：<bdi>{c.leader ?? '—'}</bdi> · <bdi>{c.unit ?? '—'}</bdi>
          </p>
        </div>
        <div className="cc-side">
          <div className="cc-rank" data-testid="competition-rank">
            {c.rank}
          </div>
          <span data-testid="competition-movement">
            <Movement delta={c.movement} className="text-xs" />
          </span>
        </div>
      </div>
      <div className="cc-mid">
        <span className="muted">得分</span>
        <span className="cc-score" data-testid="competition-score">
          {c.score}
        </span>
        <span className="muted">{c.taskForceCount}个专班</span>
      </div>
      <ProgressVsTime progress={c.progress} testIdPrefix="competition" />
      <StatusCountsRow counts={c.counts} />
    </div>
  );
}
