'use server';

import { createHash } from 'node:crypto';
import { getNow } from '@/db/queries/clock';
import type { Actor } from '@/db/mutations/context';
import { applyStructure, copyCampaignToYear, insertCampaign, updateCampaign } from '@/db/mutations/structure';
import { readImportBase } from '@/db/mutations/structure-snapshot';
import { campaigns, type Campaign } from '@/db/schema';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { readStructureUpload } from '@/lib/excel/structure-read';
import { FILE_MESSAGES, UPLOAD_MAX_BYTES } from '@/lib/excel/report-messages';
import { IMPORT_TEXT } from '@/lib/structure/sheets';
import { planStructure } from '@/lib/structure/plan';
import { validateStructure } from '@/lib/structure/validate';
import { structurePreview } from '@/lib/views/structure-preview';
import { CopyCampaignInput, settingsOfInput, UpdateCampaignInput } from '@/lib/validation/campaign';
import { CommitStructureInput, NewCampaignInput, StructureUploadInput, type StructureTarget } from '@/lib/validation/structure-import';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';

/*
 * Structure import in two stateless steps, as the reporting import: 上传并预览 reads, validates and
 * plans the file and writes nothing; 确认导入 sends the same file again, which is read, validated and
 * planned again inside the write transaction (a different file than the one previewed is refused).
 */

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

async function readUpload(input: { file: Blob & { name?: string } }) {
  if (input.file.size === 0) throw new ActionError(FILE_MESSAGES.empty, 'invalid');
  if (input.file.size > UPLOAD_MAX_BYTES) throw new ActionError(FILE_MESSAGES.tooLarge, 'invalid');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const read = await readStructureUpload(bytes);
  if (!read.ok) throw new ActionError(read.message, 'invalid');
  return { sheets: read.sheets, digest: createHash('sha256').update(bytes).digest('hex'), fileName: (input.file.name ?? '').slice(0, 100) };
}

type Upload = Awaited<ReturnType<typeof readUpload>>;

function targetCampaign(db: Db, target: StructureTarget): Campaign | null {
  if (target.mode === 'new') {
    const clash = db
      .select()
      .from(campaigns)
      .where(eq(campaigns.name, target.name))
      .all()
      .some((c) => c.year === target.year);
    if (clash) throw new ActionError(IMPORT_TEXT.campaignExists(target.name, target.year), 'invalid', { name: ['活动名称已被使用'] });
    return null;
  }
  const c = db.select().from(campaigns).where(eq(campaigns.id, target.campaignId)).get();
  if (!c) throw new ActionError(IMPORT_TEXT.noCampaign, 'not_found');
  return c;
}

function plan(db: Db, target: StructureTarget, up: Upload) {
  const campaign = targetCampaign(db, target);
  const year = campaign?.year ?? (target.mode === 'new' ? target.year : 0);
  return { campaign, plan: planStructure(validateStructure(up.sheets), readImportBase(db, campaign?.id ?? null), year) };
}

export const createCampaignAction = action({
  name: 'campaign.create',
  schema: NewCampaignInput,
  permission: 'campaign:manage',
  run: (ctx) => {
    const c = insertCampaign(ctx.db, actor(ctx), ctx.input);
    return { id: c.id, notice: `已建立${c.year}年“${c.name}”。` };
  },
  revalidate: ['/admin/campaigns', '/'],
});

export const previewStructureAction = action({
  name: 'structure.import_preview',
  schema: StructureUploadInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.mode === 'existing' ? input.campaignId : null],
  prepare: readUpload,
  run: (ctx, up) => {
    const p = plan(ctx.db, ctx.input, up);
    return structurePreview(p.plan, up.digest, ctx.input.mode === 'new');
  },
});

export const commitStructureAction = action({
  name: 'structure.import',
  schema: CommitStructureInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.mode === 'existing' ? input.campaignId : null],
  prepare: readUpload,
  run: (ctx, up) => {
    if (up.digest !== ctx.input.digest) throw new ActionError(IMPORT_TEXT.fileChanged, 'conflict');
    const p = plan(ctx.db, ctx.input, up);
    const blocked = structurePreview(p.plan, up.digest, ctx.input.mode === 'new').blocked;
    if (blocked) throw new ActionError(blocked, 'invalid');
    const campaign = p.campaign ?? insertCampaign(ctx.db, actor(ctx), ctx.input as Extract<StructureTarget, { mode: 'new' }>);
    applyStructure(ctx.db, actor(ctx), campaign, p.plan, up.fileName, ctx.input.targetReason);
    return { campaignId: campaign.id, notice: IMPORT_TEXT.imported(p.plan.counts.add, p.plan.counts.change) };
  },
  revalidate: ['/admin/campaigns', '/'],
});

export const updateCampaignAction = action({
  name: 'campaign.update',
  schema: UpdateCampaignInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.campaignId],
  run: (ctx) => {
    const { campaignId, name } = ctx.input;
    const settings = settingsOfInput(ctx.input);
    const c = updateCampaign(ctx.db, actor(ctx), campaignId, { name, settings });
    return { notice: `已保存${c.year}年“${c.name}”的设置，排名从下次打开页面起按新设置计算。` };
  },
  revalidate: ['/admin/campaigns', '/', '/rankings'],
});

export const copyCampaignAction = action({
  name: 'campaign.copy',
  schema: CopyCampaignInput,
  permission: 'campaign:manage',
  run: (ctx) => {
    const source = ctx.db.select().from(campaigns).where(eq(campaigns.id, ctx.input.campaignId)).get();
    if (!source) throw new ActionError(IMPORT_TEXT.noCampaign, 'not_found');
    if (ctx.input.year === source.year)
      throw new ActionError('新年度不能与原活动相同，请填写新的年份。', 'invalid', { year: ['年份相同'] });
    const copy = copyCampaignToYear(ctx.db, actor(ctx), source, ctx.input);
    const how = ctx.input.targets === 'carry' ? '目标沿用上年' : '目标留空待设';
    return {
      notice: `已建立${copy.year}年“${copy.name}”：结构已复制，${how}；${source.year}年的数据未作任何改动。新年度各月统计期将于每月1日按计划自动开放，截止次月5日17:00。`,
    };
  },
  revalidate: ['/admin/campaigns', '/'],
});
