/**
 * Village figures 村庄经营: saving, submitting and reviewing a venture's figure of a metric for a
 * year or a month, through the one workflow of reported figures (lib/reporting decideSave /
 * decideReview). Synchronous, inside the caller's transaction; scope (the village or its township)
 * is checked here, and what was written is audited with before and after. The source page's own
 * figures (those with the page's words) are never rewritten.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { campaigns, periods, villageMetrics, villageMetricValues, type VillageMetricValue } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { formatBeijingTime } from '@/lib/format';
import { decideReview, decideSave, overrideDetail, refusalText, type RoundState } from '@/lib/reporting';
import { nameOf, refuseFigure, roundState, workflowActor, type Actor } from './context';
import { villageFigureScope, ventureScope } from './scopes';

export const VILLAGE_FIGURE_MESSAGES = {
  source: '该数据为报道原文记录（保留原文措辞），不能修改；如有新的数据，请按新的年份或月份填报。',
  exists: '该业态的这项指标在这一期已有数据，请在“我填报的数据”中修改该条目。',
  wrongKind: '该指标不适用于所选业态，请选择该业态的指标。',
  archived: '该指标已停用，不能再填报。',
  granularity: (year: boolean) => (year ? '该指标按年填报，期间请填写年份，例如 2020。' : '该指标按月填报，期间请填写年月，例如 2020-10。'),
  future: (year: number) => `期间不能晚于${year}年（本次活动的年度）。`,
  noCampaign: '系统中还没有竞赛活动，不能填报。',
} as const;

export interface SaveVillageFigureInput {
  ventureId: number;
  metricId: number;
  /** 'YYYY' or 'YYYY-MM', per the metric's granularity. */
  period: string;
  value: number | null;
  qualifier: VillageMetricValue['qualifier'];
  note: string | null;
  /** The version the user started from; 0 for a new figure. */
  version: number;
  submit: boolean;
}

/** The active campaign (the most recent year), as the dashboard chooses it. */
function activeCampaign(db: Db) {
  return db.select().from(campaigns).orderBy(desc(campaigns.year), desc(campaigns.id)).limit(1).get();
}

/**
 * The round that owes a village figure: a month's figure is owed by that month's round; a year's
 * figure by the campaign's latest opened round (its lock and deadline apply).
 */
export function villageRound(db: Db, period: string): RoundState & { campaignYear: number } {
  if (!/^\d{4}-\d{2}$/.test(period)) return yearRound(db);
  const campaign = activeCampaign(db);
  if (!campaign) throw new ActionError(VILLAGE_FIGURE_MESSAGES.noCampaign, 'invalid');
  return { ...roundState(db, campaign.id, period), campaignYear: campaign.year };
}

/** The round a year's figure is owed in: the active campaign's latest opened round. */
export function yearRound(db: Db): RoundState & { campaignYear: number } {
  const campaign = activeCampaign(db);
  if (!campaign) throw new ActionError(VILLAGE_FIGURE_MESSAGES.noCampaign, 'invalid');
  const latest = db.select().from(periods).where(eq(periods.campaignId, campaign.id)).orderBy(desc(periods.period)).limit(1).get();
  const round = latest
    ? roundState(db, campaign.id, latest.period)
    : { period: `${campaign.year}-01`, opened: false, locked: false, deadline: null };
  return { ...round, campaignYear: campaign.year };
}

function checkMetric(db: Db, input: SaveVillageFigureInput, ventureKind: string, campaignYear: number) {
  const metric = db.select().from(villageMetrics).where(eq(villageMetrics.id, input.metricId)).get();
  if (!metric) throw new ActionError('所选指标不存在，请刷新页面。', 'not_found');
  if (metric.archived) throw new ActionError(VILLAGE_FIGURE_MESSAGES.archived, 'invalid', { metricId: [VILLAGE_FIGURE_MESSAGES.archived] });
  if (metric.ventureKind !== null && metric.ventureKind !== ventureKind)
    throw new ActionError(VILLAGE_FIGURE_MESSAGES.wrongKind, 'invalid', { metricId: [VILLAGE_FIGURE_MESSAGES.wrongKind] });
  const yearly = /^\d{4}$/.test(input.period);
  if (yearly !== (metric.granularity === 'year')) {
    const m = VILLAGE_FIGURE_MESSAGES.granularity(metric.granularity === 'year');
    throw new ActionError(m, 'invalid', { period: [m] });
  }
  if (Number(input.period.slice(0, 4)) > campaignYear) {
    const m = VILLAGE_FIGURE_MESSAGES.future(campaignYear);
    throw new ActionError(m, 'invalid', { period: [m] });
  }
  return metric;
}

