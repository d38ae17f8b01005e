import { SimpleTable } from '@/components/ui/simple-table';
import type { ProjectFigureView } from '@/lib/views/projects';

/** A project's progress figures with their date, the source's words and their review status. */
export function ProjectFigures({ figures, caption }: { figures: ProjectFigureView[]; caption: string }) {
  if (figures.length === 0) return <p className="text-sm text-slate-500">尚无进度数据。</p>;
  return (
    <SimpleTable
      caption={caption}
      testId="project-figures"
      columns={[
        { header: '指标' },
        { header: '数值', numeric: true },
        { header: '时间' },
        { header: '报道原文／说明', wrap: true },
        { header: '状态' },
      ]}
      rows={figures.map((f) => ({
        key: f.key,
        cells: [
          f.name,
          <strong key="v">{f.value}</strong>,
          f.asOf,
          <span key="q">
            {f.quote && <q className="mr-1">{f.quote}</q>}
            {f.note && <span className="text-xs text-slate-600">{f.note}</span>}
          </span>,
          f.pending ? <span className="rounded bg-amber-100 px-1 text-xs text-amber-900">{f.status}</span> : f.status,
        ],
      }))}
    />
  );
}
