'use client';

import { useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { FILE_MESSAGES, UPLOAD_MAX_BYTES } from '@/lib/excel/report-messages';
import { STRUCTURE_TEXT } from '@/lib/structure/sheets';
import type { StructurePreview } from '@/lib/views/structure-preview';
import { cn } from '@/lib/utils';
import { commitStructureAction, previewStructureAction } from '../actions';
import { PreviewTable } from './preview-table';

type Notice = { tone: 'info' | 'error'; text: string };

/**
 * 导入到 (a new campaign or an existing one), the file, 上传并预览 and 确认导入. The form's inputs
 * keep what was typed; the chosen file stays in the browser and is sent again with 确认导入.
 */
export function ImportPanel({
  campaigns,
  pastNote,
  children,
}: {
  /** The campaigns it may import into (the current one). */
  campaigns: { id: number; label: string }[];
  /** Why past years are not listed, or null. */
  pastNote: string | null;
  children: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<StructurePreview | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function send(extra: Record<string, string>, then: (fd: FormData) => Promise<void>) {
    const fd = new FormData(form.current!);
    const file = fd.get('file');
    if (!(file instanceof File) || file.size === 0) return setNotice({ tone: 'error', text: FILE_MESSAGES.noFile });
    if (file.size > UPLOAD_MAX_BYTES) return setNotice({ tone: 'error', text: FILE_MESSAGES.tooLarge });
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
      const res = await previewStructureAction(null, fd);
      if (res.ok) setPreview(res.data);
      else setNotice({ tone: 'error', text: res.message });
    });
  }

  function onCommit() {
    if (!preview) return;
    send({ digest: preview.digest, targetReason: reason }, async (fd) => {
      const res = await commitStructureAction(null, fd);
      setReasonError(res.ok ? null : (res.fieldErrors?.targetReason?.[0] ?? null));
      if (!res.ok) return setNotice({ tone: 'error', text: res.message });
      setPreview(null);
      setReason('');
      setNotice({ tone: 'info', text: res.data.notice });
    });
  }

  return (
    <div className="space-y-4">
      <Card>
        <CardContent className="space-y-4 pt-4">
          <form ref={form} onSubmit={onPreview} aria-label="导入结构" className="space-y-4">
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">导入到</legend>
              <label className="mr-6 inline-flex items-center gap-2 text-sm">
                <input type="radio" name="mode" value="new" checked={mode === 'new'} onChange={() => setMode('new')} />
                新建活动
              </label>
              <label className="inline-flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="mode"
                  value="existing"
                  checked={mode === 'existing'}
                  disabled={campaigns.length === 0}
                  onChange={() => setMode('existing')}
                />
                已有活动（按名称更新）
              </label>
            </fieldset>
            <div hidden={mode !== 'new'}>{children}</div>
            {mode === 'existing' && (
              <div className="space-y-1">
                <label htmlFor="campaignId" className="block text-sm font-medium text-slate-800">
                  活动
                </label>
                <select id="campaignId" name="campaignId" className="h-9 rounded-md border border-slate-300 px-2 text-sm">
                  {campaigns.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
                {pastNote && <p className="text-xs text-slate-600">{pastNote}</p>}
              </div>
            )}
            <div className="space-y-1">
              <label htmlFor="structure-upload" className="block text-sm font-medium text-slate-800">
                {STRUCTURE_TEXT.fileLabel}
              </label>
              <div className="flex items-center gap-2">
                <input
                  id="structure-upload"
                  name="file"
                  type="file"
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  className="peer sr-only"
                  onChange={(e) => {
                    setFileName(e.target.files?.[0]?.name ?? null);
                    setPreview(null);
                  }}
                />
                <label
                  htmlFor="structure-upload"
                  className={cn(
                    buttonVariants({ variant: 'outline', size: 'sm' }),
                    'cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600',
                  )}
                >
                  {STRUCTURE_TEXT.chooseFile}
                </label>
                <span className="text-sm text-slate-600" aria-live="polite">
                  {fileName ? STRUCTURE_TEXT.chosenFile(fileName) : STRUCTURE_TEXT.noFileChosen}
                </span>
              </div>
            </div>
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? '正在检查…' : '上传并预览'}
            </Button>
          </form>
          {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        </CardContent>
      </Card>
      {preview && (
        <PreviewTable
          preview={preview}
          pending={pending}
          onCommit={onCommit}
          onCancel={() => setPreview(null)}
          reason={{ value: reason, onChange: setReason, error: reasonError }}
        />
      )}
    </div>
  );
}
