'use client';

import { useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PREVIEW_TEXT, type SettingsPreview } from '@/lib/views/settings-preview';
import { previewSettingsAction } from '../preview-actions';

type Shown = { ok: true; preview: SettingsPreview } | { ok: false; message: string };

/**
 * 预览排名变化 inside the settings form: sends the settings as typed (not saved) and shows what
 * they would do to the current period's task-force ranking. Nothing is saved.
 */
export function SettingsPreviewPanel({ periods, defaultPeriod }: { periods: { value: string; label: string }[]; defaultPeriod: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, start] = useTransition();

  function onPreview() {
    const form = box.current?.closest('form');
    if (!form) return;
    const fd = new FormData(form);
    start(async () => {
      try {
        const res = await previewSettingsAction(null, fd);
        setShown(res.ok ? { ok: true, preview: res.data } : { ok: false, message: res.message });
      } catch {
        setShown({ ok: false, message: PREVIEW_TEXT.failed });
      }
    });
  }

  return (
    <div ref={box} className="space-y-2 rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="preview-period" className="text-sm font-medium text-slate-800">
          {PREVIEW_TEXT.period}
        </label>
        <select
          id="preview-period"
          name="previewPeriod"
          defaultValue={defaultPeriod}
          className="h-9 rounded-md border border-slate-300 px-2 text-sm"
        >
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <Button type="button" size="sm" variant="outline" onClick={onPreview} disabled={pending}>
          {pending ? PREVIEW_TEXT.pending : PREVIEW_TEXT.button}
        </Button>
        <span className="text-xs text-slate-600">{PREVIEW_TEXT.hint}</span>
      </div>
      <div aria-live="polite">
        {shown && !shown.ok && <Alert tone="error">{shown.message}</Alert>}
        {shown?.ok && <PreviewRows preview={shown.preview} />}
      </div>
    </div>
  );
}

function PreviewRows({ preview }: { preview: SettingsPreview }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-800">{preview.summary}</p>
      {preview.rows.length > 0 && (
        <table className="w-full text-sm" aria-label="预览排名变化">
          <thead className="border-b text-left text-slate-600">
            <tr>
              {PREVIEW_TEXT.headers.map((h) => (
                <th key={h} className="py-1">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.taskForce} className="border-b last:border-0">
                <td className="py-1">{r.taskForce}</td>
                <td>{r.rankBefore}</td>
                <td>{r.rankAfter}</td>
                <td>{r.move}</td>
                <td className="tabular-nums">{r.scoreBefore}</td>
                <td className="tabular-nums">{r.scoreAfter}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
