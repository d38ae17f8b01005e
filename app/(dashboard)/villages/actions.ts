'use server';

import type { Db } from '@/db';
import { getNow } from '@/db/queries/clock';
import type { Actor } from '@/db/mutations/context';
import { villageFigureScope, ventureScope } from '@/db/mutations/scopes';
import { reviewVillageFigure, saveVillageFigure } from '@/db/mutations/village-figures';
import { villageMetrics } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { parseNumberInput } from '@/lib/validation/number';
import { ReviewFigureInput, SaveVillageFigureInput } from '@/lib/validation/village';

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

const PAGES = ['/villages', '/review', '/'];

/** Save a draft or submit a village figure (users with the village or its township in scope). */
export const saveVillageFigureAction = action({
  name: 'village.save',
  schema: SaveVillageFigureInput,
  permission: 'village:edit',
  scope: (input, db: Db) => ventureScope(db, input.ventureId),
  run: (ctx) => {
    const unit =
      ctx.db.select({ unit: villageMetrics.unit }).from(villageMetrics).where(eq(villageMetrics.id, ctx.input.metricId)).get()?.unit ?? '';
    const parsed = parseNumberInput(ctx.input.value, unit);
    if (!parsed.ok) throw new ActionError(parsed.message, 'invalid', { value: [parsed.message] });
    const submit = ctx.input.intent === 'submit';
    const saved = saveVillageFigure(ctx.db, actor(ctx), {
      ...ctx.input,
      value: parsed.value,
      note: ctx.input.note || null,
      submit,
    });
    return {
      id: saved.id,
      version: saved.version,
      notice: submit ? (saved.late ? '已提交（逾期提交，已标记）。' : '已提交，等待审核。') : '草稿已保存。',
    };
  },
  revalidate: PAGES,
});

/** Approve or return a submitted village figure (reviewers of its village or township, administrators). */
export const reviewVillageFigureAction = action({
  name: 'village.review',
  schema: ReviewFigureInput,
  permission: 'village:review',
  scope: (input, db: Db) => villageFigureScope(db, input.figureId),
  run: (ctx) => {
    const saved = reviewVillageFigure(ctx.db, actor(ctx), ctx.input);
    return { notice: saved.status === 'approved' ? '已审核通过。' : '已退回填报人。' };
  },
  revalidate: PAGES,
});
