'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { FILE_MESSAGES, UPLOAD_MAX_BYTES } from '@/lib/excel/report-messages';
import { VILLAGE_PANEL_TEXT as T, VILLAGE_ROW_STATUS } from '@/lib/excel/village-messages';
import { commitVillageImportAction, previewVillageImportAction } from '../import-actions';

type Preview = Extract<Awaited<ReturnType<typeof previewVillageImportAction>>, { ok: true }>['data'];

/** The Excel round-trip of one village: template for a period, upload, every row's status, then commit (all or nothing). */
export function VillageExcelPanel({ villageId, defaultPeriod }: { villageId: number; defaultPeriod: string }) {
  const [period, setPeriod] = useState(defaultPeriod);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [pending, start] = useTransition();

  function send(extra: Record<string, string>, then: (fd: FormData) => Promise<void>) {
    if (!file) return setNotice({ tone: 'error', text: FILE_MESSAGES.noFile });
    if (file.size > UPLOAD_MAX_BYTES) return setNotice({ tone: 'error', text: FILE_MESSAGES.tooLarge });
    const fd = new FormData();
    fd.set('villageId', String(villageId));
    fd.set('period', period);
    fd.set('file', file);
    for (const [k, v] of Object.entries(extra)) fd.set(k, v);
    setNotice(null);
    start(async () => {
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
      const res = await previewVillageImportAction(null, fd);
      if (res.ok) setPreview(res.data);
      else setNotice({ tone: 'error', text: res.message });
    });
  }

  function onCommit() {
    if (!preview) return;
    const versions = Object.fromEntries(preview.rows.filter((r) => r.key !== null).map((r) => [r.key!, r.version]));
    send({ digest: preview.digest, versions: JSON.stringify(versions) }, async (fd) => {
      const res = await commitVillageImportAction(null, fd);
      if (!res.ok) return setNotice({ tone: 'error', text: res.message });
      setPreview(null);
      setNotice({ tone: 'info', text: res.data.notice });
    });
  }

  const blocked = preview && (preview.counts.error > 0 || preview.counts.update === 0);
  return (
    <section
      aria-labelledby="village-excel-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="village-excel"
    >
      <h2 id="village-excel-title" className="text-base font-semibold">
        {T.title}
      </h2>
      <p className="text-sm text-slate-600">{T.intro}</p>
      <form onSubmit={onPreview} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="village-excel-period" className="block text-sm font-medium text-slate-800">
            {T.periodLabel}
          </label>
          <input
            id="village-excel-period"
            value={period}
            onChange={(e) => setPeriod(e.target.value.trim())}
            className="h-9 w-32 rounded-md border border-slate-300 px-3 text-sm"
          />
        </div>
        <a
          href={`/api/villages/${villageId}/template?period=${encodeURIComponent(period)}`}
          download
          className={buttonVariants({ variant: 'outline', size: 'sm' })}
        >
          {T.download}
        </a>
        <div className="space-y-1">
          <label htmlFor="village-excel-file" className="block text-sm font-medium text-slate-800">
            {T.fileLabel}
          </label>
          <input
            id="village-excel-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
            }}
            className="block text-sm"
          />
        </div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? T.working : T.upload}
        </Button>
      </form>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {preview && (
        <div className="space-y-2">
          <table className="w-full text-sm" data-testid="village-import-preview">
            <caption className="text-left text-xs text-slate-600">{T.caption}</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                {T.cols.map((c) => (
                  <th key={c} className="px-2 py-1.5">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row} className="border-t border-slate-100 align-top">
                  <td className="px-2 py-1">{r.row}</td>
                  <td className="px-2 py-1">{r.venture}</td>
                  <td className="px-2 py-1">{r.metric}</td>
                  <td className="px-2 py-1">{r.status === 'error' ? '—' : `${r.before} → ${r.after}`}</td>
                  <td className="px-2 py-1">
                    {VILLAGE_ROW_STATUS[r.status]}
                    {r.errors.length > 0 && <span className="block text-xs text-red-800">{r.errors.join('；')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex gap-2">
            <Button type="button" onClick={onCommit} disabled={pending || Boolean(blocked)}>
              {pending ? T.working : T.commit}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={() => setPreview(null)} disabled={pending}>
              {T.cancel}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
