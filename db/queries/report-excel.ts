import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { progressEntries, users, type Campaign, type Period, type ProgressEntry } from '@/db/schema';
import { ROUTE_MESSAGES } from '@/lib/excel/report-messages';
import type { TemplateRow } from '@/lib/excel/report-template';
import type { ImportContext, ImportIndicator } from '@/lib/excel/report-validate';
import { text, rank, value, type Table } from '@/lib/views/table';
import { can, type AuthUser } from '@/lib/auth/permissions';
import { ENTRY_STATUS_LABELS, formatBeijingTime, formatPeriodZh, KIND_LABELS } from '@/lib/format';
import { parsePeriod, previousPeriod } from '@/lib/metrics';
import { getPeriod } from './campaign';
import { getShownCampaign, MISSING_CAMPAIGN_MESSAGE } from './shown-campaign';
import { entryEditState } from '@/lib/reporting/edit-state';
import { getReportRows, owedMonth } from './reporting';
import { getCampaignStructure } from './structure';
import { archivedWriteRefusal } from '@/lib/structure/archive';

export type ReportRequest =
  { ok: true; campaign: Campaign; period: Period; taskForceId?: number } | { ok: false; status: 400 | 404; message: string };

/** `?period=YYYY-MM[&taskForceId=N]` of the template and export routes, resolved against the shown campaign. */
export async function resolveReportRequest(params: URLSearchParams): Promise<ReportRequest> {
  const raw = params.get('period') ?? '';
  if (!parsePeriod(raw)) return { ok: false, status: 400, message: ROUTE_MESSAGES.badPeriod };
  const tf = params.get('taskForceId');
  const taskForceId = tf === null || tf === '' ? undefined : Number(tf);
  if (taskForceId !== undefined && (!Number.isSafeInteger(taskForceId) || taskForceId <= 0))
    return { ok: false, status: 400, message: ROUTE_MESSAGES.badTaskForce };
  const shown = await getShownCampaign();
  if (shown.kind !== 'shown') return { ok: false, status: 404, message: MISSING_CAMPAIGN_MESSAGE };
  const campaign = shown.shown.campaign;
  const period = getPeriod(campaign.id, raw);
  if (!period) return { ok: false, status: 404, message: ROUTE_MESSAGES.periodMissing(formatPeriodZh(raw)) };
  return { ok: true, campaign, period, taskForceId };
}

function userNames(ids: (number | null)[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  return new Map(
    getDb()
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, wanted))
      .all()
      .map((u) => [u.id, u.name]),
  );
}

/** The indicator's name, with the data month it owes when that is not the round's own (错月). */
function owedLabel(name: string, round: string, dataPeriod: string | null): string {
  return dataPeriod && dataPeriod !== round ? `${name}（报${formatPeriodZh(dataPeriod)}数据）` : name;
}

/**
 * The template's rows for reporting round `period`: the indicators the user may report for (scope
 * checked by getReportRows with `can(user, 'progress:edit', …)`), optionally one task force, each
 * with the figure of the data month the round owes (错月). A row is editable when the workflow
 * lets this user change it (entryEditState: the round's lock, a submitted or approved entry) and
 * the round owes a figure; never for a milestone. 上期数值 is the approved value of the month
 * before the data month (none in January: a new year).
 */
export function getTemplateRows(user: AuthUser, campaign: Campaign, period: string, locked: boolean, taskForceId?: number): TemplateRow[] {
  return getReportRows(user, campaign, period, taskForceId).map((r) => {
    const prev = previousPeriod(r.dataPeriod ?? period);
    return {
      indicatorId: r.indicator.id,
      taskForce: r.taskForceName,
      indicator: owedLabel(r.indicator.name, period, r.dataPeriod),
      kind: r.indicator.kind,
      unit: r.indicator.unit,
      annualTarget: r.indicator.annualTarget,
      targetRank: r.indicator.targetRank,
      stepCount: r.steps.length,
      previous: r.history.find((h) => h.period === prev)?.value ?? null,
      value: r.entry?.value ?? null,
      workProgress: r.entry?.workProgress ?? '',
      problems: r.entry?.problems ?? '',
      nextSteps: r.entry?.nextSteps ?? '',
      editable: r.indicator.kind !== 'milestone' && r.dataPeriod !== null && entryEditState(user, r.entry?.status, locked).editable,
    };
  });
}

