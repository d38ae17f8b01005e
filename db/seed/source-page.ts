/**
 * The figures printed on the source page (柯城发布, October 2020), as printed: the number, its unit,
 * the approximation word beside it (近, 将近, 余, 多, 以上, 超, 约) and the page's own words for the
 * figure and its time. Where the page names a month but no day ("8月", "9月初"), the date is
 * stored to the month (`YYYY-MM`); no day is made up.
 */
import type { figureQualifiers, VillageMetricRole, ventureKinds } from '../schema';

type Qualifier = (typeof figureQualifiers)[number];

export interface VillageMetricDef {
  key: string;
  name: string;
  unit: string;
  ventureKind: (typeof ventureKinds)[number];
  /** What the metric is in the village charts (see villageMetricRoles); absent: shown in the table only. */
  role?: VillageMetricRole;
  /** Prices compared in one chart group share this label. */
  compareGroup?: string;
}

/** 张西自然村's catalogue: one metric per measure the page reports (收入 and 纯利润 are two). */
export const VILLAGE_METRICS = [
  { key: 'tea_leaf_price', name: '茶青收购价', unit: '元/公斤', ventureKind: 'tea', role: 'price_ours', compareGroup: '茶青' },
  { key: 'tea_leaf_market_price', name: '茶青市场收购价', unit: '元/公斤', ventureKind: 'tea', role: 'price_market', compareGroup: '茶青' },
  { key: 'dry_tea_price', name: '张三泉干茶售价', unit: '元/公斤', ventureKind: 'tea', role: 'price_market', compareGroup: '干茶' },
  {
    key: 'dry_tea_price_low',
    name: '张三泉干茶售价（区间下限）',
    unit: '元/公斤',
    ventureKind: 'tea',
    role: 'price_ours',
    compareGroup: '干茶',
  },
  {
    key: 'dry_tea_price_high',
    name: '张三泉干茶售价（区间上限）',
    unit: '元/公斤',
    ventureKind: 'tea',
    role: 'price_ours',
    compareGroup: '干茶',
  },
  { key: 'grower_tea_area', name: '张三泉茶园面积', unit: '亩', ventureKind: 'tea' },
  { key: 'grower_dry_tea_output', name: '张三泉年炒制干茶', unit: '公斤', ventureKind: 'tea' },
  { key: 'leaf_purchase_share', name: '收购茶青占全村产量比重', unit: '%', ventureKind: 'tea', role: 'output_share' },
  { key: 'households_benefited', name: '带动增收茶农', unit: '户', ventureKind: 'tea', role: 'households' },
  { key: 'grower_net_profit', name: '茶农张坤泉卖茶纯利润', unit: '万元', ventureKind: 'tea', role: 'income_after' },
  { key: 'grower_income', name: '茶农张坤泉卖茶收入', unit: '万元', ventureKind: 'tea', role: 'income_before' },
  { key: 'operator_investment', name: '运营方投入', unit: '万元', ventureKind: 'tea', role: 'investment' },
  { key: 'houses_renovated', name: '完成改造农房', unit: '幢', ventureKind: 'homestay' },
  { key: 'villager_worker_share', name: '从业者中本村村民比重', unit: '%', ventureKind: 'homestay' },
  { key: 'homestay_rooms', name: '张三泉植入式民宿客房', unit: '间', ventureKind: 'homestay' },
  { key: 'homestay_revenue', name: '张三泉植入式民宿两间客房流水', unit: '万元', ventureKind: 'homestay', role: 'revenue' },
  { key: 'owner_share_rate', name: '房东收益分成比例', unit: '%', ventureKind: 'homestay', role: 'owner_share' },
  { key: 'owner_income', name: '房东分成收入', unit: '元', ventureKind: 'homestay', role: 'owner_income' },
  { key: 'herb_trial_area', name: '林下中药材试种面积', unit: '亩', ventureKind: 'herbs' },
] as const satisfies readonly VillageMetricDef[];

export type VillageMetricKey = (typeof VILLAGE_METRICS)[number]['key'];

export interface VillageFact {
  venture: 'tea' | 'homestay' | 'herbs';
  key: VillageMetricKey;
  period: string;
  periodLabel: string | null;
  value: number;
  qualifier: Qualifier | null;
  printed: string;
  note?: string;
}

const fact = (
  venture: VillageFact['venture'],
  key: VillageMetricKey,
  period: string,
  periodLabel: string | null,
  value: number,
  qualifier: Qualifier | null,
  printed: string,
  note?: string,
): VillageFact => ({ venture, key, period, periodLabel, value, qualifier, printed, note });

