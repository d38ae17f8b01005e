'use server';

import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { getNow } from '@/db/queries/clock';
import type { Actor } from '@/db/mutations/context';
import { reviewProjectFigure, saveProjectFigure, updateCompletedInvestment, updateProjectMilestone } from '@/db/mutations/project-figures';
import { projectFigureScope, projectScope } from '@/db/mutations/scopes';
import { projectMilestones } from '@/db/schema';
import { action, type ActionContext } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { parseNumberInput } from '@/lib/validation/number';
import { InvestmentInput, ProjectMilestoneInput, SaveProjectFigureInput } from '@/lib/validation/project';
import { ReviewFigureInput } from '@/lib/validation/village';

function actor<I>(ctx: ActionContext<I>): Actor {
  return { user: ctx.user, now: getNow(), audit: ctx.audit };
}

const PAGES = ['/projects', '/review', '/'];

function number(raw: string, unit: string, field: string): number | null {
  const parsed = parseNumberInput(raw, unit);
  if (!parsed.ok) throw new ActionError(parsed.message, 'invalid', { [field]: [parsed.message] });
  return parsed.value;
}

/** Save a draft or submit a project figure (leads of the project's task force, administrators). */
export const saveProjectFigureAction = action({
  name: 'project.save',
  schema: SaveProjectFigureInput,
  permission: 'project:edit',
  scope: (input, db: Db) => projectScope(db, input.projectId),
  run: (ctx) => {
    const submit = ctx.input.intent === 'submit';
    const saved = saveProjectFigure(ctx.db, actor(ctx), {
      ...ctx.input,
      value: number(ctx.input.value, ctx.input.unit, 'value'),
      note: ctx.input.note || null,
      submit,
    });
    return { id: saved.id, version: saved.version, notice: submit ? '已提交，等待审核。' : '草稿已保存。' };
  },
  revalidate: PAGES,
});

/** Approve or return a submitted project figure (reviewers of its competition, administrators). */
export const reviewProjectFigureAction = action({
  name: 'project.review',
  schema: ReviewFigureInput,
  permission: 'project:review',
  scope: (input, db: Db) => projectFigureScope(db, input.figureId),
  run: (ctx) => {
    const saved = reviewProjectFigure(ctx.db, actor(ctx), ctx.input);
    return { notice: saved.status === 'approved' ? '已审核通过。' : '已退回填报人。' };
  },
  revalidate: PAGES,
});

/** A project milestone's actual date and evidence. */
export const updateProjectMilestoneAction = action({
  name: 'project.milestone',
  schema: ProjectMilestoneInput,
  permission: 'project:edit',
  scope: (input, db: Db) => {
    const m = db.select().from(projectMilestones).where(eq(projectMilestones.id, input.milestoneId)).get();
    return m ? projectScope(db, m.projectId) : null;
  },
  run: (ctx) => {
    updateProjectMilestone(ctx.db, actor(ctx), ctx.input);
    return { notice: '节点已保存。' };
  },
  revalidate: PAGES,
});

/** The completed investment (万元) as of a date. */
export const updateInvestmentAction = action({
  name: 'project.investment',
  schema: InvestmentInput,
  permission: 'project:edit',
  scope: (input, db: Db) => projectScope(db, input.projectId),
  run: (ctx) => {
    const amount = number(ctx.input.amount, '万元', 'amount');
    if (amount === null || amount < 0)
      throw new ActionError('请填写累计完成投资（万元，不小于 0）。', 'invalid', { amount: ['请填写数值'] });
    updateCompletedInvestment(ctx.db, actor(ctx), { projectId: ctx.input.projectId, amount, asOf: ctx.input.asOf });
    return { notice: '累计完成投资已保存。' };
  },
  revalidate: PAGES,
});
