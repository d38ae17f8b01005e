'use server';

import { getNow } from '@/db/queries/clock';
import type { Actor } from '@/db/mutations/context';
import { archiveItem, deleteItem, findItem, restoreItem } from '@/db/mutations/structure-archive';
import { requireCampaign, saveCompetition, saveIndicator, saveTaskForce } from '@/db/mutations/structure-items';
import { moveItem } from '@/db/mutations/structure-order';
import { deleteStep, saveStep, saveTargetGrid } from '@/db/mutations/structure-targets';
import { campaigns } from '@/db/schema';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { ITEM_TEXT } from '@/lib/structure/admin-text';
import { archiveFromPeriod } from '@/lib/structure/archive';
import {
  CompetitionItemInput,
  IndicatorItemInput,
  ItemStateInput,
  MoveItemInput,
  StepItemInput,
  TargetGridInput,
  TaskForceItemInput,
} from '@/lib/validation/structure-item';
import { desc, eq } from 'drizzle-orm';

/*
 * The single-item structure forms of /admin/campaigns/[id]: add and edit competitions, task
 * forces and indicators, their steps and phased targets, reorder, archive, restore and delete.
 * Administrators only (campaign:manage); every write is audited by its mutation. Each names its
 * campaign, so the wrapper refuses writes into a past year.
 */

const REVALIDATE = ['/admin/campaigns', '/', '/rankings', '/report'];

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

export const saveCompetitionAction = action({
  name: 'structure.competition_save',
  schema: CompetitionItemInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.campaignId],
  run: (ctx) => {
    const { campaignId, competitionId, ...values } = ctx.input;
    const c = requireCampaign(ctx.db, campaignId);
    const id = saveCompetition(ctx.db, actor(ctx), c, competitionId, values);
    return { id, notice: (competitionId ? ITEM_TEXT.saved : ITEM_TEXT.created)('competition', String(values.name ?? '').trim()) };
  },
  revalidate: REVALIDATE,
});

export const saveTaskForceAction = action({
  name: 'structure.task_force_save',
  schema: TaskForceItemInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.campaignId],
  run: (ctx) => {
    const { campaignId, taskForceId, members, ...values } = ctx.input;
    const c = requireCampaign(ctx.db, campaignId);
    const id = saveTaskForce(ctx.db, actor(ctx), c, taskForceId, { ...values, members: members.join('、') });
    return { id, notice: (taskForceId ? ITEM_TEXT.saved : ITEM_TEXT.created)('taskForce', String(values.name ?? '').trim()) };
  },
  revalidate: REVALIDATE,
});

export const saveIndicatorAction = action({
  name: 'structure.indicator_save',
  schema: IndicatorItemInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.campaignId],
  run: (ctx) => {
    const { campaignId, indicatorId, ...values } = ctx.input;
    const c = requireCampaign(ctx.db, campaignId);
    const id = saveIndicator(ctx.db, actor(ctx), c, indicatorId, values);
    return { id, notice: (indicatorId ? ITEM_TEXT.saved : ITEM_TEXT.created)('indicator', String(values.name ?? '').trim()) };
  },
  revalidate: REVALIDATE,
});

export const saveStepAction = action({
  name: 'structure.step_save',
  schema: StepItemInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.campaignId],
  run: (ctx) => {
    const { campaignId, indicatorId, stepId, intent, ...values } = ctx.input;
    const c = requireCampaign(ctx.db, campaignId);
    if (intent === 'delete') {
      if (stepId === null) throw new ActionError(ITEM_TEXT.notFound('indicator'), 'not_found');
      return { notice: deleteStep(ctx.db, actor(ctx), c, indicatorId, stepId) };
    }
    return { notice: saveStep(ctx.db, actor(ctx), c, indicatorId, stepId, values) };
  },
  revalidate: REVALIDATE,
});

export const saveTargetGridAction = action({
  name: 'structure.phased_targets',
  schema: TargetGridInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.campaignId],
  run: (ctx) => {
    const { campaignId, taskForceId, reason, ...cells } = ctx.input;
    const c = requireCampaign(ctx.db, campaignId);
    return { notice: ITEM_TEXT.gridSaved(saveTargetGrid(ctx.db, actor(ctx), c, taskForceId, cells, reason)) };
  },
  revalidate: REVALIDATE,
});

export const moveItemAction = action({
  name: 'structure.move',
  schema: MoveItemInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.campaignId],
  run: (ctx) => ({ notice: moveItem(ctx.db, actor(ctx), ctx.input.kind, ctx.input.id, ctx.input.campaignId, ctx.input.direction) }),
  revalidate: REVALIDATE,
});

export const itemStateAction = action({
  name: 'structure.item_state',
  schema: ItemStateInput,
  permission: 'campaign:manage',
  campaign: (input) => [input.kind === 'unit' || input.kind === 'person' ? null : input.campaignId],
  run: (ctx) => {
    const { kind, id, intent } = ctx.input;
    const org = kind === 'unit' || kind === 'person';
    const campaignId = org ? null : ctx.input.campaignId;
    if (!org && campaignId === null) throw new ActionError(ITEM_TEXT.notFound(kind), 'not_found');
    const item = findItem(ctx.db, kind, id, campaignId);
    if (!item) throw new ActionError(ITEM_TEXT.notFound(kind), 'not_found');
    if (intent === 'delete') return { notice: deleteItem(ctx.db, actor(ctx), kind, id, campaignId) };
    if (intent === 'restore') return { notice: restoreItem(ctx.db, actor(ctx), kind, id, campaignId) };
    const c = org
      ? ctx.db.select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).get()
      : ctx.db.select().from(campaigns).where(eq(campaigns.id, item.campaignId!)).get();
    const from = archiveFromPeriod(c?.currentPeriod ?? getNow().toISOString().slice(0, 7));
    return { notice: archiveItem(ctx.db, actor(ctx), kind, id, campaignId, from) };
  },
  revalidate: [...REVALIDATE, '/admin/units', '/admin/people'],
});
