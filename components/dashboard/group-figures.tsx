import { Movement } from '@/components/movement';
import { STATUS_ICONS, STATUS_LABELS } from '@/lib/format';
import type { RankedFigures } from '@/lib/views/competition';
import { KeyFigure, KeyFigures } from './key-figure';
import { StatusCountsRow } from './status-counts';

/**
 * The key figures of a ranked group (competition, task force): score, rank with movement, the
 * previous rank, its mean completion against its 应完成 line, and indicators by status. Test hooks:
 * `<prefix>-score`, `-rank`, `-movement`, `-previous-rank`, `-completion`, `-status`, `-gap`.
 */
export function GroupFigures({ f, prefix, label, rankLabel }: { f: RankedFigures; prefix: string; label: string; rankLabel: string }) {
  const p = f.progress;
  return (
    <KeyFigures label={label}>
      <KeyFigure label="得分" value={f.score} testId={`${prefix}-score`} />
      <KeyFigure
        label={rankLabel}
        value={f.rank}
        testId={`${prefix}-rank`}
        extra={
          <span data-testid={`${prefix}-movement`}>
            <Movement delta={f.movement} className="text-sm" />
          </span>
        }
      />
      <KeyFigure label="上期排名" value={f.previousRank} testId={`${prefix}-previous-rank`} />
      <KeyFigure
        label={p.label}
        value={p.value}
        testId={`${prefix}-completion`}
        caption={
          <>
            {p.status !== null && (
              <span data-testid={`${prefix}-status`} data-status={p.status}>
                <span aria-hidden>{STATUS_ICONS[p.tone]} </span>
                <span className="sr-only">{STATUS_LABELS[p.tone]}：</span>
              </span>
            )}
            {p.expectedText && <span>{p.expectedText}，</span>}
            <span data-testid={`${prefix}-gap`}>{p.gap}</span>
          </>
        }
      />
      <StatusCountsRow counts={f.counts} className="text-sm" />
    </KeyFigures>
  );
}
