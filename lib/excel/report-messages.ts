/**
 * Every word a user sees in the Excel round-trip of monthly reporting (template, upload, preview,
 * import), in one place for review. Pure and dependency-free: the client panel imports it too.
 */

export const UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
export const UPLOAD_MAX_LABEL = '2 MB';

/** Refusals of a request body, before it is read (upload-limit.ts). */
export const BODY_MESSAGES = {
  tooLarge: `提交的内容超过服务器允许的大小，已拒绝。上传的 Excel 文件不能超过 ${UPLOAD_MAX_LABEL}：请删除多余的工作表、图片或空行后再上传（模板本身只有几十 KB）。`,
  noLength: '请求没有注明内容长度，已拒绝。请在网页中重新提交。',
  badLength: '请求的内容长度无效，已拒绝。请在网页中重新提交。',
} as const;

export const TEMPLATE_SHEET = '填报数据';
export const ABOUT_SHEET = '说明';

/** Data sheet columns, in order; the first is hidden and holds the indicator id. */
export const TEMPLATE_HEADERS = {
  id: '指标编号',
  taskForce: '专班',
  indicator: '指标',
  kind: '类型',
  unit: '单位',
  target: '年度目标',
  previous: '上期数值',
  value: '本期数值',
  workProgress: '工作进展',
  problems: '存在问题',
  nextSteps: '下步打算',
} as const;
export type TemplateColumn = keyof typeof TEMPLATE_HEADERS;

export const MILESTONE_NOTE = '节点型指标请在网页填报';
/** A row the round owes no figure of (错月, 1—2月 combined). */
export const NOT_OWED_NOTE = '本期无需报送';

export const FILE_MESSAGES = {
  empty: '文件是空的，请选择填写好的 .xlsx 模板后再上传。',
  tooLarge: `文件超过 ${UPLOAD_MAX_LABEL}，请删除多余的工作表、图片或空行后再上传（模板本身只有几十 KB）。`,
  noFile: '请先选择要上传的 .xlsx 文件。',
  xls: '请另存为 .xlsx 后上传',
  png: '这是一张 PNG 图片，不是 Excel 表格（可能只是把扩展名改成了 .xlsx）。请上传从本系统下载并填写的 .xlsx 模板。',
  jpeg: '这是一张 JPEG 图片，不是 Excel 表格。请上传从本系统下载并填写的 .xlsx 模板。',
  pdf: '这是一个 PDF 文件，不是 Excel 表格。请上传从本系统下载并填写的 .xlsx 模板。',
  notXlsx: '无法识别的文件：不是 .xlsx 格式的 Excel 表格。请上传从本系统下载并填写的 .xlsx 模板（Excel 2007 及以上版本）。',
  notWorkbook: '这个压缩文件不是 Excel 工作簿（缺少工作簿内容），请上传 .xlsx 文件；Word、WPS 文字等其他文件不能导入。',
  bomb: '文件解压后体积异常（超过 20 MB 或压缩比超过 100 倍），疑似“压缩炸弹”，已拒绝。请上传从本系统下载并填写的模板。',
  damaged: '文件已损坏或内容与其目录信息不符，无法安全读取，已拒绝。请在 Excel 中重新打开并另存为 .xlsx 后上传。',
  encrypted: '文件设置了密码或使用了不支持的压缩方式，无法读取。请取消密码后另存为 .xlsx 再上传。',
  unreadable: 'Excel 无法读取该文件的内容（文件可能已损坏），请在 Excel 中打开后另存为 .xlsx 再上传。',
  noSheet: `找不到“${TEMPLATE_SHEET}”工作表。请使用本系统下载的模板，不要修改工作表名称。`,
  badHeader: '表头被修改或列的顺序被调整，无法识别各列。请重新下载模板，只在黄色单元格中填写。',
  noPeriod: '文件中找不到统计期（“填报数据”表第 1 行 C 列）。请使用本系统下载的模板，不要修改第 1 行。',
  noRows: '文件中没有任何指标行。请在下载的模板中填写后再上传。',
  tooManyRows: '文件中的行数过多（超过 2000 行），不是本系统的填报模板。请重新下载模板填写。',
  sheetBounds: (detail: string) =>
    `文件中的表格超出填报模板的范围（${detail}），为保护系统已拒绝读取，未导入任何数据。请在本系统下载的模板中只填写黄色单元格，不要合并单元格，删除模板以外的行、列和格式后再上传。`,
  uploadFailed: `上传失败：文件可能超过服务器允许的大小（${UPLOAD_MAX_LABEL}）或网络中断，请稍后重试。`,
} as const;

