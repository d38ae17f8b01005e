/**
 * Every word of the 村庄经营 Excel round-trip (template, upload, preview, import), in one place.
 * Pure and dependency-free: the client panel imports it too. File-level refusals are the monthly
 * report's (FILE_MESSAGES): the same upload guard runs.
 */
export const VILLAGE_SHEET = '经营数据';
export const VILLAGE_ABOUT_SHEET = '说明';

export const VILLAGE_HEADERS = {
  ventureId: '业态编号',
  metricId: '指标编号',
  venture: '业态',
  metric: '指标',
  unit: '单位',
  value: '数值',
  qualifier: '约数用词',
  note: '说明',
} as const;
export type VillageColumn = keyof typeof VILLAGE_HEADERS;

export const VILLAGE_ROW_MESSAGES = {
  badIds: '缺少或改动了业态编号、指标编号：请不要修改隐藏的编号列，也不要自行插入行；请使用本系统下载的模板。',
  unknown: '找不到该业态或指标（可能已被删除，或不属于该村）：请重新下载模板填写。',
  duplicate: (row: number) => `与第 ${row} 行是同一业态的同一指标，请删除重复的一行。`,
  qualifier: (q: string, allowed: string) => `约数用词“${q.slice(0, 10)}”无效，请留空或填写：${allowed}。`,
  source: '该数据为报道原文记录，不能通过导入修改。',
  submitted: '该数据已提交、正在审核，不能通过导入修改；如需更正，请联系审核员退回。',
  approved: '该数据已审核通过，不能通过导入修改；如需更正，请联系系统管理员。',
  needValue: '填写了约数用词或说明，但没有填写数值：新数据请同时填写数值。',
} as const;

export const VILLAGE_IMPORT_MESSAGES = {
  noSheet: `文件中没有“${VILLAGE_SHEET}”工作表：请使用本系统下载的村庄经营填报模板。`,
  badHeader: '表头与模板不一致：请不要删除、改名或调整列的顺序，使用本系统下载的模板。',
  noHeadline: '模板第一行的村、期间信息缺失：请使用本系统下载的模板，不要修改第一行。',
  wrongVillage: (fileVillage: string, village: string) => `这是“${fileVillage}”的模板，当前页面是“${village}”：请在对应的村庄页面导入。`,
  wrongPeriod: (filePeriod: string, period: string) =>
    `这是 ${filePeriod} 的模板，当前导入的是 ${period}：请下载 ${period} 的模板重新填写，或选择对应的期间。`,
  noRows: '文件中没有数据行。',
  tooManyRows: '数据行过多（超过 2000 行），请使用本系统下载的模板。',
  hasErrors: (n: number) => `有 ${n} 行存在错误，本次未导入任何数据。请按预览中的提示修改文件后重新上传。`,
  nothingToImport: '文件中没有需要导入的修改（所有行与系统中的内容相同或为空）。',
  fileChanged: '上传的文件与预览时不是同一个文件，未导入任何数据。请重新“上传并预览”，核对后再确认导入。',
  stale: (list: string) => `自您预览以来，以下数据已被修改：${list}。本次未导入任何数据；请重新“上传并预览”。`,
  imported: (n: number) => `已导入 ${n} 条，均保存为草稿，请在“审核流程中的数据”中逐条提交审核。`,
} as const;

export const VILLAGE_PANEL_TEXT = {
  title: 'Excel 批量填报',
  intro: '选择期间后下载模板，在黄色单元格中填写数值、约数用词和说明，再上传预览；核对无误后确认导入，所有行一次性保存为草稿。',
  periodLabel: '期间（年份如 2020，或年月如 2020-10）',
  download: '下载模板',
  fileLabel: '选择填好的模板（.xlsx，不超过 2 MB）',
  upload: '上传并预览',
  commit: '确认导入',
  working: '正在处理…',
  cancel: '取消',
  caption: '导入预览（尚未写入任何数据）',
  cols: ['Excel 行号', '业态', '指标', '数值（当前 → 导入后）', '状态'],
} as const;

export const VILLAGE_ROW_STATUS = { update: '将更新', unchanged: '无变化', error: '错误' } as const;
export type VillageRowStatus = keyof typeof VILLAGE_ROW_STATUS;

export function villageInstructions(village: string, period: string): string[] {
  return [
    `一、本模板用于“${village}”的村庄经营数据，期间为 ${period}。只能在该村页面、按该期间导入。`,
    `二、请只在“${VILLAGE_SHEET}”表的黄色单元格中填写“数值”“约数用词”“说明”；不要修改隐藏的编号列，不要增删行或调整列的顺序。`,
    '三、数值写法：可用全角数字和千分位逗号；单位为“%”的指标可写“85%”或 85。约数用词可留空，或填写 近、将近、余、多、以上、超、约 之一（如“50多户”填 50 和 多）。',
    '四、留空表示不修改；不要使用公式。报道原文记录、已提交待审核或已审核通过的数据不能通过导入修改。',
    '五、上传后先显示预览，每一行标明“将更新 / 无变化 / 错误”。只要有一行错误，就不会导入任何数据；确认导入后均保存为草稿，仍需在村庄页面提交审核。',
  ];
}
