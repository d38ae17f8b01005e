import Link from 'next/link';
import type { ProjectView } from '@/lib/views/projects';

/** Owner, land, planned and completed investment, phase, the linked task force. */
export function ProjectFacts({ view }: { view: ProjectView }) {
  const facts: [string, React.ReactNode][] = [
    ['业主单位', view.owner],
    ['用地', view.land],
    ['计划投资', view.planned],
    ['累计完成投资', view.completed],
    ['投资完成率', view.progress],
    ['建设阶段', view.phase ?? '—'],
    [
      '责任专班',
      view.taskForce ? (
        <Link href={view.taskForce.href} className="text-brand-700 hover:underline">
          {view.taskForce.name}
        </Link>
      ) : (
        '—'
      ),
    ],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm md:grid-cols-4" data-testid="project-facts">
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt className="text-xs text-slate-600">{k}</dt>
          <dd className="font-medium text-slate-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
