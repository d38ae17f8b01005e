/**
 * Facts printed on the source page (柯城发布, 10 October 2020), entered exactly as printed.
 * `note` keeps the page's own wording where a figure is approximate ("3万多元", "85%以上").
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../connection';
import {
  operators,
  projectFigures,
  projectMilestones,
  projects,
  units,
  villageMetricValues,
  villageMetrics,
  villages,
  ventures,
  workItemMilestones,
  workItems,
} from '../schema';

export const VILLAGE_METRICS = [
  { key: 'tea_leaf_price', name: '茶青收购价', unit: '元/公斤', ventureKind: 'tea' },
  { key: 'tea_leaf_market_price', name: '茶青市场收购价', unit: '元/公斤', ventureKind: 'tea' },
  { key: 'dry_tea_price_low', name: '干茶售价（低）', unit: '元/公斤', ventureKind: 'tea' },
  { key: 'dry_tea_price_high', name: '干茶售价（高）', unit: '元/公斤', ventureKind: 'tea' },
  { key: 'leaf_purchase_share', name: '收购茶青占全村产量比重', unit: '%', ventureKind: 'tea' },
  { key: 'households_benefited', name: '带动增收茶农', unit: '户', ventureKind: 'tea' },
  { key: 'grower_net_profit', name: '茶农张坤泉卖茶纯利润', unit: '万元', ventureKind: 'tea' },
  { key: 'operator_investment', name: '运营方投入', unit: '万元', ventureKind: 'tea' },
  { key: 'houses_renovated', name: '完成改造农房', unit: '幢', ventureKind: 'homestay' },
  { key: 'villager_worker_share', name: '从业者中本村村民比重', unit: '%', ventureKind: 'homestay' },
  { key: 'homestay_revenue', name: '张三泉植入式民宿两间客房流水', unit: '万元', ventureKind: 'homestay' },
  { key: 'owner_share_rate', name: '房东收益分成比例', unit: '%', ventureKind: 'homestay' },
  { key: 'owner_income', name: '房东分成收入', unit: '元', ventureKind: 'homestay' },
  { key: 'herb_trial_area', name: '林下中药材试种面积', unit: '亩', ventureKind: 'herbs' },
] as const;

type MetricKey = (typeof VILLAGE_METRICS)[number]['key'];

const VALUES: { venture: string; key: MetricKey; period: string; value: number; note?: string }[] = [
  { venture: 'tea', key: 'tea_leaf_price', period: '2020', value: 60, note: '一芽一叶茶青，“优宿”统一收购价' },
  { venture: 'tea', key: 'tea_leaf_market_price', period: '2019', value: 36, note: '去年茶青市场收购价' },
  { venture: 'tea', key: 'dry_tea_price_low', period: '2020', value: 360, note: '干茶卖到360元至400元一公斤' },
  { venture: 'tea', key: 'dry_tea_price_high', period: '2020', value: 400, note: '干茶卖到360元至400元一公斤' },
  { venture: 'tea', key: 'dry_tea_price_low', period: '2019', value: 200, note: '以前每公斤卖200多元' },
  { venture: 'tea', key: 'leaf_purchase_share', period: '2020', value: 70, note: '4月中旬采茶以来' },
  { venture: 'tea', key: 'households_benefited', period: '2020', value: 50, note: '50多户茶农' },
  { venture: 'tea', key: 'grower_net_profit', period: '2020', value: 3, note: '3万多元' },
  { venture: 'tea', key: 'grower_net_profit', period: '2019', value: 1.5, note: '1.5万余元' },
  { venture: 'tea', key: 'operator_investment', period: '2019', value: 20, note: '投入20余万元：“张小西”形象、改造村级制茶厂、添置机器' },
  { venture: 'homestay', key: 'houses_renovated', period: '2020', value: 29, note: '全村已完成29幢农房改造' },
  { venture: 'homestay', key: 'villager_worker_share', period: '2020', value: 85, note: '85%以上的从业者为张西村村民' },
  { venture: 'homestay', key: 'homestay_revenue', period: '2020', value: 1.3, note: '去年国庆开放迎客，截至目前流水1.3万余元' },
  { venture: 'homestay', key: 'owner_share_rate', period: '2020', value: 60 },
  { venture: 'homestay', key: 'owner_income', period: '2020', value: 8000, note: '将近8000元' },
  { venture: 'herbs', key: 'herb_trial_area', period: '2020', value: 4, note: '与杭州胡庆余堂合作，在竹林试种灵芝和黄精、白芨、三叶青等' },
];

function unitId(db: Db, name: string): number {
  const row = db.select({ id: units.id }).from(units).where(eq(units.name, name)).get();
  if (!row) throw new Error(`unit not found: ${name}`);
  return row.id;
}

/** Inserts the village, operator, project and work item of the source page. */
export function seedSourceFacts(db: Db): void {
  const shiliang = unitId(db, '石梁镇');
  const shuangxi = db
    .insert(villages)
    .values({ name: '双溪村', kind: 'administrative', townshipUnitId: shiliang, isDemo: false })
    .returning({ id: villages.id })
    .get();
  const zhangxi = db
    .insert(villages)
    .values({ name: '张西自然村', kind: 'natural', townshipUnitId: shiliang, parentVillageId: shuangxi.id, isDemo: false })
    .returning({ id: villages.id })
    .get();
  const op = db
    .insert(operators)
    .values({
      name: '柯城区优宿物业管理有限公司',
      shortName: '优宿',
      villageId: zhangxi.id,
      foundedOn: '2019-03',
      partners: '双溪村村集体；杭州和途信息科技有限公司（第三方技术和智力支持）；柯城和余杭两地山海协作工程推动',
      description: '村庄“管家”：整合村庄资源，统一运营。',
      isDemo: false,
    })
    .returning({ id: operators.id })
    .get();
  const ventureIds: Record<string, number> = {};
  const ventureRows = [
    { kind: 'tea', name: '张西村高山茶（“张小西”品牌）', description: '加工、包装、销售“一条龙”，高山茶产销一体化运作' },
    { kind: 'homestay', name: '植入式民宿及青年旅社、酒吧、餐厅', description: '村民泥土房改造为新业态，收入按比例分成' },
    { kind: 'herbs', name: '林下中药材试种', description: '胡庆余堂提供种子种苗并统一收购' },
  ] as const;
  for (const v of ventureRows) {
    ventureIds[v.kind] = db
      .insert(ventures)
      .values({ operatorId: op.id, ...v })
      .returning({ id: ventures.id })
      .get().id;
  }
  const metricIds: Record<string, number> = {};
  for (const m of VILLAGE_METRICS) {
    metricIds[m.key] = db.insert(villageMetrics).values(m).returning({ id: villageMetrics.id }).get().id;
  }
  for (const v of VALUES) {
    db.insert(villageMetricValues)
      .values({ ventureId: ventureIds[v.venture]!, metricId: metricIds[v.key]!, period: v.period, value: v.value, note: v.note })
      .run();
  }

  const project = db
    .insert(projects)
    .values({
      name: '实达实衢州智能制造服务平台',
      ownerEnterprise: '实达实集团有限公司',
      landMu: 36.4,
      plannedInvestment: 15000,
      phase: '一期',
      description: '产业全供应链服务、工业产品集中展示、企业AI智能体验服务、中小企业加速升级孵化等配套功能',
      isDemo: false,
    })
    .returning({ id: projects.id })
    .get();
  db.insert(projectMilestones)
    .values([
      { projectId: project.id, title: '主楼结顶', actualDate: '2020-08-31', dateLabel: '2020年8月', sortOrder: 1 },
      {
        projectId: project.id,
        title: '一期、二期主体结构投入使用',
        plannedDate: '2021-05-31',
        dateLabel: '2021年5月（预计）',
        sortOrder: 2,
      },
    ])
    .run();
  db.insert(projectFigures)
    .values([
      { projectId: project.id, name: '招商完成率', value: 80, unit: '%', asOf: '2020-10-10' },
      {
        projectId: project.id,
        name: '达成入驻意向企业',
        value: 200,
        unit: '家',
        asOf: '2020-10-10',
        note: '200余家，含正泰电器、上易空调、建大建机、伟创智造',
      },
      { projectId: project.id, name: '平台入驻生产性服务公司', value: 60, unit: '家', asOf: '2020-10-10', note: '约60家' },
      { projectId: project.id, name: '平台产品种类', value: 20, unit: '万种', asOf: '2020-10-10', note: '20余万种' },
      { projectId: project.id, name: '平台业务员', value: 300, unit: '名', asOf: '2020-10-10', note: '近300名' },
      { projectId: project.id, name: '2019年线下销售额', value: 2.35, unit: '亿元', asOf: '2019-12-31' },
      { projectId: project.id, name: '2019年线上销售额', value: 5, unit: '亿元', asOf: '2019-12-31', note: '超5亿元' },
      { projectId: project.id, name: '公司建筑面积', value: 2, unit: '万平方米', asOf: '2020-10-10' },
    ])
    .run();

  const item = db
    .insert(workItems)
    .values({
      title: '姜家山乡政府机关大院“拆墙透绿”',
      target: '拆除大院大门和东西两侧围墙，乡政府与姜家山村连通，院内篮球场、近50个车位向村民开放',
      ownerUnitId: unitId(db, '姜家山乡'),
      ownerPerson: '余均（乡人大主席）',
      deadline: '2020-12-31',
      status: 'in_progress',
      description: '衢州有礼“八个一”实践。大院占地近7000平方米，绿化面积2000余平方米。完成期限为演示数据。',
      isDemo: false,
    })
    .returning({ id: workItems.id })
    .get();
  db.insert(workItemMilestones)
    .values([
      { workItemId: item.id, title: '召开会议商讨“拆墙透绿”实施方案', actualDate: '2020-09-01', dateLabel: '9月初', sortOrder: 1 },
      { workItemId: item.id, title: '挖掘机进场施工', actualDate: '2020-10-01', sortOrder: 2 },
      { workItemId: item.id, title: '大门、院墙拆除，乡政府与姜家山村连通', actualDate: '2020-10-04', sortOrder: 3 },
      { workItemId: item.id, title: '新建便民服务中心', sortOrder: 4 },
      { workItemId: item.id, title: '入口处设置双向识别系统', sortOrder: 5 },
      { workItemId: item.id, title: '设置生态停车场，增加非机动车道，种植灌木', sortOrder: 6 },
    ])
    .run();
}
