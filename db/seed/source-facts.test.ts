import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connection';
import { seedDemo } from './index';
import { freshDb, queries } from './test-db';

let db: Db;
const { all, one } = queries(() => db);

beforeAll(() => {
  db = freshDb();
  seedDemo(db);
});
afterAll(() => db.$client.close());

/** [metric key, period, value, unit, qualifier, the page's words] — read off the page by hand. */
const VILLAGE: [string, string, number, string, string | null, string][] = [
  ['tea_leaf_price', '2020', 60, '元/公斤', null, '以60元一公斤的价格统一收购'],
  ['tea_leaf_market_price', '2019', 36, '元/公斤', null, '每公斤只有36元'],
  ['dry_tea_price_low', '2020', 360, '元/公斤', null, '干茶卖到360元至400元一公斤'],
  ['dry_tea_price_high', '2020', 400, '元/公斤', null, '干茶卖到360元至400元一公斤'],
  ['dry_tea_price', '2019', 200, '元/公斤', '多', '每公斤卖200多元'],
  ['grower_tea_area', '2020', 3, '亩', '近', '种了近3亩茶叶'],
  ['grower_dry_tea_output', '2019', 30, '公斤', '多', '一年炒制30多公斤干茶'],
  ['leaf_purchase_share', '2020', 70, '%', null, '占全村茶青产量的70%'],
  ['households_benefited', '2020', 50, '户', '多', '带动了村里50多户茶农增收'],
  ['grower_net_profit', '2020', 3, '万元', '多', '纯利润有3万多元'],
  ['grower_income', '2019', 1.5, '万元', '余', '收入仅1.5万余元'],
  ['operator_investment', '2019', 20, '万元', '余', '投入20余万元'],
  ['houses_renovated', '2020', 29, '幢', null, '完成29幢农房的改造'],
  ['villager_worker_share', '2020', 85, '%', '以上', '85%以上的从业者为张西村村民'],
  ['homestay_rooms', '2020', 2, '间', null, '两个闲置房间'],
  ['homestay_revenue', '2020', 1.3, '万元', '余', '账目流水已达1.3万余元'],
  ['owner_share_rate', '2020', 60, '%', null, '获得60%的民宿收益分成'],
  ['owner_income', '2020', 8000, '元', '将近', '将近8000元'],
  ['herb_trial_area', '2020', 4, '亩', null, '今年4亩林地试种'],
];

/** [figure, value, unit, qualifier, the page's words] of 实达实. */
const PROJECT: [string, number, string, string | null, string][] = [
  ['招商完成率', 80, '%', null, '完成80%招商任务'],
  ['达成入驻意向企业', 200, '家', '余', '200余家企业已达成入驻意向'],
  ['平台入驻生产性服务公司', 60, '家', '约', '入驻约60家生产性服务公司'],
  ['平台产品种类', 20, '万种', '余', '产品种类高达20余万种'],
  ['平台业务员', 300, '名', '近', '近300名业务员'],
  ['2019年线下销售额', 2.35, '亿元', null, '线下销售额度达2.35亿元'],
  ['2019年线上销售额', 5, '亿元', '超', '线上销售额度超5亿元'],
  ['公司建筑面积', 2, '万平方米', null, '建筑面积2万平方米'],
];

