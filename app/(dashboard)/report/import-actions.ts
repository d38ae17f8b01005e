'use server';

import { createHash } from 'node:crypto';
import { z } from '@/lib/validation/zod-zh';
import { getActiveCampaign } from '@/db/queries/campaign';
import { getNow } from '@/db/queries/clock';
import { getImportContext } from '@/db/queries/report-excel';
import { saveEntry } from '@/db/mutations/progress';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { roleHas, type AuthUser } from '@/lib/auth/permissions';
import { readReportUpload, type ParsedReport } from '@/lib/excel/report-import';
import { FILE_MESSAGES, IMPORT_MESSAGES, UPLOAD_MAX_BYTES } from '@/lib/excel/report-messages';
import { staleRows, validateImport, type PreviewRow } from '@/lib/excel/report-validate';
import { periodSchema } from '@/lib/validation/progress';

/*
 * Excel import in two steps, both stateless: 上传并预览 parses and validates the file and writes
 * nothing; 确认导入 sends the same File again (the browser keeps it), which is parsed and validated
 * again inside the write transaction, so nothing parsed is kept on the server between the steps.
 * The preview's file digest and entry versions come back with the commit: a different file, or an
 * entry changed by someone else since the preview, refuses the whole commit.
 *
 * `rowScoped` because one upload may span several task forces, so there is no single scope for the
 * wrapper to check: the wrapper checks the role before the input is even parsed, every row is checked
 * with can(user, 'progress:edit', its scope), and saveEntry checks scope and period lock again.
 */

const upload = z.custom<Blob & { name?: string }>((v) => typeof Blob !== 'undefined' && v instanceof Blob, {
  message: FILE_MESSAGES.noFile,
});
const PreviewInput = z.object({ period: periodSchema, file: upload });
const versionMap = z.record(z.string().regex(/^\d+$/), z.number().int().min(0));
const CommitInput = PreviewInput.extend({
  digest: z.string().regex(/^[0-9a-f]{64}$/, '缺少预览信息，请重新上传预览'),
  versions: z.string().transform((s, ctx) => {
    const parsed = versionMap.safeParse(
      (() => {
        try {
          return JSON.parse(s);
        } catch {
          return null;
        }
      })(),
    );
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: '缺少预览信息，请重新上传预览' });
    return z.NEVER;
  }),
});

interface Upload {
  report: ParsedReport;
  digest: string;
  fileName: string;
}

/** Role, then size (before reading a byte), then the file's safety checks and its rows. */
async function readUpload(input: { file: Blob & { name?: string } }, user: AuthUser): Promise<Upload> {
  if (!roleHas(user.role, 'progress:edit')) throw new ActionError(IMPORT_MESSAGES.notLead, 'forbidden');
  if (input.file.size === 0) throw new ActionError(FILE_MESSAGES.empty, 'invalid');
  if (input.file.size > UPLOAD_MAX_BYTES) throw new ActionError(FILE_MESSAGES.tooLarge, 'invalid');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const read = await readReportUpload(bytes);
  if (!read.ok) throw new ActionError(read.message, 'invalid');
  return { report: read.report, digest: createHash('sha256').update(bytes).digest('hex'), fileName: (input.file.name ?? '').slice(0, 100) };
}

/** Validates the rows against this period's entries, read in the current transaction. */
function validate(ctx: ActionContext<{ period: string }>, up: Upload) {
  const ids = up.report.rows.flatMap((r) => (r.id.kind === 'number' ? [r.id.value] : r.id.kind === 'text' ? [Number(r.id.text)] : []));
  const preview = validateImport(
    up.report,
    getImportContext(ctx.user, getActiveCampaign(), ctx.input.period, ids.filter(Number.isSafeInteger)),
  );
  if (!preview.ok) throw new ActionError(preview.message, 'invalid');
  return preview;
}

/** What the browser needs of a row (the parsed texts stay on the server). */
function forClient({ write: _write, ...row }: PreviewRow) {
  return row;
}

export const previewImportAction = action({
  name: 'progress.import_preview',
  schema: PreviewInput,
  permission: 'progress:edit',
  rowScoped: true,
  prepare: readUpload,
  run: (ctx, up) => {
    const preview = validate(ctx, up);
    ctx.audit({
      action: 'progress.import_preview',
      entityType: 'period',
      entityId: ctx.input.period,
      after: preview.counts,
      detail: up.fileName,
    });
    return { digest: up.digest, counts: preview.counts, rows: preview.rows.map(forClient) };
  },
});

export const commitImportAction = action({
  name: 'progress.import',
  schema: CommitInput,
  permission: 'progress:edit',
  rowScoped: true,
  prepare: readUpload,
  run: (ctx, up) => {
    if (up.digest !== ctx.input.digest) throw new ActionError(IMPORT_MESSAGES.fileChanged, 'conflict');
    const preview = validate(ctx, up);
    if (preview.counts.error > 0) throw new ActionError(IMPORT_MESSAGES.hasErrors(preview.counts.error), 'invalid');
    const rows = preview.rows.filter((r) => r.status === 'update');
    if (rows.length === 0) throw new ActionError(IMPORT_MESSAGES.nothingToImport, 'invalid');
    const stale = staleRows(rows, ctx.input.versions);
    if (stale.length > 0) {
      throw new ActionError(
        IMPORT_MESSAGES.staleRows(stale.map((r) => `“${r.indicator}”（${r.lastChange ?? '他人'}修改）`).join('、')),
        'conflict',
      );
    }
    const actor = { user: ctx.user, now: getNow(), audit: ctx.audit };
    for (const r of rows) {
      saveEntry(ctx.db, actor, { indicatorId: r.indicatorId!, period: ctx.input.period, ...r.write!, version: r.version, submit: false });
    }
    ctx.audit({
      action: 'progress.import',
      entityType: 'period',
      entityId: ctx.input.period,
      after: { indicators: rows.map((r) => r.indicatorId) },
      detail: up.fileName,
    });
    return { imported: rows.length, notice: IMPORT_MESSAGES.imported(rows.length) };
  },
  revalidate: ['/', '/report'],
});
