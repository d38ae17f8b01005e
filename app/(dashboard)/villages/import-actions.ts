'use server';

import { createHash } from 'node:crypto';
import { z } from '@/lib/validation/zod-zh';
import { getNow } from '@/db/queries/clock';
import { getVillageExcelData } from '@/db/queries/village-excel';
import { villageScope } from '@/db/mutations/scopes';
import { saveVillageFigure } from '@/db/mutations/village-figures';
import type { Db } from '@/db';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { FILE_MESSAGES, UPLOAD_MAX_BYTES } from '@/lib/excel/report-messages';
import { readVillageUpload, validateVillageImport, type ParsedVillageSheet, type VillagePreviewRow } from '@/lib/excel/village-import';
import { VILLAGE_IMPORT_MESSAGES } from '@/lib/excel/village-messages';
import { figurePeriodSchema } from '@/lib/validation/village';

/*
 * Excel import of a village's figures in two stateless steps, as for the monthly report: 上传并预览
 * parses and validates and writes nothing; 确认导入 sends the same file again, validated again in the
 * write transaction; a different file or a figure changed since the preview refuses the whole import.
 */

const upload = z.custom<Blob & { name?: string }>((v) => typeof Blob !== 'undefined' && v instanceof Blob, {
  message: FILE_MESSAGES.noFile,
});
const id = z.coerce.number({ message: '编号无效，请刷新页面后重试' }).int().positive('编号无效，请刷新页面后重试');
const PreviewInput = z.object({ villageId: id, period: figurePeriodSchema, file: upload });
const CommitInput = PreviewInput.extend({
  digest: z.string().regex(/^[0-9a-f]{64}$/, '缺少预览信息，请重新上传预览'),
  versions: z.string().transform((s, ctx) => {
    try {
      const parsed = z.record(z.string(), z.number().int().min(0)).parse(JSON.parse(s));
      return parsed;
    } catch {
      ctx.addIssue({ code: 'custom', message: '缺少预览信息，请重新上传预览' });
      return z.NEVER;
    }
  }),
});

async function readUpload(input: { file: Blob & { name?: string } }) {
  if (input.file.size === 0) throw new ActionError(FILE_MESSAGES.empty, 'invalid');
  if (input.file.size > UPLOAD_MAX_BYTES) throw new ActionError(FILE_MESSAGES.tooLarge, 'invalid');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const read = await readVillageUpload(bytes);
  if (!read.ok) throw new ActionError(read.message, 'invalid');
  return { sheet: read.sheet, digest: createHash('sha256').update(bytes).digest('hex'), fileName: (input.file.name ?? '').slice(0, 100) };
}

function validate(ctx: ActionContext<{ villageId: number; period: string }>, sheet: ParsedVillageSheet) {
  const data = getVillageExcelData(ctx.user, ctx.input.villageId, ctx.input.period);
  if (!data) throw new ActionError('该村不在您的填报范围内。', 'forbidden');
  const preview = validateVillageImport(sheet, data.context);
  if (!preview.ok) throw new ActionError(preview.message, 'invalid');
  return preview;
}

const forClient = ({ write: _write, ...row }: VillagePreviewRow) => row;
const scope = (input: { villageId: number }, db: Db) => villageScope(db, input.villageId);

export const previewVillageImportAction = action({
  name: 'village.import_preview',
  schema: PreviewInput,
  permission: 'village:edit',
  scope,
  prepare: readUpload,
  run: (ctx, up) => {
    const preview = validate(ctx, up.sheet);
    ctx.audit({
      action: 'village.import_preview',
      entityType: 'village',
      entityId: ctx.input.villageId,
      after: preview.counts,
      detail: up.fileName,
    });
    return { digest: up.digest, counts: preview.counts, rows: preview.rows.map(forClient) };
  },
});

export const commitVillageImportAction = action({
  name: 'village.import',
  schema: CommitInput,
  permission: 'village:edit',
  scope,
  prepare: readUpload,
  run: (ctx, up) => {
    if (up.digest !== ctx.input.digest) throw new ActionError(VILLAGE_IMPORT_MESSAGES.fileChanged, 'conflict');
    const preview = validate(ctx, up.sheet);
    if (preview.counts.error > 0) throw new ActionError(VILLAGE_IMPORT_MESSAGES.hasErrors(preview.counts.error), 'invalid');
    const rows = preview.rows.filter((r) => r.status === 'update');
    if (rows.length === 0) throw new ActionError(VILLAGE_IMPORT_MESSAGES.nothingToImport, 'invalid');
    const stale = rows.filter((r) => ctx.input.versions[r.key!] !== r.version);
    if (stale.length) throw new ActionError(VILLAGE_IMPORT_MESSAGES.stale(stale.map((r) => `“${r.metric}”`).join('、')), 'conflict');
    const actor = { user: ctx.user, now: getNow(), audit: ctx.audit };
    for (const r of rows)
      saveVillageFigure(ctx.db, actor, {
        ...r.write!,
        period: ctx.input.period,
        version: r.version,
        submit: false,
        qualifier: r.write!.qualifier as never,
      });
    ctx.audit({
      action: 'village.import',
      entityType: 'village',
      entityId: ctx.input.villageId,
      after: { figures: rows.length, period: ctx.input.period },
      detail: up.fileName,
    });
    return { imported: rows.length, notice: VILLAGE_IMPORT_MESSAGES.imported(rows.length) };
  },
  revalidate: ['/villages'],
});
