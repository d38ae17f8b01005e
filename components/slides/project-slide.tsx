import type { ProjectSlide as ProjectData } from '@/lib/deck/place-types';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck } from '@/lib/deck/types';
import { SlideChart } from './slide-chart';
import { SlideFrame } from './slide-frame';

/** One 重点项目: facts, the milestone timeline with late steps flagged, figures and charts. */
export function ProjectSlide({ data, deck }: { data: ProjectData; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data} subtitle={<span>{data.summary}</span>}>
      <div className="grid grid-cols-[minmax(0,0.8fr)_minmax(0,1.6fr)] gap-10 text-[1.5rem]">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 self-start" data-testid="project-facts">
          {data.facts.map((f) => (
            <div key={f.label} className="contents">
              <dt className="deck-muted">{f.label}</dt>
              <dd className="font-bold">{f.value}</dd>
            </div>
          ))}
        </dl>
        <table className="deck-table self-start" data-testid="project-timeline">
          <caption className="deck-accent text-left text-[1.5rem] font-bold">节点计划与实际</caption>
          <thead>
            <tr>
              <th>节点</th>
              <th>计划</th>
              <th>实际</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {data.steps.rows.map((s) => (
              <tr key={s.key} data-testid="timeline-step" data-late={s.late ? '1' : '0'}>
                <td className="deck-clip max-w-[30rem]">{s.title}</td>
                <td className="whitespace-nowrap">{s.planned}</td>
                <td className="whitespace-nowrap">{s.actual}</td>
                <td className={s.late ? 'deck-red font-bold whitespace-nowrap' : 'whitespace-nowrap'}>
                  {s.late && '⚠ '}
                  {s.stateLabel}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.steps.more > 0 && <p className="deck-muted">{DECK_TEXT.more(data.steps.more, '个节点')}</p>}
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)] gap-10 text-[1.5rem]">
        <table className="deck-table self-start" data-testid="project-figures">
          <caption className="deck-accent text-left text-[1.5rem] font-bold">主要数据</caption>
          <tbody>
            {data.figures.rows.map((f) => (
              <tr key={f.key}>
                <td className="deck-clip max-w-[22rem]">{f.name}</td>
                <td className="num font-bold whitespace-nowrap">{f.value}</td>
                <td className="deck-muted whitespace-nowrap">{f.asOf}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="grid grid-cols-2 gap-8">
          {data.charts.map((c) => (
            <SlideChart key={c.id} chart={c} stacked />
          ))}
        </div>
      </div>
    </SlideFrame>
  );
}
