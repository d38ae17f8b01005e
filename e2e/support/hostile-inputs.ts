/**
 * What the hostile-input suite sends. Every action of the build is called; where an action needs a
 * valid-looking body for its validation to be reached, BODIES (keyed by the action's exported name)
 * gives one, built from the hostile database's objects; an action not in the table (added later)
 * is still called with every wrong-typed body and an empty object with hostile extra fields.
 */
import type { HostileWorld } from './hostile-app';
import { XSS } from './hostile-app';

export type Who = 'admin' | 'self' | 'anon';

/** What a body may depend on at the moment it is sent: the entry's current version, a fresh number. */
export interface Live {
  version: (indicatorId: number, period: string) => number;
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

/**
 * Actions of the village, project, 督办, campaign-administration and meeting-report modules that
 * are sent the raw bodies and the generic hostile variants above but have no valid-looking body
 * yet (so the variants built from a valid body do not reach their deeper fields). Every other
 * action must have one; this list may only shrink.
 */
export const AWAITING_BODY = new Set([
  'freezeMeetingAction',
  'saveReportAction',
  'updateInvestmentAction',
  'updateProjectMilestoneAction',
  'saveProjectFigureAction',
  'reviewProjectFigureAction',
  'saveVillageFigureAction',
  'reviewVillageFigureAction',
  'createWorkItemAction',
  'closeWorkItemAction',
  'updateMilestoneAction',
  'setWorkItemStatusAction',
  'requestExtensionAction',
  'decideExtensionAction',
  'commitVillageImportAction',
  'previewVillageImportAction',
  'updateCampaignAction',
  'commitStructureAction',
  'createCampaignAction',
  'previewStructureAction',
  'copyCampaignAction',
  'saveVillageMetricAction',
]);
