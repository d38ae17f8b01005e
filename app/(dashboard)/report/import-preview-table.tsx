import { Badge } from '@/components/ui/badge';
import { MILESTONE_NOTE, PANEL_TEXT, ROW_STATUS_LABELS, type RowStatus } from '@/lib/excel/report-messages';
import { cn } from '@/lib/utils';
import type { previewImportAction } from './import-actions';

type PreviewResult = Awaited<ReturnType<typeof previewImportAction>>;
export type Preview = Extract<PreviewResult, { ok: true }>['data'];

const STATUS_STYLE: Record<RowStatus, string> = {
  update: 'bg-brand-100 text-brand-900',
  unchanged: 'bg-slate-100 text-slate-700',
  error: 'bg-red-100 text-red-900',
  skip: 'bg-slate-100 text-slate-600',
};

/** The preview of an upload: every row with its status, errors and warnings; nothing is written yet. */
export function PreviewTable({ preview }: { preview: Preview }) {
  const warned = preview.rows.filter((r) => r.warnings.length > 0).length;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] border-collapse text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-slate-800">
          {PANEL_TEXT.previewCaption} · {PANEL_TEXT.summary(preview.counts)}
          {warned > 0 && ` ${PANEL_TEXT.warned(warned)}`}
        </caption>
        <thead>
          <tr className="border-b bg-slate-50 text-left text-xs text-slate-600">
            <th scope="col" className="px-2 py-1.5 text-right">
              {PANEL_TEXT.colRow}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {PANEL_TEXT.colTaskForce}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {PANEL_TEXT.colIndicator}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {PANEL_TEXT.colValue}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {PANEL_TEXT.colChanges}
            </th>
            <th scope="col" className="px-2 py-1.5">
              {PANEL_TEXT.colStatus}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr
              key={r.row}
              data-row={r.row}
              data-status={r.status}
              className={cn('border-b align-top', r.status === 'error' && 'bg-red-50')}
            >
              <td className="px-2 py-1.5 text-right tabular-nums">{r.row}</td>
              <td className="px-2 py-1.5">{r.taskForce ? <bdi>{r.taskForce}</bdi> : '—'}</td>
              <td className="px-2 py-1.5">{r.indicator ? <bdi>{r.indicator}</bdi> : '—'}</td>
              <td className="px-2 py-1.5 tabular-nums">
                {r.status === 'update' && r.before !== r.after ? `${r.before} → ${r.after}` : r.before || '—'}
              </td>
              <td className="px-2 py-1.5">{r.changes.length ? r.changes.join('、') : '—'}</td>
              <td className="px-2 py-1.5">
                <Badge className={STATUS_STYLE[r.status]}>{ROW_STATUS_LABELS[r.status]}</Badge>
                {r.errors.length > 0 && <span className="ml-1 text-red-800">{r.errors.join('；')}</span>}
                {r.status === 'skip' && <span className="ml-1 text-slate-600">{r.skipNote ?? MILESTONE_NOTE}</span>}
                {r.warnings.length > 0 && (
                  <p className="mt-1 text-amber-900" data-warning>
                    <span className="font-medium">{PANEL_TEXT.warningLabel}：</span>
                    {r.warnings.join('；')}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
