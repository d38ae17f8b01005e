import Link from 'next/link';
import { Card, CardContent } from '@/components/ui/card';
import type { WorkItemView } from '@/lib/views/work-item';

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
