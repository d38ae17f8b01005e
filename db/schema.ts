/**
 * The whole Saima domain in one drizzle schema (see docs: campaign → competition → task force →
 * indicator → monthly progress entry; plus county values, work items, projects, villages, accounts
 * and the audit log). Tables are plural camelCase in TypeScript, snake_case in SQL.
 *
 * Money is stored in 万元 unless an indicator's `unit` says otherwise; periods are `YYYY-MM` text;
 * timestamps are ISO-8601 UTC text; calendar dates are `YYYY-MM-DD` text.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { FIGURE_STATUSES } from '../lib/reporting/status';

const id = () => integer('id').primaryKey({ autoIncrement: true });
const nowText = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const createdAt = () => nowText('created_at');

/**
 * 归档: the first period (`YYYY-MM`) in which the row no longer counts (forms, selects, import
 * references, rankings of that period and later), and when it was archived (ISO UTC). Null: in use.
 * Periods before `archived_from` keep showing it (history is never rewritten).
 */
const archived = () => ({ archivedFrom: text('archived_from'), archivedAt: text('archived_at') });

// ── Geography and organisation ────────────────────────────────────────────────

/** GB/T 2260 (prefecture, county) and statistical division codes (township, 9 digits). */
export const regions = sqliteTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: text('level', { enum: ['prefecture', 'county', 'township'] }).notNull(),
  parentCode: text('parent_code'),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** Departments 部门 and townships/streets 乡镇(街道) of the district. */
export const units = sqliteTable('units', {
  id: id(),
  name: text('name').notNull().unique(),
  shortName: text('short_name'),
  kind: text('kind', { enum: ['department', 'township'] }).notNull(),
  regionCode: text('region_code').references(() => regions.code),
  sortOrder: integer('sort_order').notNull().default(0),
  ...archived(),
});

/** Leaders (区领导) and other named people, with their title. */
export const people = sqliteTable('people', {
  id: id(),
  name: text('name').notNull(),
  title: text('title').notNull(),
  unitId: integer('unit_id').references(() => units.id),
  sortOrder: integer('sort_order').notNull().default(0),
  ...archived(),
});

// ── Campaign hierarchy ────────────────────────────────────────────────────────

