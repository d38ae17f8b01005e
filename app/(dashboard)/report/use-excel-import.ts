'use client';

import { useState, useSyncExternalStore, useTransition, type FormEvent } from 'react';
import { FILE_MESSAGES, PANEL_TEXT, UPLOAD_MAX_BYTES } from '@/lib/excel/report-messages';
import { commitImportAction, previewImportAction } from './import-actions';
import type { Preview } from './import-preview-table';

export type Notice = { tone: 'info' | 'error'; text: string };

/**
 * The success message survives the full reload after an import (the reload makes every form on the
 * page start again from the saved values and versions); it is cleared at the next upload.
 */
const NOTICE_KEY = 'saima.excel-import.notice';
const noSubscription = () => () => {};
const readSavedNotice = () => window.sessionStorage.getItem(NOTICE_KEY);
const clearSavedNotice = () => window.sessionStorage.removeItem(NOTICE_KEY);

/**
 * The Excel import's state: the chosen File (kept in the browser and sent again with 确认导入; the
 * server keeps nothing between the two steps), the preview, the notice, and the three steps —
 * choose, preview, commit.
 */
export function useExcelImport(period: string) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();
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

  function choose(chosen: File | null) {
    clearSavedNotice();
    setFile(chosen);
    setPreview(null);
    setNotice(chosen && chosen.size > UPLOAD_MAX_BYTES ? { tone: 'error', text: FILE_MESSAGES.tooLarge } : null);
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
  return { file, preview, shown, pending, blocked, choose, onPreview, onCommit, cancel: () => setPreview(null) };
}
