import { roleHas, type AuthUser, type Permission } from '@/lib/auth/permissions';

type Role = AuthUser['role'];

export interface NavItem {
  href: string;
  label: string;
}

/** The main navigation, in the order officials know it; some entries only for roles that use them. */
export const NAV_ITEMS: (NavItem & { permission?: Permission })[] = [
  { href: '/', label: '总览' },
  { href: '/competitions', label: '竞赛' },
  { href: '/task-forces', label: '专班' },
  { href: '/rankings', label: '排名' },
  { href: '/report', label: '填报', permission: 'progress:edit' },
  { href: '/review', label: '审核', permission: 'progress:review' },
  { href: '/villages', label: '村庄经营' },
  { href: '/projects', label: '重点项目' },
  { href: '/work-items', label: '督办' },
  { href: '/meetings', label: '汇报' },
  { href: '/admin', label: '管理', permission: 'user:manage' },
];

/** The entries a role sees (showing a menu entry only; every page and action checks again). */
export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((i) => !i.permission || roleHas(role, i.permission)).map(({ href, label }) => ({ href, label }));
}