const grid = (rows: number, cols: number) => `${rows.toLocaleString('en-US')} 行、${cols} 列`;

/** What exceeded the bounds of sheet-guard.ts, inside FILE_MESSAGES.sheetBounds. */
export const SHEET_BOUND_DETAILS = {
  mergeExtent: (ref: string, rows: number, cols: number) => `合并单元格 ${ref} 超出 ${grid(rows, cols)}`,
  merges: (max: number) => `合并单元格超过 ${max.toLocaleString('en-US')} 处`,
  mergedCells: (max: number) => `合并单元格共覆盖超过 ${max.toLocaleString('en-US')} 个单元格`,
  dimension: (ref: string, rows: number, cols: number) => `表格声明的使用范围 ${ref} 超出 ${grid(rows, cols)}`,
  rows: (max: number) => `行数超过 ${max.toLocaleString('en-US')} 行`,
  row: (row: number, max: number) => `第 ${row.toLocaleString('en-US')} 行超出 ${max.toLocaleString('en-US')} 行`,
  cell: (ref: string, rows: number, cols: number) => `单元格 ${ref.slice(0, 12)} 超出 ${grid(rows, cols)}`,
  cells: (max: number) => `单元格超过 ${max.toLocaleString('en-US')} 个`,
  columns: (max: number) => `列设置超出 Excel 的 ${max.toLocaleString('en-US')} 列`,
  sharedStrings: (max: number) => `文字内容超过 ${max.toLocaleString('en-US')} 条`,
  styles: (max: number) => `单元格格式超过 ${max.toLocaleString('en-US')} 种`,
  elements: (max: number) => `内容元素超过 ${max.toLocaleString('en-US')} 个`,
} as const;

export const ROW_MESSAGES = {
  formula: '请填写数值，不要使用公式',
  textFormula: '请直接填写文字，不要使用公式',
  missingId: '缺少指标编号：请不要删除或修改隐藏的“指标编号”列，也不要自行插入行；请使用本系统下载的模板。',
  notNumber: '不是数字，请只填写数字（可带小数点和负号）。',
  tooBig: '数值过大，请检查是否多输入了数字。',
  rank: '排名请填写正整数，例如 3 表示全市第3名。',
  milestone: '节点型指标不能通过 Excel 填报数值或文字，请在网页填报页面逐项标记节点完成情况。',
  notOwed: '该指标本期无需报送数据（错月指标或1—2月合并报送），请清空这一行。',
  textTooLong: (label: string) => `${label}最多 2000 字，请精简后再导入。`,
  badId: (raw: string) => `指标编号“${raw.slice(0, 20)}”无效：请不要修改隐藏的“指标编号”列，使用本系统下载的模板。`,
  unknownId: (id: number) => `找不到编号为 ${id} 的指标（可能已被删除或不属于本活动）。请重新下载本期模板填写。`,
  duplicate: (row: number) => `与第 ${row} 行是同一个指标，请删除重复的一行。`,
  outOfScope: (taskForce: string) => `该指标属于专班“${taskForce}”，不在您的填报范围内，不能导入。`,
  percentFormat: (unit: string) => `该指标单位是“${unit}”，不是百分比：请把单元格格式改为“常规”，直接填写数值。`,
  submitted: '该条目已提交、正在审核，不能通过导入修改；如需更正，请联系审核员退回。',
  approved: '该条目已审核通过，不能通过导入修改；如需更正，请联系系统管理员。',
} as const;

