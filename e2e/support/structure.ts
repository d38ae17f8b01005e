/**
 * The structure workbook of the first-run spec, written here with exceljs from its own literal
 * headers (not the app's), and a campaign's structure read back by SQL, names for ids, so two
 * databases can be compared field by field.
 */
import ExcelJS from 'exceljs';
import { queryAt } from './query';

type Rows = (string | number | null)[][];

export const FIRST_RUN_SHEETS: Record<string, { headers: string[]; rows: Rows }> = {
  竞赛: {
    headers: ['竞赛名称', '简称', '说明', '牵头领导', '牵头部门'],
    rows: [
      ['经济发展竞赛', '经济', '稳增长、抓招商', '张明', '区发改局'],
      ['平安建设竞赛', '平安', null, '李华', '区应急管理局'],
    ],
  },
  专班: {
    headers: ['专班名称', '所属竞赛', '目标', '牵头领导', '牵头单位', '成员单位'],
    rows: [
      ['招商引资专班', '经济发展竞赛', '全年签约项目投资额1.2亿元', '张明', '区商务局', '区发改局、新新街道'],
      ['项目攻坚专班', '经济发展竞赛', '重点项目按期开工结顶', '张明', '区发改局', null],
      ['安全生产专班', '平安建设竞赛', '事故起数控制在10起以内', '李华', '区应急管理局', '新新街道'],
    ],
  },
  指标: {
    headers: [
      '所属专班',
      '指标名称',
      '类型',
      '方向',
      '计量单位',
      '年度目标',
      '目标排名',
      '权重',
      '责任单位',
      '滞后月数',
      '1—2月合并',
      '县区比较',
    ],
    rows: [
      ['招商引资专班', '签约项目投资额', '累计型', '越高越好', '万元', 12000, null, 1, '区商务局', 0, '否', '否'],
      ['招商引资专班', '实际利用外资增速', '时点型', '越高越好', '%', 8, null, 1, '区商务局', 0, '否', '否'],
      ['项目攻坚专班', '重点项目节点', '节点型', '越高越好', '个', null, null, 1, '区发改局', 0, '否', '否'],
      ['项目攻坚专班', '投资增速全市排名', '排名型', '越高越好', '名', null, 3, 1, '区发改局', 0, '否', '否'],
      ['安全生产专班', '生产安全事故起数', '累计型', '越低越好', '起', 10, null, 1, '区应急管理局', 0, '否', '否'],
      ['安全生产专班', '隐患整改完成数', '累计型', '越高越好', '个', 200, null, 2, '新新街道', 0, '否', '否'],
    ],
  },
  阶段目标: { headers: ['所属专班', '指标名称', '统计期', '阶段目标'], rows: [['招商引资专班', '签约项目投资额', '2026年6月', 6000]] },
  节点: {
    headers: ['所属专班', '指标名称', '节点名称', '计划完成日期'],
    rows: [
      ['项目攻坚专班', '重点项目节点', '项目开工', '2026-05-31'],
      ['项目攻坚专班', '重点项目节点', '主体结顶', '2026年10月31日'],
    ],
  },
  单位: {
    headers: ['单位名称', '简称', '类型', '区划代码'],
    rows: [
      ['新新街道', null, '乡镇（街道）', '330802005'],
      ['区发改局', '发改', '部门', null],
      ['区商务局', '商务', '部门', null],
      ['区应急管理局', '应急', '部门', null],
    ],
  },
  人员: {
    headers: ['姓名', '职务', '所在单位'],
    rows: [
      ['张明', '副区长', null],
      ['李华', '区委常委', null],
    ],
  },
};

/** An .xlsx with the given sheets (first row headers), as a district would fill it. */
export async function buildWorkbook(sheets: Record<string, { headers: string[]; rows: Rows }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, s] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow(s.headers);
    for (const r of s.rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Edits cells of a workbook file: `[sheet, row, column, value]`. */
export async function editWorkbook(file: Buffer, edits: [string, number, number, string | number | null][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  for (const [sheet, row, col, value] of edits) wb.getWorksheet(sheet)!.getRow(row).getCell(col).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A campaign's competitions, task forces, indicators, phased targets and steps, by name, in order. */
export function structureByName(file: string, campaignId: number) {
  const q = <T>(sql: string) => queryAt<T>(file, sql, campaignId);
  return {
    competitions: q(`select c.name, c.short_name, c.description, p.name as lead, u.name as unit from competitions c
      left join people p on p.id = c.lead_person_id left join units u on u.id = c.lead_unit_id
      where c.campaign_id = ? order by c.sort_order, c.id`),
    taskForces: q(`select t.name, c.name as competition, t.goal, p.name as lead, u.name as unit,
      (select group_concat(name, '、') from (select mu.name from task_force_members m join units mu on mu.id = m.unit_id
        where m.task_force_id = t.id order by mu.name)) as members
      from task_forces t join competitions c on c.id = t.competition_id
      left join people p on p.id = t.lead_person_id left join units u on u.id = t.lead_unit_id
      where c.campaign_id = ? order by c.sort_order, t.sort_order, t.id`),
    indicators: q(`select t.name as task_force, i.name, i.kind, i.direction, i.unit, i.annual_target, i.target_rank, i.weight,
      u.name as responsible, i.lag_months, i.combined_jan_feb, i.has_county_comparison
      from indicators i join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
      left join units u on u.id = i.responsible_unit_id where c.campaign_id = ? order by c.sort_order, t.sort_order, i.sort_order, i.id`),
    phasedTargets: q(`select t.name as task_force, i.name as indicator, pt.period, pt.target from phased_targets pt
      join indicators i on i.id = pt.indicator_id join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
      where c.campaign_id = ? order by t.name, i.name, pt.period`),
    steps: q(`select t.name as task_force, i.name as indicator, s.title, s.planned_date from indicator_steps s
      join indicators i on i.id = s.indicator_id join task_forces t on t.id = i.task_force_id join competitions c on c.id = t.competition_id
      where c.campaign_id = ? order by t.name, i.name, s.sort_order, s.id`),
  };
}
