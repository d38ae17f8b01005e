/**
 * Every word of the single-item structure pages (competitions, task forces, indicators, steps,
 * phased targets, units and people): labels, notices and refusals, in one place for review.
 * Dependency-free: client forms import it too.
 */

export type ItemKind = 'competition' | 'taskForce' | 'indicator' | 'unit' | 'person';

export const ITEM_WORDS: Record<ItemKind, string> = {
  competition: '竞赛',
  taskForce: '专班',
  indicator: '指标',
  unit: '单位',
  person: '人员',
};

const WRITE_WORDS = { report: '填报', review: '审核', county: '录入县（市、区）数据' } as const;

export const ARCHIVE_TEXT = {
  usage: {
    entries: (n: number) => `${n}条报送记录`,
    targetChanges: (n: number) => `${n}条目标调整记录`,
    countyValues: (n: number) => `${n}条县区比较数据`,
    phasedTargets: (n: number) => `${n}个阶段目标`,
    steps: (n: number) => `${n}个节点`,
    scopes: (n: number) => `${n}个账号授权范围`,
    taskForces: (n: number) => `${n}个专班`,
    indicators: (n: number) => `${n}个指标`,
    members: (n: number) => `${n}个专班的成员单位名单`,
    leads: (n: number) => `${n}个竞赛或专班的牵头设置`,
    responsible: (n: number) => `${n}个指标的责任单位`,
    people: (n: number) => `${n}名人员`,
    users: (n: number) => `${n}个账号`,
    workItems: (n: number) => `${n}项督办事项`,
    projects: (n: number) => `${n}个项目`,
    villages: (n: number) => `${n}个村`,
    meetings: (n: number) => `${n}次会议材料`,
  },
  refused: (parts: string[], kind: ItemKind) => `已有${parts.join('、')}引用此${ITEM_WORDS[kind]}，不能删除；可以归档。`,
  deleted: (kind: ItemKind, name: string) => `已删除${ITEM_WORDS[kind]}“${name}”。`,
  archived: (kind: ItemKind, name: string, from: string) =>
    `已归档${ITEM_WORDS[kind]}“${name}”：自${monthWords(from)}起不再出现在填报、下拉选项和当期排名中，此前各期的页面和数据保持不变。`,
  restored: (kind: ItemKind, name: string) => `已恢复${ITEM_WORDS[kind]}“${name}”。`,
  alreadyArchived: (kind: ItemKind) => `此${ITEM_WORDS[kind]}已归档。如需使用，请先恢复。`,
  notArchived: (kind: ItemKind) => `此${ITEM_WORDS[kind]}未归档，无需恢复。`,
  parentArchived: (kind: ItemKind) => `所属的${ITEM_WORDS[kind]}已归档，请先恢复它。`,
  archivedBadge: (from: string) => `已归档（自${monthWords(from)}起）`,
  offer: '归档后不再出现在填报、下拉选项和当期排名中，此前各期不受影响。',
  writeRefused: (level: 'competition' | 'taskForce' | 'indicator', write: 'report' | 'review' | 'county') =>
    `${level === 'indicator' ? '该指标' : `该指标所属的${ITEM_WORDS[level]}`}已归档，不能再${WRITE_WORDS[write]}。如需恢复，请联系管理员。`,
} as const;

export const ITEM_TEXT = {
  notFound: (kind: ItemKind) => `要修改的${ITEM_WORDS[kind]}不存在或不属于此活动，请刷新页面后重试。`,
  duplicate: (kind: ItemKind, name: string, archived: boolean) =>
    archived
      ? `已有名为“${name}”的${ITEM_WORDS[kind]}（已归档）。请换一个名称，或恢复已归档的那一个。`
      : `已有名为“${name}”的${ITEM_WORDS[kind]}。请换一个名称。`,
  created: (kind: ItemKind, name: string) => `已添加${ITEM_WORDS[kind]}“${name}”。`,
  saved: (kind: ItemKind, name: string) => `已保存${ITEM_WORDS[kind]}“${name}”。`,
  moved: (kind: ItemKind, name: string) => `已调整${ITEM_WORDS[kind]}“${name}”的顺序。`,
  cannotMove: '已在最前或最后，无法再移动。',
  targetLocked: '此指标已有报送记录，年度目标和目标排名不能在这里修改；目标调整请走“目标调整”（须填写理由并留痕）。',
  targetLink: '去调整目标',
  kindLocked: '此指标已有报送记录，类型不能修改。',
  gridSaved: (changed: number) => `已保存阶段目标：修改 ${changed} 处。`,
  gridReported: '已有报送，修改须填调整原因',
  gridReasonLabel: '调整原因（修改已有报送指标的阶段目标时必填）',
  gridReasonHint: '标注“已有报送”的指标，修改阶段目标属于目标调整：原因记入该指标的“目标调整”记录，排名自下次查看起按新目标计算。',
  gridReasonRequired: (n: number) =>
    `本次修改了 ${n} 处已有报送记录的指标的阶段目标，请在“调整原因”中填写调整原因后重新提交（已填的阶段目标已保留）。`,
  gridBadCell: (indicator: string, month: string, message: string) => `${indicator}·${month}：${message}`,
  stepSaved: (title: string) => `已保存节点“${title}”。`,
  stepDeleted: (title: string) => `已删除节点“${title}”。`,
  stepDone: '此节点已完成，不能删除。',
  notMilestone: '只有节点型指标设节点。',
} as const;

/** '2020-09' → '2020年9月'. */
export function monthWords(period: string): string {
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}