export const campaigns = sqliteTable('campaigns', {
  id: id(),
  name: text('name').notNull(),
  year: integer('year').notNull(),
  /** The district's own county-level code (GB/T 2260), e.g. 330802 柯城区. */
  homeRegionCode: text('home_region_code')
    .notNull()
    .references(() => regions.code),
  /** The period shown when none is chosen, `YYYY-MM`. */
  currentPeriod: text('current_period').notNull(),
  /** JSON of `CampaignSettings` (lib/metrics/settings.ts). */
  settings: text('settings', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

export const competitions = sqliteTable(
  'competitions',
  {
    id: id(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    description: text('description'),
    leadPersonId: integer('lead_person_id').references(() => people.id),
    leadUnitId: integer('lead_unit_id').references(() => units.id),
    sortOrder: integer('sort_order').notNull().default(0),
    ...archived(),
  },
  (t) => [index('competitions_campaign_idx').on(t.campaignId)],
);

export const taskForces = sqliteTable(
  'task_forces',
  {
    id: id(),
    competitionId: integer('competition_id')
      .notNull()
      .references(() => competitions.id),
    name: text('name').notNull(),
    goal: text('goal').notNull(),
    leadPersonId: integer('lead_person_id').references(() => people.id),
    leadUnitId: integer('lead_unit_id').references(() => units.id),
    sortOrder: integer('sort_order').notNull().default(0),
    ...archived(),
  },
  (t) => [index('task_forces_competition_idx').on(t.competitionId)],
);

export const taskForceMembers = sqliteTable(
  'task_force_members',
  {
    taskForceId: integer('task_force_id')
      .notNull()
      .references(() => taskForces.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.taskForceId, t.unitId] })],
);

export const indicatorKinds = ['cumulative', 'level', 'milestone', 'rank'] as const;
export const directions = ['higher', 'lower'] as const;

export const indicators = sqliteTable(
  'indicators',
  {
    id: id(),
    taskForceId: integer('task_force_id')
      .notNull()
      .references(() => taskForces.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: indicatorKinds }).notNull(),
    direction: text('direction', { enum: directions }).notNull().default('higher'),
    /** Shown exactly as entered: 万元, 亿元, %, 个, 亩 … */
    unit: text('unit').notNull(),
    /** 年度目标; null for rank indicators (they use targetRank) and milestone indicators. */
    annualTarget: real('annual_target'),
    /** For rank indicators: the target county rank (e.g. 3 for 全市前3). */
    targetRank: integer('target_rank'),
    weight: real('weight').notNull().default(1),
    responsibleUnitId: integer('responsible_unit_id').references(() => units.id),
    /** Months by which the statistic arrives late (错月指标). */
    lagMonths: integer('lag_months').notNull().default(0),
    /** January is reported together with February (1—2月合并). */
    combinedJanFeb: integer('combined_jan_feb', { mode: 'boolean' }).notNull().default(false),
    hasCountyComparison: integer('has_county_comparison', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    ...archived(),
  },
  (t) => [index('indicators_task_force_idx').on(t.taskForceId)],
);

/** 阶段性目标: the target for a month or quarter end (cumulative for cumulative indicators). */
export const phasedTargets = sqliteTable(
  'phased_targets',
  {
    id: id(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    target: real('target').notNull(),
  },
  (t) => [uniqueIndex('phased_targets_uq').on(t.indicatorId, t.period)],
);

/** Dated steps of a milestone indicator (节点型). */
export const indicatorSteps = sqliteTable(
  'indicator_steps',
  {
    id: id(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    plannedDate: text('planned_date').notNull(),
    doneDate: text('done_date'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('indicator_steps_indicator_idx').on(t.indicatorId)],
);

// ── Reporting ─────────────────────────────────────────────────────────────────

export const periods = sqliteTable(
  'periods',
  {
    id: id(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    period: text('period').notNull(),
    /** ISO UTC instant after which a submission is late. */
    deadline: text('deadline').notNull(),
    locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
    openedAt: nowText('opened_at'),
    lockedAt: text('locked_at'),
    lockedBy: integer('locked_by'),
  },
  (t) => [uniqueIndex('periods_uq').on(t.campaignId, t.period)],
);

/** The workflow of a reported figure (lib/reporting): draft → submitted → approved / returned. */
export const entryStatuses = FIGURE_STATUSES;

export const progressEntries = sqliteTable(
  'progress_entries',
  {
    id: id(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    /** Cumulative 1—N月 for cumulative indicators; the level for level; the rank for rank. */
    value: real('value'),
    workProgress: text('work_progress').notNull().default(''),
    problems: text('problems').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    status: text('status', { enum: entryStatuses }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    /** The first submission was after the deadline of the round that owes the figure (错月: data month + lag). */
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
    updatedBy: integer('updated_by'),
    updatedAt: nowText('updated_at'),
    submittedBy: integer('submitted_by'),
    /** The latest submission. */
    submittedAt: text('submitted_at'),
    /** The first submission: set once, never overwritten (报送及时率 and 逾期 are judged on it). */
    firstSubmittedAt: text('first_submitted_at'),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    returnReason: text('return_reason'),
  },
  (t) => [
    uniqueIndex('progress_entries_uq').on(t.indicatorId, t.period),
    // Covering the snapshot's read of a year's figures (db/queries/snapshot.ts): at ×10 that is
    // tens of thousands of rows, read from the index alone instead of row by row.
    index('progress_entries_period_cover_idx').on(t.period, t.indicatorId, t.value, t.status),
  ],
);

/** The prefecture's counties' values of one indicator and period (互看互学互比). */
export const countyValues = sqliteTable(
  'county_values',
  {
    id: id(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    value: real('value').notNull(),
    updatedBy: integer('updated_by'),
    updatedAt: nowText('updated_at'),
  },
  (t) => [uniqueIndex('county_values_uq').on(t.indicatorId, t.period, t.regionCode), index('county_values_period_idx').on(t.period)],
);

// ── Closed-loop work items 项目化推进 ──────────────────────────────────────────

export const workItemStatuses = ['not_started', 'in_progress', 'done', 'closed'] as const;

export const workItems = sqliteTable('work_items', {
  id: id(),
  taskForceId: integer('task_force_id').references(() => taskForces.id),
  title: text('title').notNull(),
  target: text('target').notNull(),
  ownerUnitId: integer('owner_unit_id').references(() => units.id),
  ownerPerson: text('owner_person'),
  /** The deadline in force, `YYYY-MM-DD`; an approved 延期申请 moves it, the request keeps the one before. */
  deadline: text('deadline').notNull(),
  status: text('status', { enum: workItemStatuses }).notNull().default('not_started'),
  description: text('description'),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(true),
  /** When it was marked 已完成, `YYYY-MM-DD`. */
  doneDate: text('done_date'),
  /** 销号: who verified and closed it, when (ISO UTC), and the verification note. */
  closedBy: integer('closed_by'),
  closedAt: text('closed_at'),
  closeNote: text('close_note'),
  version: integer('version').notNull().default(1),
  createdBy: integer('created_by'),
  updatedBy: integer('updated_by'),
  /** ISO UTC; null for rows made before edits were recorded. */
  updatedAt: text('updated_at'),
});

export const workItemMilestones = sqliteTable('work_item_milestones', {
  id: id(),
  workItemId: integer('work_item_id')
    .notNull()
    .references(() => workItems.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known (see dateLabel). */
  plannedDate: text('planned_date'),
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known (see dateLabel). */
  actualDate: text('actual_date'),
  /** How the source states the date when it is not a day ("9月初", "明年5月"); shown instead. */
  dateLabel: text('date_label'),
  sortOrder: integer('sort_order').notNull().default(0),
  /** What shows the milestone was reached (a document, a photo's description, a site check). */
  evidence: text('evidence'),
  updatedBy: integer('updated_by'),
  updatedAt: text('updated_at'),
});

export const extensionStatuses = ['pending', 'approved', 'refused'] as const;

/** 延期申请: a new deadline asked for with a reason, decided by a reviewer; the deadline before it is kept here. */
export const workItemExtensions = sqliteTable(
  'work_item_extensions',
  {
    id: id(),
    workItemId: integer('work_item_id')
      .notNull()
      .references(() => workItems.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    /** The deadline in force when the request was made, `YYYY-MM-DD`. */
    previousDeadline: text('previous_deadline').notNull(),
    newDeadline: text('new_deadline').notNull(),
    status: text('status', { enum: extensionStatuses }).notNull().default('pending'),
    requestedBy: integer('requested_by'),
    requestedAt: nowText('requested_at'),
    decidedBy: integer('decided_by'),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note'),
  },
  (t) => [index('work_item_extensions_item_idx').on(t.workItemId)],
);

/**
 * The words a source prints beside an approximate figure ("近3亩", "1.5万余元", "85%以上",
 * "超5亿元"): the figure is stored as the number printed, and the word is kept with it.
 */
export const figureQualifiers = ['近', '将近', '余', '多', '以上', '超', '约'] as const;

/**
 * The reporting workflow of a figure (草稿 → 待审核 → 已通过 / 已退回), as on progress entries.
 * Times are ISO UTC; null on rows recorded before the workflow existed.
 */
const figureWorkflow = () => ({
  status: text('status', { enum: entryStatuses }).notNull().default('draft'),
  version: integer('version').notNull().default(1),
  late: integer('late', { mode: 'boolean' }).notNull().default(false),
  createdBy: integer('created_by'),
  createdAt: text('created_at'),
  updatedBy: integer('updated_by'),
  updatedAt: text('updated_at'),
  submittedBy: integer('submitted_by'),
  submittedAt: text('submitted_at'),
  /** The first submission, kept; 报送及时率 and 逾期 are judged on it. */
  firstSubmittedAt: text('first_submitted_at'),
  reviewedBy: integer('reviewed_by'),
  reviewedAt: text('reviewed_at'),
  returnReason: text('return_reason'),
});

// ── Investment projects ───────────────────────────────────────────────────────

export const projects = sqliteTable('projects', {
  id: id(),
  campaignId: integer('campaign_id').references(() => campaigns.id),
  taskForceId: integer('task_force_id').references(() => taskForces.id),
  name: text('name').notNull(),
  ownerEnterprise: text('owner_enterprise').notNull(),
  /** 用地, 亩 */
  landMu: real('land_mu'),
  /** 计划投资, 万元 */
  plannedInvestment: real('planned_investment'),
  phase: text('phase'),
  description: text('description'),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(true),
  /** 累计完成投资, 万元, as of completedInvestmentAsOf; null when not reported. */
  completedInvestment: real('completed_investment'),
  /** `YYYY-MM-DD` */
  completedInvestmentAsOf: text('completed_investment_as_of'),
  updatedBy: integer('updated_by'),
  updatedAt: text('updated_at'),
});

export const projectMilestones = sqliteTable('project_milestones', {
  id: id(),
  projectId: integer('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known (see dateLabel). */
  plannedDate: text('planned_date'),
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known (see dateLabel). */
  actualDate: text('actual_date'),
  /** How the source states the date when it is not a day ("9月初", "明年5月"); shown instead. */
  dateLabel: text('date_label'),
  sortOrder: integer('sort_order').notNull().default(0),
  /** The phase the milestone belongs to (一期, 一期、二期); null when the project has one. */
  phase: text('phase'),
  /** What shows the milestone was reached. */
  evidence: text('evidence'),
  updatedBy: integer('updated_by'),
  updatedAt: text('updated_at'),
});

/** Named figures of a project as of a date (招商完成率 80%, 线下销售额 2.35 亿元 …), reported and reviewed. */
export const projectFigures = sqliteTable(
  'project_figures',
  {
    id: id(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    value: real('value').notNull(),
    unit: text('unit').notNull(),
    /** `YYYY-MM-DD`, or `YYYY` for a whole year's figure. */
    asOf: text('as_of').notNull(),
    /** Approximation word printed with the figure ("超5亿元" → 超); null when the figure is exact. */
    qualifier: text('qualifier', { enum: figureQualifiers }),
    /** The figure as the source prints it ("超5亿元", "近300名"); set only on the source's own figures. */
    printed: text('printed'),
    note: text('note'),
    ...figureWorkflow(),
  },
  (t) => [uniqueIndex('project_figures_uq').on(t.projectId, t.name, t.asOf)],
);

// ── Village business 村庄经营 ──────────────────────────────────────────────────

export const villages = sqliteTable(
  'villages',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['administrative', 'natural'] }).notNull(),
    townshipUnitId: integer('township_unit_id')
      .notNull()
      .references(() => units.id),
    parentVillageId: integer('parent_village_id'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('villages_township_idx').on(t.townshipUnitId)],
);

/** The village "管家": the operating company. */
export const operators = sqliteTable('operators', {
  id: id(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  villageId: integer('village_id')
    .notNull()
    .references(() => villages.id),
  foundedOn: text('founded_on'),
  partners: text('partners'),
  description: text('description'),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(true),
});

export const ventureKinds = ['tea', 'homestay', 'hostel', 'catering', 'herbs', 'other'] as const;

/** 业态 run by an operator. */
export const ventures = sqliteTable('ventures', {
  id: id(),
  operatorId: integer('operator_id')
    .notNull()
    .references(() => operators.id),
  kind: text('kind', { enum: ventureKinds }).notNull(),
  name: text('name').notNull(),
  description: text('description'),
});

export const metricGranularities = ['year', 'month'] as const;

/**
 * What a metric is in the village charts: our price vs the market's (paired by compareGroup),
 * the share of output bought, households benefited, income before and after, the revenue and
 * the owner's share of it, investment.
 */
export const villageMetricRoles = [
  'price_ours',
  'price_market',
  'output_share',
  'households',
  'income_before',
  'income_after',
  'revenue',
  'owner_share',
  'owner_income',
  'investment',
] as const;

/** Catalogue of village metrics with units, managed by administrators. */
export const villageMetrics = sqliteTable('village_metrics', {
  id: id(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  ventureKind: text('venture_kind', { enum: ventureKinds }),
  /** What the figure measures and how it is counted. */
  description: text('description'),
  /** Reported per year (`YYYY`) or per month (`YYYY-MM`). */
  granularity: text('granularity', { enum: metricGranularities }).notNull().default('year'),
  role: text('role', { enum: villageMetricRoles }),
  /** Prices compared in one chart group share this label (茶青, 干茶). */
  compareGroup: text('compare_group'),
  sortOrder: integer('sort_order').notNull().default(0),
  /** No longer offered for entry; its figures stay. */
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
});

export const villageMetricValues = sqliteTable(
  'village_metric_values',
  {
    id: id(),
    ventureId: integer('venture_id')
      .notNull()
      .references(() => ventures.id, { onDelete: 'cascade' }),
    metricId: integer('metric_id')
      .notNull()
      .references(() => villageMetrics.id),
    /** `YYYY` or `YYYY-MM` */
    period: text('period').notNull(),
    /** How the source states the time of the figure ("今年", "去年", "以前", "截至目前"). */
    periodLabel: text('period_label'),
    value: real('value').notNull(),
    /** Approximation word printed with the figure ("近3亩" → 近); null when the figure is exact. */
    qualifier: text('qualifier', { enum: figureQualifiers }),
    /** The figure as the source prints it ("近3亩", "1.5万余元", "360元至400元一公斤"). */
    printed: text('printed'),
    /** Context: the comparison basis, who the figure is of, what it covers. */
    note: text('note'),
    ...figureWorkflow(),
  },
  (t) => [
    index('village_metric_values_venture_idx').on(t.ventureId),
    uniqueIndex('village_metric_values_uq').on(t.ventureId, t.metricId, t.period),
  ],
);

// ── Accounts, sessions and audit ──────────────────────────────────────────────

export const roles = ['admin', 'leader', 'reviewer', 'lead', 'viewer'] as const;

export const users = sqliteTable('users', {
  id: id(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: roles }).notNull().default('viewer'),
  unitId: integer('unit_id').references(() => units.id),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: text('locked_until'),
  passwordChangedAt: text('password_changed_at'),
  createdAt: createdAt(),
});

/** A township scope is a unit of kind township; a village scope an administrative village (with its natural villages). */
export const scopeTypes = ['competition', 'taskForce', 'indicator', 'village', 'township'] as const;

export const userScopes = sqliteTable(
  'user_scopes',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scopeType: text('scope_type', { enum: scopeTypes }).notNull(),
    scopeId: integer('scope_id').notNull(),
  },
  (t) => [uniqueIndex('user_scopes_uq').on(t.userId, t.scopeType, t.scopeId)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the session token, hex; the token itself is never stored. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Append-only (triggers forbid UPDATE and DELETE). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    at: nowText('at'),
    userId: integer('user_id'),
    username: text('username'),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    detail: text('detail'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), index('audit_log_at_idx').on(t.at)],
);

/** Key/value facts about this installation (e.g. the demo marker, the seed version). */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// ── Row types ─────────────────────────────────────────────────────────────────

export type Region = typeof regions.$inferSelect;
export type Unit = typeof units.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
export type Competition = typeof competitions.$inferSelect;
export type TaskForce = typeof taskForces.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type IndicatorKind = Indicator['kind'];
export type Direction = Indicator['direction'];
export type PhasedTarget = typeof phasedTargets.$inferSelect;
export type IndicatorStep = typeof indicatorSteps.$inferSelect;
export type Period = typeof periods.$inferSelect;
export type ProgressEntry = typeof progressEntries.$inferSelect;
export type EntryStatus = ProgressEntry['status'];
export type CountyValue = typeof countyValues.$inferSelect;
export type WorkItem = typeof workItems.$inferSelect;
export type WorkItemMilestone = typeof workItemMilestones.$inferSelect;
export type WorkItemStatus = WorkItem['status'];
export type WorkItemExtension = typeof workItemExtensions.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type ProjectMilestone = typeof projectMilestones.$inferSelect;
export type ProjectFigure = typeof projectFigures.$inferSelect;
export type Village = typeof villages.$inferSelect;
export type Operator = typeof operators.$inferSelect;
export type Venture = typeof ventures.$inferSelect;
export type VillageMetric = typeof villageMetrics.$inferSelect;
export type VillageMetricRole = (typeof villageMetricRoles)[number];
export type VillageMetricValue = typeof villageMetricValues.$inferSelect;
export type User = typeof users.$inferSelect;
export type Role = User['role'];
export type UserScope = typeof userScopes.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;

// ── Meetings 会议汇报 ──────────────────────────────────────────────────────────

/** A saved meeting: its slides are built from live data of `period` every time they are shown. */
export const meetings = sqliteTable(
  'meetings',
  {
    id: id(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    title: text('title').notNull(),
    /** Calendar date of the meeting, `YYYY-MM-DD`. */
    meetingDate: text('meeting_date').notNull(),
    period: text('period').notNull(),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
    updatedBy: integer('updated_by'),
    updatedAt: nowText('updated_at'),
  },
  (t) => [index('meetings_campaign_idx').on(t.campaignId)],
);

/** Kinds of slide; a new kind adds one builder, one live slide and one PPTX renderer. */
export const slideKinds = [
  'cover',
  'overview',
  'competition',
  'honour',
  'weak',
  'closing',
  'villages',
  'village',
  'project',
  'work_items',
] as const;

/** The ordered slides of a meeting (`position` 1, 2, 3 …). */
export const meetingSlides = sqliteTable(
  'meeting_slides',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: slideKinds }).notNull(),
    /** The competition shown, for kind 'competition'; null otherwise. */
    competitionId: integer('competition_id').references(() => competitions.id),
    /** The administrative village told, for kind 'village'; null otherwise. */
    villageId: integer('village_id').references(() => villages.id),
    /** The project shown, for kind 'project'; null otherwise. */
    projectId: integer('project_id').references(() => projects.id),
    /** Optional title replacing the kind's default. */
    title: text('title'),
    /** Presenter notes (PPTX notes pane). */
    notes: text('notes').notNull().default(''),
  },
  (t) => [uniqueIndex('meeting_slides_position_uq').on(t.meetingId, t.position)],
);

/**
 * A competition's report at a meeting (竞赛汇报): the texts its presenter prepared (下步打算 and
 * 存在问题 per task force, 需协调事项), JSON `ReportTexts` (lib/deck/report/texts.ts). Figures are
 * not stored here: they stay live until the meeting is frozen.
 */
export const meetingReports = sqliteTable(
  'meeting_reports',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    competitionId: integer('competition_id')
      .notNull()
      .references(() => competitions.id),
    texts: text('texts', { mode: 'json' }).notNull(),
    updatedBy: integer('updated_by'),
    updatedAt: nowText('updated_at'),
  },
  (t) => [uniqueIndex('meeting_reports_uq').on(t.meetingId, t.competitionId)],
);

/**
 * 会议定稿: exactly what a meeting showed, frozen — its deck and every competition report deck as
 * JSON (lib/deck/types Deck). Once a row exists the meeting is read-only and is presented and
 * exported from it, whatever is corrected later.
 */
export const meetingRecords = sqliteTable('meeting_records', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  record: text('record', { mode: 'json' }).notNull(),
  frozenBy: integer('frozen_by'),
  frozenAt: nowText('frozen_at'),
});

export type Meeting = typeof meetings.$inferSelect;
export type MeetingSlide = typeof meetingSlides.$inferSelect;
export type SlideKind = MeetingSlide['kind'];
export type MeetingReport = typeof meetingReports.$inferSelect;
export type MeetingRecord = typeof meetingRecords.$inferSelect;

// ── Target changes and published rankings ────────────────────────────────────

/** Which target of an indicator a 目标调整 changed. */
export const targetFields = ['annualTarget', 'targetRank', 'phasedTarget'] as const;

/**
 * 目标调整: an administrator's mid-year change of an indicator's annual target, target rank or
 * the phased target of one month (`period`, only then), with the reason. Append-only history; the
 * indicator row (phased_targets for a month) holds the target in force. `old_value` null: no
 * target before; `new_value` null (phased targets only): the month's target cleared.
 */
export const targetChanges = sqliteTable(
  'target_changes',
  {
    id: id(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    field: text('field', { enum: targetFields }).notNull(),
    /** The month (`YYYY-MM`) of a phased-target change; null for the annual target and rank. */
    period: text('period'),
    oldValue: real('old_value'),
    newValue: real('new_value'),
    reason: text('reason').notNull(),
    changedBy: integer('changed_by'),
    changedAt: nowText('changed_at'),
  },
  (t) => [
    index('target_changes_indicator_idx').on(t.indicatorId),
    check('target_changes_period_ck', sql`(field = 'phasedTarget') = (period is not null)`),
    check('target_changes_new_value_ck', sql`new_value is not null or field = 'phasedTarget'`),
  ],
);

/**
 * The ranking of record of a locked period: what locking published (scores and ranks of task
 * forces, competitions and units; per indicator its figures and the target in force; the settings),
 * JSON `PublishedRecord` (lib/metrics/published.ts). Re-locking after an unlock publishes version
 * n + 1; the latest version is the one of record, earlier ones stay.
 */
export const publishedRankings = sqliteTable(
  'published_rankings',
  {
    id: id(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    period: text('period').notNull(),
    version: integer('version').notNull(),
    record: text('record', { mode: 'json' }).notNull(),
    publishedBy: integer('published_by'),
    publishedAt: nowText('published_at'),
  },
  (t) => [uniqueIndex('published_rankings_uq').on(t.campaignId, t.period, t.version)],
);

export type TargetChange = typeof targetChanges.$inferSelect;
export type TargetField = TargetChange['field'];
/** The targets held on the indicator row (a phased target is a row of phased_targets). */
export type IndicatorTargetField = Exclude<TargetField, 'phasedTarget'>;
export type PublishedRanking = typeof publishedRankings.$inferSelect;
