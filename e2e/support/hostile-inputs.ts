/**
 * What the hostile-input suite sends. Every action of the build is called; where an action needs a
 * valid-looking body for its validation to be reached, BODIES (keyed by the action's exported name)
 * gives one, built from the hostile database's objects, with the fields its form sends. Every
 * action must have one (the sweep fails on an action without): each of its fields is then sent
 * missing and replaced by every hostile value.
 */
import type { HostileWorld } from './hostile-app';
import { XSS } from './hostile-app';
import { DEMO_SETTINGS_FORM, PREVIEWED_SETTINGS_FORM } from './campaign-settings';

export type Who = 'admin' | 'self' | 'anon';

/** What a body may depend on at the moment it is sent: the entry's current version, a fresh number. */
export interface Live {
  version: (indicatorId: number, period: string) => number;
  workItemVersion: (workItemId: number) => number;
  n: number;
}

/** A valid-looking body per action name (strings, as a form sends them), valid at the moment it is sent. */
export const BODIES: Record<string, (w: HostileWorld['ids'], live: Live) => Record<string, unknown>> = {
  loginAction: () => ({ username: 'hostile-self', password: 'Wrong@Password1' }),
  changePasswordAction: () => ({
    currentPassword: 'Wrong@Password1',
    newPassword: 'Hostile@2021-new',
    confirmPassword: 'Hostile@2021-new',
  }),
  saveEntryAction: (w, live) => ({
    indicatorId: String(w.indicator),
    period: '2020-10',
    value: String(10 + live.n),
    workProgress: '进展',
    problems: '问题',
    nextSteps: '打算',
    version: String(live.version(w.indicator, '2020-10')),
    intent: 'save',
  }),
  saveCountyAction: (w) => ({ indicatorId: String(w.countyIndicator), period: '2020-09', county_330803: '12.5' }),
  setStepAction: (w) => ({ stepId: String(w.step), period: '2020-09', doneDate: '2020-09-15' }),
  reviewEntryAction: () => ({ entryId: '1', version: '1', decision: 'return', reason: '请补充' }),
  bulkApproveAction: () => ({ entries: ['1:1'] }),
  previewImportAction: () => ({ period: '2020-10', file: 'not a file' }),
  commitImportAction: () => ({ period: '2020-10', file: 'not a file', digest: 'a'.repeat(64), versions: '{}' }),
  createMeetingAction: (w) => ({
    title: '会议',
    meetingDate: '2020-10-09',
    period: '2020-09',
    slides: JSON.stringify([{ kind: 'cover' }, { kind: 'competition', competitionId: w.competition, title: '', notes: '' }]),
  }),
  updateMeetingAction: (w, live) => ({ meetingId: '1', ...BODIES.createMeetingAction!(w, live) }),
  deleteMeetingAction: () => ({ meetingId: '999999' }),
  openPeriodAction: () => ({ period: '2020-12', deadline: '2021-01-05T17:00' }),
  togglePeriodLockAction: () => ({ periodId: '999999' }),
  changeTargetAction: (w, live) => ({ indicatorId: String(w.indicator), target: String(100 + live.n), reason: '依据文件调整' }),
  createUserAction: (_w, live) => ({ username: `hostile-new-${live.n}`, displayName: '新账号', role: 'viewer' }),
  setDisabledAction: (w) => ({ userId: String(w.target) }),
  resetPasswordAction: (w) => ({ userId: String(w.target) }),
  changeRoleAction: (w) => ({ userId: String(w.target), role: 'viewer' }),
  setScopesAction: (w) => ({ userId: String(w.target), competitionIds: [], taskForceIds: [String(w.taskForce)], indicatorIds: [] }),
  revokeSessionAction: (w) => ({ sessionId: w.targetSession }),
  updateSessionSettingsAction: () => ({ idleMinutes: '30', absoluteHours: '12' }),
  createBackupAction: () => ({}),
  saveCompetitionAction: (_w, live) => ({
    campaignId: '1',
    competitionId: '',
    name: `竞赛${live.n}`,
    shortName: '',
    leadPerson: '',
    leadUnit: '',
  }),
  saveTaskForceAction: (_w, live) => ({
    campaignId: '1',
    taskForceId: '',
    name: `专班${live.n}`,
    competition: '',
    goal: '目标',
    members: [],
  }),
  saveIndicatorAction: (_w, live) => ({
    campaignId: '1',
    indicatorId: '',
    taskForce: '',
    name: `指标${live.n}`,
    kind: 'cumulative',
    direction: 'higher',
    unit: '万元',
    annualTarget: '100',
    weight: '1',
    lagMonths: '0',
  }),
  saveStepAction: (w) => ({
    campaignId: '1',
    indicatorId: String(w.indicator),
    stepId: '',
    title: '节点',
    plannedDate: '2020-10-04',
    intent: 'save',
  }),
  saveTargetGridAction: (w) => ({ campaignId: '1', taskForceId: String(w.taskForce), [`t_${w.indicator}_06`]: '600' }),
  moveItemAction: (w) => ({ campaignId: '1', kind: 'competition', id: String(w.competition), direction: 'up' }),
  itemStateAction: (w) => ({ campaignId: '1', kind: 'indicator', id: String(w.indicator), intent: 'delete' }),
  saveUnitAction: (_w, live) => ({ unitId: '', name: `单位${live.n}`, shortName: '', kind: 'department', regionCode: '' }),
  savePersonAction: (_w, live) => ({ personId: '', name: `人员${live.n}`, title: '副区长', unit: '' }),
  saveReportAction: (w) => ({
    meetingId: '1',
    competitionId: String(w.competition),
    coordination: '请协调用地指标',
    [`next_${w.taskForce}`]: '下步打算',
    [`problems_${w.taskForce}`]: '存在问题',
  }),
  freezeMeetingAction: () => ({ meetingId: '999999' }),
  saveProjectFigureAction: (w, live) => ({
    projectId: String(w.project),
    name: '招商完成率',
    unit: '%',
    asOf: '2020-10-20',
    value: String(50 + live.n),
    qualifier: '',
    note: '说明',
    version: '0',
    intent: 'save',
  }),
  reviewProjectFigureAction: (w) => ({ figureId: String(w.projectFigure), version: '1', decision: 'return', reason: '请补充' }),
  updateProjectMilestoneAction: (w) => ({ milestoneId: String(w.projectMilestone), actualDate: '2020-10-15', evidence: '验收单' }),
  updateInvestmentAction: (w, live) => ({ projectId: String(w.project), amount: String(1000 + live.n), asOf: '2020-10-20' }),
  saveVillageFigureAction: (w, live) => ({
    ventureId: String(w.venture),
    metricId: String(w.villageMetric),
    period: '2021',
    value: String(60 + live.n),
    qualifier: '',
    note: '说明',
    version: '0',
    intent: 'save',
  }),
  reviewVillageFigureAction: (w) => ({ figureId: String(w.villageFigure), version: '1', decision: 'return', reason: '请补充' }),
  previewVillageImportAction: (w) => ({ villageId: String(w.village), period: '2020', file: 'not a file' }),
  commitVillageImportAction: (w) => ({
    villageId: String(w.village),
    period: '2020',
    file: 'not a file',
    digest: 'a'.repeat(64),
    versions: '{}',
  }),
  saveVillageMetricAction: (_w, live) => ({
    metricId: '',
    name: `指标${live.n}`,
    unit: '万元',
    ventureKind: '',
    granularity: 'year',
    role: '',
    compareGroup: '',
    description: '说明',
    sortOrder: '0',
    archived: '',
  }),
  createWorkItemAction: (w, live) => ({
    taskForceId: String(w.taskForce),
    title: `督办事项${live.n}`,
    target: '十一月底前完成',
    ownerUnitId: '1',
    ownerPerson: '张三',
    deadline: '2020-11-30',
    milestoneTitle: ['完成方案'],
    milestonePlanned: ['2020-11-15'],
  }),
  updateMilestoneAction: (w) => ({ milestoneId: String(w.workItemMilestone), actualDate: '2020-10-15', evidence: '会议纪要' }),
  setWorkItemStatusAction: (w, live) => ({
    workItemId: String(w.workItem),
    version: String(live.workItemVersion(w.workItem)),
    status: 'in_progress',
    doneDate: '',
  }),
  closeWorkItemAction: () => ({ workItemId: '999999', version: '1', note: '已核实' }),
  requestExtensionAction: (w) => ({ workItemId: String(w.workItem), newDeadline: '2020-12-31', reason: '受天气影响' }),
  decideExtensionAction: () => ({ extensionId: '1', decision: 'refuse', note: '理由不充分' }),
  updateCampaignAction: (w) => ({
    campaignId: String(w.campaign),
    name: '六抓六比·八大竞赛',
    ...DEMO_SETTINGS_FORM,
  }),
  previewSettingsAction: (w) => ({
    campaignId: String(w.campaign),
    name: '六抓六比·八大竞赛',
    ...PREVIEWED_SETTINGS_FORM,
    previewPeriod: '2020-09',
  }),
  // The campaign's own year: every field is checked, then the copy is refused (a copy per accepted
  // variant would grow the database the sweep fingerprints after every write).
  copyCampaignAction: (w) => ({ campaignId: String(w.campaign), name: '六抓六比·八大竞赛', year: '2020', targets: 'carry' }),
  createCampaignAction: (_w, live) => ({ name: `新活动${live.n}`, year: '2099', regionName: '柯城区', regionCode: '330802' }),
  previewStructureAction: () => ({ mode: 'new', name: '新活动', year: '2099', regionName: '柯城区', regionCode: '330802', file: 'x' }),
  commitStructureAction: (w) => ({ mode: 'existing', campaignId: String(w.campaign), file: 'not a file', digest: 'a'.repeat(64) }),
};

