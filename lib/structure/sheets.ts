/**
 * The structure workbook's sheets and their Chinese headers, the words of its lists, and every
 * message of its export, upload and preview, in one place for review. Dependency-free: the
 * client preview imports it too.
 */

export const STRUCTURE_SHEETS = {
  competitions: {
    sheet: '竞赛',
    columns: { name: '竞赛名称', shortName: '简称', description: '说明', leadPerson: '牵头领导', leadUnit: '牵头部门' },
  },
  taskForces: {
    sheet: '专班',
    columns: { name: '专班名称', competition: '所属竞赛', goal: '目标', leadPerson: '牵头领导', leadUnit: '牵头单位', members: '成员单位' },
  },
  indicators: {
    sheet: '指标',
    columns: {
      taskForce: '所属专班',
      name: '指标名称',
      kind: '类型',
      direction: '方向',
      unit: '计量单位',
      annualTarget: '年度目标',
      targetRank: '目标排名',
      weight: '权重',
      responsibleUnit: '责任单位',
      lagMonths: '滞后月数',
      combinedJanFeb: '1—2月合并',
      hasCountyComparison: '县区比较',
    },
  },
  phasedTargets: {
    sheet: '阶段目标',
    columns: { taskForce: '所属专班', indicator: '指标名称', period: '统计期', target: '阶段目标' },
  },
  steps: {
    sheet: '节点',
    columns: { taskForce: '所属专班', indicator: '指标名称', title: '节点名称', plannedDate: '计划完成日期' },
  },
  units: {
    sheet: '单位',
    columns: { name: '单位名称', shortName: '简称', kind: '类型', regionCode: '区划代码' },
  },
  people: {
    sheet: '人员',
    columns: { name: '姓名', title: '职务', unit: '所在单位' },
  },
} as const;

export type SheetKey = keyof typeof STRUCTURE_SHEETS;
export const SHEET_KEYS = Object.keys(STRUCTURE_SHEETS) as SheetKey[];
export type ColumnKey<K extends SheetKey> = keyof (typeof STRUCTURE_SHEETS)[K]['columns'];

export const ABOUT_SHEET = '说明';

export const KIND_WORDS = { cumulative: '累计型', level: '时点型', milestone: '节点型', rank: '排名型' } as const;
/** Other words a district may use for a kind. */
export const KIND_ALIASES: Record<string, keyof typeof KIND_WORDS> = { 比率型: 'level', '时点/比率型': 'level', 时点比率型: 'level' };
export const DIRECTION_WORDS = { higher: '越高越好', lower: '越低越好' } as const;
export const UNIT_KIND_WORDS = { department: '部门', township: '乡镇（街道）' } as const;
export const UNIT_KIND_ALIASES: Record<string, keyof typeof UNIT_KIND_WORDS> = {
  乡镇: 'township',
  街道: 'township',
  '乡镇(街道)': 'township',
};
export const YES = '是';
export const NO = '否';
/** Separator of the member units in one cell (、 ， , ; ；). */
export const MEMBER_SEPARATOR = /[、，,;；\n]+/;

/** Lines of the 说明 sheet. */
export const ABOUT_LINES = [
  '本工作簿描述一个竞赛活动的结构：竞赛、专班、指标、阶段目标、节点、单位和人员。',
  '每个工作表第 1 行是表头，请不要修改表头和工作表名称；从第 2 行起每行一条记录，空行会被跳过。',
  '各表之间按名称引用：专班写所属竞赛的名称，指标写所属专班和责任单位的名称，阶段目标和节点写专班与指标的名称。',
  '引用的单位和人员须在“单位”“人员”表中，或已在系统中；竞赛和专班须在本工作簿中，或已在导入的活动中。',
  `类型：${Object.values(KIND_WORDS).join('、')}；方向：${Object.values(DIRECTION_WORDS).join('、')}（越低越好的累计型指标，年度目标为控制线）。`,
  '累计型、时点型指标填年度目标；排名型指标填目标排名（如全市前3填 3）；节点型指标在“节点”表列出各节点及计划完成日期。',
  '权重默认为 1；滞后月数为数据晚到的月数（错月指标），默认 0；“1—2月合并”“县区比较”填“是”或“否”。',
  '统计期写成“2020-06”或“2020年6月”；日期写成“2020-10-04”或“2020年10月4日”。',
  '成员单位可写多个，用顿号“、”分隔。乡镇（街道）的区划代码为 9 位统计用区划代码，如 330802005；部门不填。',
  '导入前系统会逐行检查并显示预览：有任何一行出错都不会写入；导入到已有活动时按名称更新，并先列出新增、修改和不变的条目。',
];

export const STRUCTURE_TEXT = {
  templateName: '结构模板',
  exportName: (campaign: string, year: number) => `${year}年${campaign}_结构`,
  listError: '请从下拉列表中选择',
  listErrorTitle: '输入有误',
  fileLabel: '结构工作簿（.xlsx）',
  chooseFile: '选择文件',
  noFileChosen: '未选择文件',
  chosenFile: (name: string) => `已选择：${name}`,
} as const;

export const STRUCTURE_FILE_MESSAGES = {
  noSheets: `文件中找不到任何结构工作表（${Object.values(STRUCTURE_SHEETS)
    .map((s) => s.sheet)
    .join('、')}）。请使用本系统下载的结构模板，不要修改工作表名称。`,
  badHeader: (sheet: string, header: string) => `“${sheet}”表缺少表头“${header}”。请使用本系统下载的结构模板，不要修改第 1 行。`,
  tooManyRows: (sheet: string, max: number) => `“${sheet}”表超过 ${max} 行，不是本系统的结构模板。请检查后重新上传。`,
  noRows: '文件中没有任何结构记录。请在下载的结构模板中填写后再上传。',
} as const;

export const IMPORT_TEXT = {
  hasErrors: (n: number) => `有 ${n} 行存在错误，未导入任何内容。请按预览中的提示修改文件后重新上传。`,
  nothingToImport: '文件中的内容与系统中完全一致，没有需要导入的内容。',
  fileChanged: '确认导入的文件与预览的文件不同，请重新上传预览后再确认。',
  imported: (add: number, change: number) => `导入完成：新增 ${add} 项，修改 ${change} 项。`,
  campaignExists: (name: string, year: number) => `${year}年已有名为“${name}”的活动。请换一个名称，或选择导入到该活动以按名称更新。`,
  noCampaign: '要导入的活动不存在，请刷新页面后重新选择。',
  pastLeftOut: (n: number) =>
    `另有 ${n} 个往年活动未列出：往年活动只能查看，不能导入。如需在新年度沿用往年的结构，请在往年活动页面使用“复制到新年度”。`,
} as const;

export const STATUS_WORDS = { add: '新增', change: '修改', same: '不变', error: '错误' } as const;
export type RowStatus = keyof typeof STATUS_WORDS;
