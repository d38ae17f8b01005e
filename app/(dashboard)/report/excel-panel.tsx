'use client';

import { useState, useSyncExternalStore, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { FILE_MESSAGES, PANEL_TEXT, UPLOAD_MAX_BYTES } from '@/lib/excel/report-messages';
import { commitImportAction, previewImportAction } from './import-actions';
import { PreviewTable, type Preview } from './import-preview-table';

type Notice = { tone: 'info' | 'error'; text: string };

/**
 * The success message survives the full reload after an import (the reload makes every form on the
 * page start again from the saved values and versions); it is cleared at the next upload.
 */
const NOTICE_KEY = 'saima.excel-import.notice';
const noSubscription = () => () => {};
const readSavedNotice = () => window.sessionStorage.getItem(NOTICE_KEY);
const clearSavedNotice = () => window.sessionStorage.removeItem(NOTICE_KEY);

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
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              setPreview(null);
              setNotice(chosen && chosen.size > UPLOAD_MAX_BYTES ? { tone: 'error', text: FILE_MESSAGES.tooLarge } : null);
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
