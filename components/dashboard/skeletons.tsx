import { cn } from '@/lib/utils';

/** A grey placeholder box; give it the final size so nothing moves when the content arrives. */
export function Skeleton({ className, style }: { className?: string; style?: React.CSSProperties }) {
  return <div aria-hidden className={cn('animate-pulse rounded-md bg-slate-200/80', className)} style={style} />;
}

/** Placeholder of a DataTable: title bar plus a body of `height` px. */
export function TableSkeleton({ height, className }: { height: number; className?: string }) {
  return (
    <div className={cn('rounded-lg border border-slate-200 bg-white shadow-sm', className)} role="status" aria-label="正在加载">
      <div className="flex h-[45px] items-center justify-between border-b border-slate-100 px-4">
        <Skeleton className="h-4 w-32" />
        <Skeleton className="h-6 w-20" />
      </div>
      <div className="space-y-2 p-3" style={{ height }}>
        {Array.from({ length: Math.max(1, Math.floor(height / 34)) }, (_, i) => (
          <Skeleton key={i} className="h-6" />
        ))}
      </div>
    </div>
  );
}

/** Placeholder of a chart card of `height` px (chart area) under a title bar. */
export function ChartSkeleton({ height, className }: { height: number; className?: string }) {
  return (
    <div className={cn('rounded-lg border border-slate-200 bg-white p-4 shadow-sm', className)} role="status" aria-label="正在加载">
      <Skeleton className="mb-3 h-5 w-48" />
      <Skeleton style={{ height }} />
    </div>
  );
}
