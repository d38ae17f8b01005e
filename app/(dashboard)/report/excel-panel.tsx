'use client';

import { useState, useSyncExternalStore, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button, buttonVariants } from '@/components/ui/button';
import {
  FILE_MESSAGES,
  MILESTONE_NOTE,
  PANEL_TEXT,
  ROW_STATUS_LABELS,
  UPLOAD_MAX_BYTES,
  type RowStatus,
} from '@/lib/excel/report-messages';
import { cn } from '@/lib/utils';
import { commitImportAction, previewImportAction } from './import-actions';

type PreviewResult = Awaited<ReturnType<typeof previewImportAction>>;
type Preview = Extract<PreviewResult, { ok: true }>['data'];
type Notice = { tone: 'info' | 'error'; text: string };

/**
 * The success message survives the full reload after an import (the reload makes every form on the
 * page start again from the saved values and versions); it is cleared at the next upload.
 */
const NOTICE_KEY = 'saima.excel-import.notice';
const noSubscription = () => () => {};
const readSavedNotice = () => window.sessionStorage.getItem(NOTICE_KEY);
const clearSavedNotice = () => window.sessionStorage.removeItem(NOTICE_KEY);

const STATUS_STYLE: Record<RowStatus, string> = {
  update: 'bg-brand-100 text-brand-900',
  unchanged: 'bg-slate-100 text-slate-700',
  error: 'bg-red-100 text-red-900',
  skip: 'bg-slate-100 text-slate-600',
};

function PreviewTable({ preview }: { preview: Preview }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] border-collapse text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-slate-800">
          {PANEL_TEXT.previewCaption} · {PANEL_TEXT.summary(preview.counts)}
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
            <tr key={r.row} data-status={r.status} className={cn('border-b align-top', r.status === 'error' && 'bg-red-50')}>
              <td className="px-2 py-1.5 text-right tabular-nums">{r.row}</td>
              <td className="px-2 py-1.5">{r.taskForce || '—'}</td>
              <td className="px-2 py-1.5">{r.indicator || '—'}</td>
              <td className="px-2 py-1.5 tabular-nums">
                {r.status === 'update' && r.before !== r.after ? `${r.before} → ${r.after}` : r.before || '—'}
              </td>
              <td className="px-2 py-1.5">{r.changes.length ? r.changes.join('、') : '—'}</td>
              <td className="px-2 py-1.5">
                <Badge className={STATUS_STYLE[r.status]}>{ROW_STATUS_LABELS[r.status]}</Badge>
                {r.errors.length > 0 && <span className="ml-1 text-red-800">{r.errors.join('；')}</span>}
                {r.status === 'skip' && <span className="ml-1 text-slate-600">{MILESTONE_NOTE}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Excel round-trip of the /report page: download the template, upload it, see every row's status,
 * and only then commit. The chosen File stays in the browser and is sent again with 确认导入
 * (the server keeps nothing between the two steps).
 */
export function ExcelPanel({ period, taskForceId }: { period: string; taskForceId?: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();
  const query = `period=${encodeURIComponent(period)}${taskForceId ? `&taskForceId=${taskForceId}` : ''}`;

  const saved = useSyncExternalStore(noSubscription, readSavedNotice, () => null);
  const shown: Notice | null = notice ?? (saved ? { tone: 'info', text: saved } : null);

  function send(fields: Record<string, string>, then: (fd: FormData) => Promise<void>) {
    if (!file) return setNotice({ tone: 'error', text: FILE_MESSAGES.noFile });
    if (file.size > UPLOAD_MAX_BYTES) return setNotice({ tone: 'error', text: FILE_MESSAGES.tooLarge });
    const fd = new FormData();
    fd.set('period', period);
    fd.set('file', file);
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    clearSavedNotice();
    setNotice(null);
    startTransition(async () => {
      try {
        await then(fd);
      } catch {
        setNotice({ tone: 'error', text: FILE_MESSAGES.uploadFailed });
      }
    });
  }

  function onPreview(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPreview(null);
    send({}, async (fd) => {
      const res = await previewImportAction(null, fd);
      if (res.ok) setPreview(res.data);
      else setNotice({ tone: 'error', text: res.message });
    });
  }

  function onCommit() {
    if (!preview) return;
    const versions = Object.fromEntries(preview.rows.filter((r) => r.indicatorId !== null).map((r) => [String(r.indicatorId), r.version]));
    send({ digest: preview.digest, versions: JSON.stringify(versions) }, async (fd) => {
      const res = await commitImportAction(null, fd);
      if (!res.ok) return setNotice({ tone: 'error', text: res.message });
      window.sessionStorage.setItem(NOTICE_KEY, res.data.notice);
      window.location.reload();
    });
  }

  const blocked =
    preview && preview.counts.error > 0
      ? PANEL_TEXT.blockedByErrors
      : preview && preview.counts.update === 0
        ? PANEL_TEXT.nothingToCommit
        : null;
  return (
    <section aria-labelledby="excel-panel-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="excel-panel-title" className="text-base font-semibold">
          {PANEL_TEXT.title}
        </h2>
        <div className="flex gap-2">
          <a href={`/api/report/template?${query}`} download className={buttonVariants({ variant: 'outline', size: 'sm' })}>
            {PANEL_TEXT.download}
          </a>
          <a href={`/api/report/export?${query}`} download className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
            {PANEL_TEXT.exportEntries}
          </a>
        </div>
      </div>
      <p className="text-sm text-slate-600">{PANEL_TEXT.intro}</p>
      <form onSubmit={onPreview} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="excel-upload" className="block text-sm font-medium text-slate-800">
            {PANEL_TEXT.fileLabel}
          </label>
          <input
            id="excel-upload"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              clearSavedNotice();
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setNotice(null);
            }}
            className="block text-sm"
          />
        </div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending && !preview ? PANEL_TEXT.uploading : PANEL_TEXT.upload}
        </Button>
      </form>
      {shown && <Alert tone={shown.tone}>{shown.text}</Alert>}
      {preview && (
        <>
          <PreviewTable preview={preview} />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" onClick={onCommit} disabled={pending || blocked !== null}>
              {pending ? PANEL_TEXT.committing : PANEL_TEXT.commit}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setPreview(null)} disabled={pending}>
              {PANEL_TEXT.cancel}
            </Button>
            {blocked && <p className="text-sm text-slate-700">{blocked}</p>}
          </div>
        </>
      )}
    </section>
  );
}
