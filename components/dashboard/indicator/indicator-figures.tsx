import { Movement } from '@/components/movement';
import type { IndicatorView } from '@/lib/views/indicator';
import { KeyFigure, KeyFigures } from '../key-figure';
import { TableCell } from '../table-cell';

/**
 * The indicator's key figures: target (控制线), actual, its headline figure (完成率 / 控制线使用 /
 * 零容忍 / 节点), status with the gap in words, score and county rank. Test hooks: indicator-target,
 * -actual, -figure, -status, -gap, -score, -county-rank, -county-movement.
 */
export function IndicatorFigures({ view }: { view: IndicatorView }) {
  return (
    <KeyFigures label="指标概况">
      {view.figures.map((f) => (
        <KeyFigure
          key={f.key}
          label={f.label}
          value={f.value}
          testId={f.key}
          caption={f.caption && <span data-testid={`${f.key}-text`}>{f.caption}</span>}
        />
      ))}
      <div>
        <div className="text-xs text-slate-600">状态</div>
        <div className="mt-1 text-base" data-testid="indicator-status">
          <TableCell cell={view.status} />
        </div>
        <div className="mt-0.5 text-xs text-slate-600" data-testid="indicator-gap">
          {view.gap}
        </div>
      </div>
      <KeyFigure label="得分" value={view.score} testId="indicator-score" />
      {view.county && (
        <KeyFigure
          label="全市排名"
          value={view.county.rank}
          testId="indicator-county-rank"
          extra={
            <span data-testid="indicator-county-movement">
              <Movement delta={view.county.movement} className="text-sm" />
            </span>
          }
        />
      )}
    </KeyFigures>
  );
}