describe('demo seed — every figure of the source page, as printed', () => {
  it('张西自然村 (双溪村, 石梁镇) and its operator 优宿, founded 2019年3月', () => {
    const village = one(
      `select v.kind, p.name parent, u.name town from villages v join villages p on p.id = v.parent_village_id
         join units u on u.id = v.township_unit_id where v.name = '张西自然村'`,
    );
    expect(village).toEqual({ kind: 'natural', parent: '双溪村', town: '石梁镇' });
    const op = one(
      `select o.short_name s, o.founded_on f, o.partners p, v.name village from operators o join villages v on v.id = o.village_id where o.name = '柯城区优宿物业管理有限公司'`,
    );
    expect(op).toMatchObject({ s: '优宿', f: '2019-03', village: '张西自然村' });
    expect(String(op.p)).toContain('双溪村村集体');
    expect(String(op.p)).toContain('杭州和途信息科技有限公司');
  });

  it('each village figure: value, unit, qualifier and the page’s words, one row each', () => {
    const rows = all(
      `select m.key, x.period, x.value, m.unit, x.qualifier, x.printed, x.status from village_metric_values x
        join village_metrics m on m.id = x.metric_id join ventures v on v.id = x.venture_id join operators o on o.id = v.operator_id
        where o.short_name = '优宿'`,
    );
    expect(rows).toHaveLength(VILLAGE.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['approved']));
    for (const r of rows) delete r.status;
    for (const [key, period, value, unit, qualifier, printed] of VILLAGE)
      expect(rows, `${key} ${period}`).toContainEqual({ key, period, value, unit, qualifier, printed });
  });

  it('收入 (去年, 1.5万余元) and 纯利润 (今年, 3万多元) of 张坤泉 are two measures, not one series', () => {
    const rows = all(
      `select m.name, x.period, x.period_label label from village_metric_values x join village_metrics m on m.id = x.metric_id
        where m.key in ('grower_income', 'grower_net_profit') order by x.period`,
    );
    expect(rows).toEqual([
      { name: '茶农张坤泉卖茶收入', period: '2019', label: '去年' },
      { name: '茶农张坤泉卖茶纯利润', period: '2020', label: '今年' },
    ]);
    // 张三泉 is the grower with the tea area, the dry tea and the homestay.
    const zhangSanquan = all(`select key from village_metrics where name like '%张三泉%' order by key`).map((r) => r.key);
    expect(zhangSanquan).toEqual([
      'dry_tea_price',
      'dry_tea_price_high',
      'dry_tea_price_low',
      'grower_dry_tea_output',
      'grower_tea_area',
      'homestay_revenue',
      'homestay_rooms',
    ]);
  });

  it('the context of the figures: 胡庆余堂, “张小西”, the old machines', () => {
    const note = (key: string) =>
      String(one(`select x.note from village_metric_values x join village_metrics m on m.id = x.metric_id where m.key = ?`, key).note);
    expect(note('herb_trial_area')).toContain('胡庆余堂');
    expect(note('operator_investment')).toContain('张小西');
    expect(note('grower_dry_tea_output')).toContain('老机器');
  });

  it('实达实衢州智能制造服务平台: land, investment, figures with their qualifiers', () => {
    const p = one(
      `select id, owner_enterprise o, land_mu land, planned_investment inv, description d, is_demo demo from projects where name = '实达实衢州智能制造服务平台'`,
    );
    expect(p).toMatchObject({ o: '实达实集团有限公司', land: 36.4, inv: 15000, demo: 0 });
    expect(String(p.d)).toContain('新增建设用地36.4亩，投资1.5亿元');
    const rows = all(`select name, value, unit, qualifier, printed from project_figures where project_id = ?`, p.id);
    expect(rows).toHaveLength(PROJECT.length);
    for (const [name, value, unit, qualifier, printed] of PROJECT)
      expect(rows, name).toContainEqual({ name, value, unit, qualifier, printed });
  });

  it('实达实’s dates to the month: topped out 2020年8月, in use 2021年5月 (明年5月)', () => {
    const ms = all(
      `select title, planned_date planned, actual_date actual, date_label label from project_milestones
        where project_id = (select id from projects where name = '实达实衢州智能制造服务平台') order by sort_order`,
    );
    expect(ms).toEqual([
      { title: '主楼结顶', planned: null, actual: '2020-08', label: '2020年8月' },
      { title: '一期、二期主体结构投入使用', planned: '2021-05', actual: null, label: '2021年5月（预计）' },
    ]);
  });

  it('姜家山乡“拆墙透绿”: the 大院’s figures, 9月初 / 10月1日 / 10月4日 and the three next steps', () => {
    const item = one(`select id, owner_person person, description d from work_items where title = '姜家山乡政府机关大院“拆墙透绿”'`);
    expect(String(item.person)).toContain('余均');
    for (const words of ['占地近7000平方米', '绿化面积达2000余平方米', '1个标准篮球场', '近50个车位'])
      expect(String(item.d)).toContain(words);
    const ms = all(
      `select title, actual_date actual, date_label label from work_item_milestones where work_item_id = ? order by sort_order`,
      item.id,
    );
    expect(ms.map((m) => [m.actual, m.label])).toEqual([
      ['2020-09', '9月初'],
      ['2020-10-01', null],
      ['2020-10-04', null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(String(ms[0]!.title)).toContain('召开会议商讨“拆墙透绿”实施方案');
    expect(String(ms[1]!.title)).toContain('挖掘机进场施工');
    expect(String(ms[2]!.title)).toContain('大门、院墙被拆除');
    expect(String(ms[3]!.title)).toContain('新建便民服务中心');
    expect(String(ms[4]!.title)).toContain('入口处设置双向识别系统');
    expect(String(ms[5]!.title)).toMatch(/生态停车场.*非机动车道.*种植灌木.*提高绿化率/);
  });

  it('names the leaders printed on the page with their titles', () => {
    const title = (name: string) => one(`select title from people where name = ?`, name).title;
    expect(title('朱素芳')).toBe('区委书记');
    expect(title('蒋国强')).toBe('区委副书记、区长');
    expect(title('王永明')).toBe('区委副书记、政法委书记');
  });
});