/** 以前 (before the operator re-equipped the tea factory) is stored as 2019, the year before. */
export const VILLAGE_FACTS: VillageFact[] = [
  fact(
    'tea',
    'tea_leaf_price',
    '2020',
    '今年',
    60,
    null,
    '以60元一公斤的价格统一收购',
    '一芽一叶茶青，“优宿”统一收购；张三泉家今年的茶青也卖到60元一公斤',
  ),
  fact('tea', 'tea_leaf_market_price', '2019', '去年', 36, null, '每公斤只有36元', '去年茶青的市场收购价'),
  fact('tea', 'dry_tea_price_low', '2020', '今年', 360, null, '干茶卖到360元至400元一公斤'),
  fact('tea', 'dry_tea_price_high', '2020', '今年', 400, null, '干茶卖到360元至400元一公斤'),
  fact('tea', 'dry_tea_price', '2019', '以前', 200, '多', '每公斤卖200多元', '老机器做的茶，去除加工费、损耗、自用等，利润很薄'),
  fact('tea', 'grower_tea_area', '2020', null, 3, '近', '种了近3亩茶叶'),
  fact('tea', 'grower_dry_tea_output', '2019', '以前', 30, '多', '一年炒制30多公斤干茶', '老机器制茶'),
  fact('tea', 'leaf_purchase_share', '2020', '今年4月中旬采茶以来', 70, null, '占全村茶青产量的70%'),
  fact('tea', 'households_benefited', '2020', null, 50, '多', '带动了村里50多户茶农增收', '加工、包装、销售“一条龙”服务'),
  fact('tea', 'grower_net_profit', '2020', '今年', 3, '多', '纯利润有3万多元'),
  fact('tea', 'grower_income', '2019', '去年', 1.5, '余', '收入仅1.5万余元', '去年茶叶价格低，茶山上的茶叶都没有采完'),
  fact(
    'tea',
    'operator_investment',
    '2019',
    '去年',
    20,
    '余',
    '投入20余万元',
    '推出“张小西”卡通形象，改造村级制茶厂，添置烘干机、选茶机、揉茶机、提香机',
  ),
  fact('homestay', 'houses_renovated', '2020', '目前', 29, null, '完成29幢农房的改造', '泥土房改造为青年旅社、民宿、酒吧、餐厅等新业态'),
  fact('homestay', 'villager_worker_share', '2020', null, 85, '以上', '85%以上的从业者为张西村村民'),
  fact('homestay', 'homestay_rooms', '2020', null, 2, null, '两个闲置房间', '张三泉的老房子打造成“植入式民宿”'),
  fact('homestay', 'homestay_revenue', '2020', '去年国庆期间开放迎客，截至目前', 1.3, '余', '账目流水已达1.3万余元'),
  fact('homestay', 'owner_share_rate', '2020', null, 60, null, '获得60%的民宿收益分成'),
  fact('homestay', 'owner_income', '2020', null, 8000, '将近', '将近8000元'),
  fact(
    'herbs',
    'herb_trial_area',
    '2020',
    '今年',
    4,
    null,
    '今年4亩林地试种',
    '与杭州胡庆余堂合作，在竹林试种灵芝和黄精、白芨、三叶青等中药材；胡庆余堂提供种子种苗并统一收购',
  ),
];

export interface ProjectFact {
  name: string;
  value: number;
  unit: string;
  asOf: string;
  qualifier: Qualifier | null;
  printed: string;
  note?: string;
}

/** 实达实衢州智能制造服务平台 and its company, as of the article (10 October 2020). */
export const PROJECT_FACTS: ProjectFact[] = [
  { name: '招商完成率', value: 80, unit: '%', asOf: '2020-10-10', qualifier: null, printed: '完成80%招商任务' },
  {
    name: '达成入驻意向企业',
    value: 200,
    unit: '家',
    asOf: '2020-10-10',
    qualifier: '余',
    printed: '200余家企业已达成入驻意向',
    note: '含正泰电器、上易空调、建大建机、伟创智造',
  },
  { name: '平台入驻生产性服务公司', value: 60, unit: '家', asOf: '2020-10-10', qualifier: '约', printed: '入驻约60家生产性服务公司' },
  { name: '平台产品种类', value: 20, unit: '万种', asOf: '2020-10-10', qualifier: '余', printed: '产品种类高达20余万种' },
  { name: '平台业务员', value: 300, unit: '名', asOf: '2020-10-10', qualifier: '近', printed: '近300名业务员' },
  { name: '2019年线下销售额', value: 2.35, unit: '亿元', asOf: '2019', qualifier: null, printed: '线下销售额度达2.35亿元' },
  { name: '2019年线上销售额', value: 5, unit: '亿元', asOf: '2019', qualifier: '超', printed: '线上销售额度超5亿元' },
  { name: '公司建筑面积', value: 2, unit: '万平方米', asOf: '2020-10-10', qualifier: null, printed: '建筑面积2万平方米' },
];
