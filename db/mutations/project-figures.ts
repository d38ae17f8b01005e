/**
 * Investment projects 重点项目: progress figures (招商完成率, 签约入驻意向 …) saved, submitted and
 * reviewed through the one workflow of reported figures (lib/reporting), and the project's own
 * facts its owners keep current — a milestone's actual date and evidence, the completed
 * investment — audited. Scope is the project's task force (and its competition). The source
 * page's own figures are never rewritten.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { campaigns, projectFigures, projectMilestones, projects, type ProjectFigure } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { formatBeijingTime } from '@/lib/format';
import { decideReview, decideSave, overrideDetail, refusalText } from '@/lib/reporting';
import { nameOf, refuseFigure, requireMonthOpen, roundState, workflowActor, type Actor } from './context';
import { projectFigureScope, projectScope, type ProjectScope } from './scopes';

export interface SaveProjectFigureInput {
  projectId: number;
  name: string;
  unit: string;
  /** 'YYYY-MM-DD': the figure as of that day; its month's round owes it. */
  asOf: string;
  value: number | null;
  qualifier: ProjectFigure['qualifier'];
  note: string | null;
  version: number;
  submit: boolean;
}

function scopeOrRefuse(
  db: Db,
  actor: Actor,
  projectId: number,
  permission: 'project:edit' | 'project:review',
): ProjectScope & { campaignId: number } {
  const scope = projectScope(db, projectId);
  if (!scope) throw new ActionError('该项目不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, permission, scope))
    throw new ActionError(
      permission === 'project:edit' ? '无权填报该项目：它不属于您负责的专班。' : '无权审核该项目的数据：它不在您负责审核的竞赛中。',
      'forbidden',
    );
  const campaignId = scope.campaignId ?? db.select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).get()?.id;
  if (campaignId === undefined) throw new ActionError('系统中还没有竞赛活动，不能填报。', 'invalid');
  return { ...scope, campaignId };
}

const AUDIT_FIELDS = ['name', 'value', 'unit', 'asOf', 'qualifier', 'note', 'status', 'version', 'late'] as const;
const auditView = (f: Partial<ProjectFigure> | undefined) => (f ? Object.fromEntries(AUDIT_FIELDS.map((k) => [k, f[k] ?? null])) : null);

/** Saves (draft) or submits a project figure, keyed by (project, name, as-of date). */
export function saveProjectFigure(db: Db, actor: Actor, input: SaveProjectFigureInput): ProjectFigure {
  const scope = scopeOrRefuse(db, actor, input.projectId, 'project:edit');
  const current = db
    .select()
    .from(projectFigures)
    .where(and(eq(projectFigures.projectId, input.projectId), eq(projectFigures.name, input.name), eq(projectFigures.asOf, input.asOf)))
    .get();
  if (current?.printed)
    throw new ActionError('该数据为报道原文记录（保留原文措辞），不能修改；如有新的数据，请按新的截至日期填报。', 'invalid');
  if (current && input.version === 0) throw new ActionError('该项目在这一日期已有同名数据，请在列表中修改该条目。', 'conflict');
  const decision = decideSave({
    current: current ?? null,
    intent: {
      submit: input.submit,
      baseVersion: input.version,
      content: { value: input.value, unit: input.unit, qualifier: input.qualifier, note: input.note },
    },
    actor: workflowActor(actor),
    round: roundState(db, scope.campaignId, input.asOf.slice(0, 7)),
    now: actor.now.toISOString(),
    requiredToSubmit: ['value'],
  });
  if (decision.kind === 'unchanged') return current!;
  if (decision.kind === 'refused') refuseFigure(db, decision.refusal, current, current?.unit ?? '');
  if (decision.patch.value === null) throw new ActionError('请填写数值。', 'invalid', { value: ['请填写数值'] });
  const patch = { ...decision.patch, value: decision.patch.value };
  const saved = current
    ? db.update(projectFigures).set(patch).where(eq(projectFigures.id, current.id)).returning().get()
    : db
        .insert(projectFigures)
        .values({ ...patch, projectId: input.projectId, name: input.name, asOf: input.asOf })
        .returning()
        .get();
  actor.audit({
    action: decision.audit === 'submit' ? 'project.submit' : 'project.save',
    entityType: 'project_figure',
    entityId: saved.id,
    before: auditView(current),
    after: { ...auditView(saved), project: scope.name },
    detail: overrideDetail(decision.overrides),
  });
  return saved;
}

