import Link from 'next/link';
import { Card, CardContent } from '@/components/ui/card';
import { cn } from '@/lib/utils';
import type { FlagView, WorkItemView } from '@/lib/views/work-item';

const FLAG_STYLE = { red: 'bg-red-700 text-white', yellow: 'bg-amber-300 text-amber-950', blue: 'bg-sky-700 text-white' } as const;
const FLAG_ICON = { red: '●', yellow: '▲', blue: '◆' } as const;

/** The 督办 flag in words and icon as well as colour; '无督办标记' when the item carries none. */
export function FlagBadge({ flag, compact }: { flag: FlagView | null; compact?: boolean }) {
  if (!flag)
    return (
      <span className="text-sm text-slate-600" data-testid="supervise-flag">
        无督办标记
      </span>
    );
  return (
    <span
      className={cn(
        'rounded font-semibold whitespace-nowrap',
        compact ? 'px-1.5 py-0.5 text-xs' : 'px-2 py-1 text-sm',
        FLAG_STYLE[flag.flag],
      )}
      data-testid="supervise-flag"
      title={flag.label}
    >
      {FLAG_ICON[flag.flag]} {compact ? flag.short : flag.label}
    </span>
  );
}

/** 定任务 / 定目标 / 定责任 / 定时间 of an item, with its task force and description. */
export function WorkItemFacts({ view }: { view: WorkItemView }) {
  const rows: [string, React.ReactNode][] = [
    ['定任务', view.title],
    ['定目标', view.target],
    ['定责任', `${view.owner} · ${view.ownerPerson}`],
    [
      '定时间',
      <span key="t" data-testid="work-item-deadline">
        {view.deadline}
        {view.originalDeadline && <span className="ml-2 text-xs text-slate-600">（原定{view.originalDeadline}，经批准延期）</span>}
      </span>,
    ],
    [
      '责任专班',
      view.taskForce ? (
        <Link key="tf" href={view.taskForce.href} className="text-brand-700 hover:underline">
          {view.taskForce.name}
        </Link>
      ) : (
        '—'
      ),
    ],
  ];
  return (
    <Card>
      <CardContent className="pt-4">
        <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[6rem_1fr]" data-testid="work-item-facts">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-semibold text-slate-600">{k}</dt>
              <dd className="text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
        {view.description && <p className="mt-3 text-sm text-slate-700">{view.description}</p>}
      </CardContent>
    </Card>
  );
}