/** Who calls an action: the administrator (every permission, so validation is reached) unless said. */
export const CALLER: Record<string, Who> = { loginAction: 'anon', changePasswordAction: 'self' };

/** Not swept: logging out ends the caller's own session (e2e/auth.spec.ts covers it). */
export const SKIPPED = new Set(['logoutAction']);

const MB = 'x'.repeat(1024 * 1024);

/** Values sent in place of one field (the hostile numbers and texts of the issue). */
export const HOSTILE_VALUES: Record<string, unknown> = {
  NaN: 'NaN',
  '1e309': '1e309',
  '-1e309': '-1e309',
  '-0': '-0',
  全角: '１２３',
  一百: '一百',
  千分位: '1,234',
  十六进制: '0x1F',
  空: '',
  空白: '   ',
  NUL: 'a\u0000b',
  RTL: '\u202Etxt.exe',
  孤立代理: '\uD800x',
  XSS,
  $引用: '$K1',
  null: null,
  true: true,
  数字: 12,
  负数: -1,
  小数: 1.5,
  数组: [],
  字符串数组: ['a', 'b'],
  对象: {},
  ['__proto__']: JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
};

/** Sent once per action, in its first field: a 1 MB string. */
export const MEGABYTE = MB;

/** Fields added to a valid body: prototype keys and fields no schema knows. */
export const EXTRA_FIELDS = JSON.parse(
  '{"__proto__":{"role":"admin","polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"isAdmin":true,"id":"1","extra":"多余"}',
) as Record<string, unknown>;

/** Bodies that are not React's encoding at all. */
export const RAW_BODIES = ['not json', '', '{', '[null,{"a":"\\ud800"}]', '[null,' + '['.repeat(2000) + ']'.repeat(2000) + ']'];

/** Whole argument lists that are not (prevState, input) at all. */
export const WRONG_ARGS: unknown[][] = [
  [],
  [null],
  [null, null],
  [null, 'x'],
  [null, 12],
  [null, []],
  [null, {}, {}],
  ['$K1'],
  [null, '$Q1'],
  [null, { a: '$@1' }],
];
