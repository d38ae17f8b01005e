/** The main navigation, in the order officials know it. */
export const NAV_ITEMS = [
  { href: '/', label: '总览' },
  { href: '/competitions', label: '竞赛' },
  { href: '/task-forces', label: '专班' },
  { href: '/rankings', label: '排名' },
  { href: '/report', label: '填报' },
  { href: '/villages', label: '村庄经营' },
  { href: '/projects', label: '重点项目' },
  { href: '/meetings', label: '汇报' },
  { href: '/admin', label: '管理' },
] as const;