/** Approves or returns a submitted project figure (reviewers of the project's competition, administrators). */
export function reviewProjectFigure(
  db: Db,
  actor: Actor,
  input: { figureId: number; version: number; decision: 'approve' | 'return'; reason?: string },
) {
  const found = projectFigureScope(db, input.figureId);
  if (!found) throw new ActionError('该数据不存在或已被删除，请刷新页面。', 'not_found');
  const scope = scopeOrRefuse(db, actor, found.projectId, 'project:review');
  const { figure } = found;
  const decision = decideReview({
    current: figure,
    intent: { decision: input.decision, baseVersion: input.version, reason: input.reason },
    actor: workflowActor(actor),
    round: roundState(db, scope.campaignId, figure.asOf.slice(0, 7)),
    now: actor.now.toISOString(),
  });
  if (decision.kind === 'refused') {
    const t = refusalText(decision.refusal, {
      by: nameOf(db, figure.updatedBy),
      at: formatBeijingTime(figure.updatedAt),
      value: '',
      status: '',
    });
    throw new ActionError(t.message, t.code, t.fieldErrors);
  }
  const saved = db.update(projectFigures).set(decision.patch).where(eq(projectFigures.id, figure.id)).returning().get();
  actor.audit({
    action: decision.audit === 'approve' ? 'project.approve' : 'project.return',
    entityType: 'project_figure',
    entityId: figure.id,
    before: auditView(figure),
    after: { ...auditView(saved), returnReason: saved.returnReason },
    detail: overrideDetail(decision.overrides),
  });
  return saved;
}

/** A project milestone's actual date (a locked month refused) and evidence, by the project's owners. */
export function updateProjectMilestone(db: Db, actor: Actor, input: { milestoneId: number; actualDate: string | null; evidence: string }) {
  const m = db.select().from(projectMilestones).where(eq(projectMilestones.id, input.milestoneId)).get();
  if (!m) throw new ActionError('该节点不存在或已被删除，请刷新页面。', 'not_found');
  const scope = scopeOrRefuse(db, actor, m.projectId, 'project:edit');
  const keepMonth = input.actualDate === null && m.actualDate !== null && /^\d{4}-\d{2}$/.test(m.actualDate);
  const actualDate = keepMonth ? m.actualDate : input.actualDate;
  const evidence = input.evidence || null;
  if (actualDate === m.actualDate && evidence === m.evidence) return m;
  const today = new Date(actor.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (actualDate && actualDate > today)
    throw new ActionError('实际完成日期不能晚于今天。', 'invalid', { actualDate: ['实际完成日期不能晚于今天'] });
  if (actualDate && actualDate !== m.actualDate) requireMonthOpen(db, actor, scope.campaignId, actualDate, `实际完成日期 ${actualDate} `);
  const saved = db
    .update(projectMilestones)
    .set({ actualDate, evidence, updatedBy: actor.user.id, updatedAt: actor.now.toISOString() })
    .where(eq(projectMilestones.id, m.id))
    .returning()
    .get();
  actor.audit({
    action: 'project.milestone',
    entityType: 'project_milestone',
    entityId: m.id,
    before: { actualDate: m.actualDate, evidence: m.evidence },
    after: { actualDate: saved.actualDate, evidence: saved.evidence },
  });
  return saved;
}

/** The completed investment (万元) as of a date, by the project's owners; audited. */
export function updateCompletedInvestment(db: Db, actor: Actor, input: { projectId: number; amount: number; asOf: string }) {
  scopeOrRefuse(db, actor, input.projectId, 'project:edit');
  const p = db.select().from(projects).where(eq(projects.id, input.projectId)).get()!;
  if (p.completedInvestment === input.amount && p.completedInvestmentAsOf === input.asOf) return p;
  const saved = db
    .update(projects)
    .set({
      completedInvestment: input.amount,
      completedInvestmentAsOf: input.asOf,
      updatedBy: actor.user.id,
      updatedAt: actor.now.toISOString(),
    })
    .where(eq(projects.id, p.id))
    .returning()
    .get();
  actor.audit({
    action: 'project.investment',
    entityType: 'project',
    entityId: p.id,
    before: { completedInvestment: p.completedInvestment, asOf: p.completedInvestmentAsOf },
    after: { completedInvestment: saved.completedInvestment, asOf: saved.completedInvestmentAsOf },
  });
  return saved;
}
