'use client';

import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { PANEL_TEXT } from '@/lib/excel/report-messages';
import { FilePicker } from './file-picker';
import { PreviewTable } from './import-preview-table';
import { useExcelImport } from './use-excel-import';

function Downloads({ query }: { query: string }) {
  return (
    <div className="flex gap-2">
      <a href={`/api/report/template?${query}`} download className={buttonVariants({ variant: 'outline', size: 'sm' })}>
        {PANEL_TEXT.download}
      </a>
      <a href={`/api/report/export?${query}`} download className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
        {PANEL_TEXT.exportEntries}
      </a>
    </div>
  );
}

/**
 * Excel round-trip of the /report page: download the template, upload it, see every row's status,
 * and only then commit (see useExcelImport).
 */
export function ExcelPanel({ period, taskForceId }: { period: string; taskForceId?: number }) {
  const x = useExcelImport(period);
  const query = `period=${encodeURIComponent(period)}${taskForceId ? `&taskForceId=${taskForceId}` : ''}`;
  return (
    <section aria-labelledby="excel-panel-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="excel-panel-title" className="text-base font-semibold">
          {PANEL_TEXT.title}
        </h2>
        <Downloads query={query} />
      </div>
      <p className="text-sm text-slate-600">{PANEL_TEXT.intro}</p>
      <form onSubmit={x.onPreview} className="flex flex-wrap items-end gap-3">
        <FilePicker file={x.file} onChange={x.choose} />
        <Button type="submit" size="sm" disabled={x.pending}>
          {x.pending && !x.preview ? PANEL_TEXT.uploading : PANEL_TEXT.upload}
        </Button>
      </form>
      {x.shown && <Alert tone={x.shown.tone}>{x.shown.text}</Alert>}
      {x.preview && (
        <>
          <PreviewTable preview={x.preview} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" onClick={x.onCommit} disabled={x.pending || x.blocked !== null}>
              {x.pending ? PANEL_TEXT.committing : PANEL_TEXT.commit}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={x.cancel} disabled={x.pending}>
              {PANEL_TEXT.cancel}
            </Button>
            {x.blocked && <p className="text-sm text-slate-700">{x.blocked}</p>}
          </div>
        </>
      )}
    </section>
  );
}