const hundred = (v: number) => Number((v * 100).toPrecision(12));

/** Shown in the preview beside a row; they do not stop the import, which writes what the preview says. */
export const ROW_WARNINGS = {
  mergedRows: (ref: string, first: number, last: number) =>
    `${ref} 是跨第 ${first}—${last} 行的合并单元格：其中的内容只计入第 ${first} 行，第 ${last === first + 1 ? last : `${first + 1}—${last}`} 行按未填写处理。`,
  mergedInto: (header: string, row: number) =>
    `“${header}”与第 ${row} 行的单元格合并在一起，本行按未填写处理（合并单元格的内容只属于左上角的单元格）。`,
  hiddenRow: '这一行在 Excel 中是隐藏的，其中的内容也会导入，请确认无误。',
  hiddenColumn: (header: string) => `“${header}”列在 Excel 中是隐藏的，其中的内容也会导入，请确认无误。`,
  fraction: (v: number, unit: string, reason: string) =>
    `${v} 像是按小数写的百分比：该指标单位是“${unit}”，${reason}。将按 ${v}${unit} 导入；如果您指的是 ${hundred(v)}${unit}，请改填 ${hundred(v)} 后重新上传。`,
  byFile: (example: number) => `本文件中其他百分比指标按 ${example} 这样的写法填写`,
  byTarget: (target: number, unit: string) => `其年度目标为 ${target}${unit}`,
  byCurrent: (current: number, unit: string) => `系统中的当前值为 ${current}${unit}`,
} as const;

export const IMPORT_MESSAGES = {
  wrongPeriod: (filePeriod: string, period: string) =>
    `这是 ${filePeriod} 的填报模板，当前导入的是 ${period}：不同月份的文件不能导入。请下载 ${period} 的模板重新填写，或切换到对应的统计期。`,
  periodMissing: (period: string) => `${period}尚未开放填报，不能导入。请联系系统管理员开放该统计期。`,
  periodLocked: (period: string) => `${period}已锁定，不能再导入或修改。如确需更正，请联系系统管理员。`,
  periodLockedAdmin: (period: string) =>
    `${period}已锁定并已发布排名，不能通过导入批量更正。请在填报页逐条修改，并为每项更正填写“修订原因”。`,
  notLead: '您的角色没有填报权限，不能导入。月度数据由专班填报员填报。',
  hasErrors: (n: number) => `有 ${n} 行存在错误，本次未导入任何数据。请按预览中的提示修改文件后重新上传。`,
  nothingToImport: '文件中没有需要导入的修改（所有行与系统中的内容相同或为空）。',
  fileChanged: '上传的文件与预览时不是同一个文件，未导入任何数据。请重新“上传并预览”，核对后再确认导入。',
  staleRows: (list: string) =>
    `自您预览以来，以下指标已被修改：${list}。为避免覆盖他人的修改，本次未导入任何数据；请重新“上传并预览”，核对后再确认导入。`,
  imported: (n: number) => `已导入 ${n} 条，均保存为草稿。请在下方核对后逐条“提交审核”。`,
} as const;