function importEntry(e: ProgressEntry | undefined, names: Map<number, string>): ImportIndicator['entry'] {
  if (!e) return null;
  return {
    value: e.value,
    workProgress: e.workProgress,
    problems: e.problems,
    nextSteps: e.nextSteps,
    status: e.status,
    version: e.version,
    updatedAt: e.updatedAt,
    updatedByName: e.updatedBy === null ? null : (names.get(e.updatedBy) ?? null),
  };
}

/**
 * What validating an upload for reporting round `period` needs, read inside the action's
 * transaction: the round's state (its lock locks every figure it owes) and, for each indicator id
 * the file mentions that belongs to the campaign, its scope verdict and the entry of the data month
 * the round owes (错月), with the name of whoever changed it last.
 */
export function getImportContext(user: AuthUser, campaign: Campaign, period: string, ids: number[]): ImportContext {
  const db = getDb();
  const s = getCampaignStructure(campaign.id);
  const tfById = new Map(s.taskForces.map((t) => [t.id, t]));
  const compById = new Map(s.competitions.map((c) => [c.id, c]));
  const wanted = new Set(ids);
  const found = s.indicators.filter((i) => wanted.has(i.id));
  const p = getPeriod(campaign.id, period);
  const months = new Map(found.map((i) => [i.id, owedMonth(i, period, campaign.year)]));
  const keys = found.flatMap((i) => (months.get(i.id) ? [`${i.id}|${months.get(i.id)}`] : []));
  const entries: ProgressEntry[] = keys.length
    ? db
        .select()
        .from(progressEntries)
        .where(inArray(progressEntries.indicatorId, [...new Set(found.map((i) => i.id))]))
        .all()
        .filter((e) => keys.includes(`${e.indicatorId}|${e.period}`))
    : [];
  const names = userNames(entries.map((e) => e.updatedBy));
  const indicators = new Map<number, ImportIndicator>();
  for (const i of found) {
    const tf = tfById.get(i.taskForceId)!;
    const month = months.get(i.id) ?? null;
    indicators.set(i.id, {
      id: i.id,
      name: owedLabel(i.name, period, month),
      kind: i.kind,
      unit: i.unit,
      taskForce: tf.name,
      annualTarget: i.annualTarget,
      inScope: can(user, 'progress:edit', { indicatorId: i.id, taskForceId: tf.id, competitionId: tf.competitionId }),
      archived: archivedWriteRefusal({ indicator: i, taskForce: tf, competition: compById.get(tf.competitionId)! }),
      owes: month !== null,
      entry: importEntry(
        entries.find((x) => x.indicatorId === i.id && x.period === month),
        names,
      ),
    });
  }
  return { period, periodState: !p ? 'missing' : p.locked ? 'locked' : 'open', isAdmin: can(user, 'period:edit-locked'), indicators };
}

/** The entries round `period` owes (错月: each of its data month) of the indicators the user reports for, as a table for the .xlsx export. */
export function getEntriesTable(
  user: AuthUser,
  campaign: Campaign,
  period: string,
  taskForceId?: number,
): { table: Table; inScope: number } {
  const rows = getReportRows(user, campaign, period, taskForceId);
  const withEntry = rows.filter((r): r is typeof r & { entry: ProgressEntry } => r.entry !== null);
  const names = userNames(withEntry.map((r) => r.entry.updatedBy));
  const headers = [
    '专班',
    '指标',
    '数据月份',
    '类型',
    '单位',
    '本期数值',
    '工作进展',
    '存在问题',
    '下步打算',
    '状态',
    '逾期',
    '最后修改人',
    '最后修改时间',
    '退回原因',
  ];
  return {
    inScope: rows.length,
    table: {
      id: 'report-entries',
      title: '填报条目',
      note: '含草稿、待审核、已退回和已通过的条目；排名和得分只采用审核通过的数值。',
      columns: headers.map((header) => ({ header })),
      rows: withEntry.map(({ indicator: i, taskForceName, entry: e, late }) => [
        text(taskForceName),
        text(i.name),
        text(formatPeriodZh(e.period)),
        text(KIND_LABELS[i.kind]),
        text(i.unit),
        i.kind === 'rank' ? rank(e.value) : value(e.value, i.unit),
        text(e.workProgress),
        text(e.problems),
        text(e.nextSteps),
        text(ENTRY_STATUS_LABELS[e.status]),
        text(late ? '逾期' : ''),
        text(e.updatedBy === null ? '' : (names.get(e.updatedBy) ?? '')),
        text(formatBeijingTime(e.updatedAt)),
        text(e.returnReason ?? ''),
      ]),
    },
  };
}