const AUDIT_FIELDS = ['value', 'qualifier', 'note', 'status', 'version', 'late'] as const;
const auditView = (f: Partial<VillageMetricValue> | undefined) =>
  f ? Object.fromEntries(AUDIT_FIELDS.map((k) => [k, f[k] ?? null])) : null;

/** Saves (draft) or submits a village figure; see the module doc. */
export function saveVillageFigure(db: Db, actor: Actor, input: SaveVillageFigureInput): VillageMetricValue {
  const scope = ventureScope(db, input.ventureId);
  if (!scope) throw new ActionError('所选业态不存在，请刷新页面。', 'not_found');
  if (!can(actor.user, 'village:edit', scope))
    throw new ActionError(`无权填报${scope.name}的经营数据：该村不在您的授权范围内。`, 'forbidden');
  const round = villageRound(db, input.period);
  const metric = checkMetric(db, input, scope.kind, round.campaignYear);
  const current = db
    .select()
    .from(villageMetricValues)
    .where(
      and(
        eq(villageMetricValues.ventureId, input.ventureId),
        eq(villageMetricValues.metricId, input.metricId),
        eq(villageMetricValues.period, input.period),
      ),
    )
    .get();
  if (current?.printed) throw new ActionError(VILLAGE_FIGURE_MESSAGES.source, 'invalid');
  if (current && input.version === 0) throw new ActionError(VILLAGE_FIGURE_MESSAGES.exists, 'conflict');
  const decision = decideSave({
    current: current ?? null,
    intent: {
      submit: input.submit,
      baseVersion: input.version,
      content: { value: input.value, qualifier: input.qualifier, note: input.note },
    },
    actor: workflowActor(actor),
    round,
    now: actor.now.toISOString(),
    requiredToSubmit: ['value'],
  });
  if (decision.kind === 'unchanged') return current!;
  if (decision.kind === 'refused') refuseFigure(db, decision.refusal, current, metric.unit);
  if (decision.patch.value === null) throw new ActionError('请填写数值。', 'invalid', { value: ['请填写数值'] });
  const patch = { ...decision.patch, value: decision.patch.value };
  const saved = current
    ? db.update(villageMetricValues).set(patch).where(eq(villageMetricValues.id, current.id)).returning().get()
    : db
        .insert(villageMetricValues)
        .values({ ...patch, ventureId: input.ventureId, metricId: input.metricId, period: input.period })
        .returning()
        .get();
  actor.audit({
    action: decision.audit === 'submit' ? 'village.submit' : 'village.save',
    entityType: 'village_figure',
    entityId: saved.id,
    before: auditView(current),
    after: { ...auditView(saved), metric: metric.key, period: saved.period, village: scope.name },
    detail: overrideDetail(decision.overrides),
  });
  return saved;
}

/** Approves or returns (with a reason) a submitted village figure: reviewers of its village or township, administrators. */
export function reviewVillageFigure(
  db: Db,
  actor: Actor,
  input: { figureId: number; version: number; decision: 'approve' | 'return'; reason?: string },
) {
  const found = villageFigureScope(db, input.figureId);
  if (!found) throw new ActionError('该数据不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'village:review', found))
    throw new ActionError(`无权审核${found.name}的经营数据：该村不在您的审核范围内。`, 'forbidden');
  const { figure } = found;
  const decision = decideReview({
    current: figure,
    intent: { decision: input.decision, baseVersion: input.version, reason: input.reason },
    actor: workflowActor(actor),
    round: villageRound(db, figure.period),
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
  const saved = db.update(villageMetricValues).set(decision.patch).where(eq(villageMetricValues.id, figure.id)).returning().get();
  actor.audit({
    action: decision.audit === 'approve' ? 'village.approve' : 'village.return',
    entityType: 'village_figure',
    entityId: figure.id,
    before: auditView(figure),
    after: { ...auditView(saved), returnReason: saved.returnReason },
    detail: overrideDetail(decision.overrides),
  });
  return saved;
}