export const PANEL_TEXT = {
  title: 'Excel 批量填报',
  intro: '下载本期模板，在黄色单元格中填写本期数值和文字，再上传预览；核对无误后确认导入，所有行一次性保存为草稿。',
  download: '下载模板',
  exportEntries: '导出本期填报',
  fileLabel: `选择填好的模板（.xlsx，不超过 ${UPLOAD_MAX_LABEL}）`,
  chooseFile: '选择文件',
  noFileChosen: '未选择文件',
  chosenFile: (name: string) => `已选择：${name}`,
  upload: '上传并预览',
  uploading: '正在读取…',
  commit: '确认导入',
  committing: '正在导入…',
  cancel: '取消',
  previewCaption: '导入预览（尚未写入任何数据）',
  colRow: 'Excel 行号',
  colTaskForce: '专班',
  colIndicator: '指标',
  colValue: '本期数值（当前 → 导入后）',
  colChanges: '修改内容',
  colStatus: '状态',
  blockedByErrors: '请先修改标为“错误”的行，再重新上传预览；有错误时不会导入任何一行。',
  nothingToCommit: '没有需要导入的修改。',
  summary: (c: { update: number; unchanged: number; error: number; skip: number }) =>
    `共 ${c.update + c.unchanged + c.error + c.skip} 行：将更新 ${c.update} 行，无变化 ${c.unchanged} 行，错误 ${c.error} 行${c.skip ? `，不导入 ${c.skip} 行（节点型指标或本期无需报送）` : ''}。`,
  warned: (n: number) => `其中 ${n} 行有提示（见“状态”列），请核对后再确认导入。`,
  warningLabel: '提示',
} as const;

export const ROW_STATUS_LABELS = {
  update: '将更新',
  unchanged: '无变化',
  error: '错误',
  skip: '不导入',
} as const;
export type RowStatus = keyof typeof ROW_STATUS_LABELS;

export const ROUTE_MESSAGES = {
  unauthenticated: '请先登录',
  badPeriod: '统计期格式应为 2020-10（年-月）。',
  periodMissing: (period: string) => `${period}尚未开放，没有可下载的内容。`,
  badTaskForce: '专班编号无效。',
  nothingInScope: '没有您可以填报的指标：所选专班不在您的填报范围内，或您尚未被分配专班。如需权限，请联系系统管理员。',
} as const;

/** Lines of the 说明 sheet (the accepted formats are the rules of lib/validation/number.ts). */
export function templateInstructions(periodLabel: string, period: string): string[] {
  return [
    `一、本模板用于“赛马”月度填报，统计期为 ${periodLabel}（${period}）。只能在 ${periodLabel} 导入；其他月份的模板会被整份拒绝。`,
    `二、请只在“${TEMPLATE_SHEET}”表的黄色单元格中填写“本期数值”和“工作进展”“存在问题”“下步打算”。表头和其他列已锁定；不要修改隐藏的“指标编号”列，不要增删行或调整列的顺序。`,
    '三、数值写法：可用全角数字（如 １２３）；可用千分位逗号（如 1,234.5）；单位为“%”的指标可写“85%”或 85，都表示 85%，其他单位的指标不能带 % 号。累计型指标填 1—N月累计数；排名型指标填全市名次（正整数，如 3 表示第3名）。',
    '四、留空表示不修改：空白的单元格保持系统中的现有内容不变。如需清空已填写的内容，请在网页填报页面中修改。',
    '五、不要使用公式：含公式的单元格会被拒绝（“请填写数值，不要使用公式”）。如需计算，请在别处算好后“选择性粘贴—数值”。',
    `六、节点型指标（灰色行）不能通过 Excel 填报，请在网页填报页面逐项标记节点完成情况。“上期数值”为上月已审核通过的数值，仅供参考。`,
    `七、上传：只接受 .xlsx 文件（Excel 2007 及以上或 WPS 另存为 .xlsx），不超过 ${UPLOAD_MAX_LABEL}；.xls 文件请另存为 .xlsx 后上传。`,
    '八、上传后先显示预览，每一行标明“将更新 / 无变化 / 错误”及错误原因（行号与 Excel 左侧的行号一致）。只要有一行错误，就不会导入任何数据；全部无误后点击“确认导入”，所有修改一次性保存为草稿，仍需在填报页面提交审核。',
    '九、已提交待审核或已审核通过的条目不能通过导入修改。若在您预览之后有人修改了同一条目，导入会被拒绝，请重新上传预览后再确认。',
  ];
}
