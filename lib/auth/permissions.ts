/**
 * Who may do what, as data. `can(user, action, scope)` is the one question every action, route and
 * scoped query asks; the caller resolves the object's full scope (indicator → task force →
 * competition) from the database first.
 */
import type { Role } from '@/db/schema';

export const PERMISSIONS = [
  'dashboard:read',
  'progress:edit',
  'progress:review',
  'county:edit',
  'period:manage',
  'period:edit-locked',
  'user:manage',
  'audit:read',
  'meeting:manage',
  /** Prepare a competition's report deck for a meeting (its texts): scoped to the competition. */
  'report:prepare',
  /** 会议定稿: freeze a meeting as shown. */
  'meeting:freeze',
  'campaign:manage',
  /** Village figures 村庄经营: enter (scoped by village or township) and review. */
  'village:edit',
  'village:review',
  /** The village metric catalogue. */
  'village:catalogue',
  /** Investment projects 重点项目: figures, milestones, completed investment (scoped by the linked task force). */
  'project:edit',
  'project:review',
  /** 督办 work items: create, milestones, status, 延期申请 (scoped by task force or owner township). */
  'workitem:edit',
  /** 销号 after verification, and deciding 延期申请. */
  'workitem:verify',
  'backup:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** 'all': anywhere; 'scoped': only inside the user's assigned competitions / task forces / indicators. */
type Grant = 'all' | 'scoped';

export const ROLE_PERMISSIONS: Record<Role, Partial<Record<Permission, Grant>>> = {
  admin: Object.fromEntries(PERMISSIONS.map((p) => [p, 'all'])) as Record<Permission, Grant>,
  leader: { 'dashboard:read': 'all', 'meeting:manage': 'all', 'report:prepare': 'all', 'meeting:freeze': 'all' },
  reviewer: {
    'dashboard:read': 'all',
    'progress:review': 'scoped',
    'meeting:manage': 'all',
    'report:prepare': 'scoped',
    'village:review': 'scoped',
    'project:review': 'scoped',
    'workitem:verify': 'scoped',
  },
  lead: {
    'dashboard:read': 'all',
    'progress:edit': 'scoped',
    'county:edit': 'scoped',
    'village:edit': 'scoped',
    'project:edit': 'scoped',
    'workitem:edit': 'scoped',
  },
  viewer: { 'dashboard:read': 'all' },
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  leader: '区领导',
  reviewer: '审核员',
  lead: '专班填报员',
  viewer: '查看',
};

export interface UserScopes {
  competitionIds: number[];
  taskForceIds: number[];
  indicatorIds: number[];
  /** Administrative villages (each covers its natural villages). */
  villageIds?: number[];
  /** Township units (each covers its villages and the work items it owns). */
  townshipIds?: number[];
}

export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  scopes: UserScopes;
}

/** The object a permission is asked about; give every level you know (indicator, its task force, its competition). */
export interface Scope {
  competitionId?: number | null;
  taskForceId?: number | null;
  indicatorId?: number | null;
  /** The administrative village (for a natural village: its parent). */
  villageId?: number | null;
  /** The township unit of a village, or the township that owns a work item. */
  townshipId?: number | null;
}

/**
 * True when `user` may perform `action` on the object described by `scope`.
 * - A scoped grant needs a scope that matches one of the user's assignments:
 *   competition assignment covers its task forces and indicators; task-force assignment covers its
 *   indicators; indicator assignment covers only that indicator; township assignment covers its
 *   villages (and the work items it owns); village assignment covers only that village.
 * - A scoped grant asked without any scope is refused (nothing to match).
 */
export function can(user: Pick<AuthUser, 'role' | 'scopes'> | null | undefined, action: Permission, scope?: Scope): boolean {
  if (!user) return false;
  const grant = ROLE_PERMISSIONS[user.role]?.[action];
  if (!grant) return false;
  if (grant === 'all') return true;
  if (!scope) return false;
  const { competitionIds, taskForceIds, indicatorIds, villageIds = [], townshipIds = [] } = user.scopes;
  return (
    (scope.competitionId != null && competitionIds.includes(scope.competitionId)) ||
    (scope.taskForceId != null && taskForceIds.includes(scope.taskForceId)) ||
    (scope.indicatorId != null && indicatorIds.includes(scope.indicatorId)) ||
    (scope.villageId != null && villageIds.includes(scope.villageId)) ||
    (scope.townshipId != null && townshipIds.includes(scope.townshipId))
  );
}

/** Whether the role has the permission anywhere (for showing a menu entry; never for protection). */
export function roleHas(role: Role, action: Permission): boolean {
  return Boolean(ROLE_PERMISSIONS[role]?.[action]);
}
