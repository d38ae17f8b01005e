/**
 * The village, operator, project and work item of the source page (柯城发布, October 2020), with
 * every figure as printed (db/seed/source-page.ts). Dates the page gives to the month only are
 * stored to the month (`YYYY-MM`) with the page's words in `date_label`.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../connection';
import {
  taskForces,
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
import { PROJECT_FACTS, VILLAGE_FACTS, VILLAGE_METRICS } from './source-page';

function unitId(db: Db, name: string): number {
  const row = db.select({ id: units.id }).from(units).where(eq(units.name, name)).get();
  if (!row) throw new Error(`unit not found: ${name}`);
  return row.id;
}

function taskForceId(db: Db, name: string): number {
  const row = db.select({ id: taskForces.id }).from(taskForces).where(eq(taskForces.name, name)).get();
  if (!row) throw new Error(`task force not found: ${name}`);
  return row.id;
}

/** Inserts the village, operator, project and work item of the source page. */
export function seedSourceFacts(db: Db): void {
  seedVillage(db);
  seedProject(db);
  seedWorkItem(db);
}

function seedVillage(db: Db): void {
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
  VILLAGE_METRICS.forEach((m, i) => {
    metricIds[m.key] = db
      .insert(villageMetrics)
      .values({ ...m, sortOrder: i + 1 })
      .returning({ id: villageMetrics.id })
      .get().id;
  });
  for (const { venture, key, ...v } of VILLAGE_FACTS) {
    db.insert(villageMetricValues)
      .values({ ventureId: ventureIds[venture]!, metricId: metricIds[key]!, ...v, status: 'approved' })
      .run();
  }
}

function seedProject(db: Db): void {
  const project = db
    .insert(projects)
    .values({
      name: '实达实衢州智能制造服务平台',
      taskForceId: taskForceId(db, '生产性服务业专班'),
      ownerEnterprise: '实达实集团有限公司',
      landMu: 36.4,
      plannedInvestment: 15000,
      phase: '一期',
      description:
        '“工业品+智能制造服务+互联网+金融服务”的产业服务平台。项目一期新增建设用地36.4亩，投资1.5亿元，主楼已于今年8月结顶。' +
        '项目主要用于产业全供应链服务、工业产品集中展示、企业AI智能体验服务、中小企业加速升级孵化等相关配套功能用途。',
      isDemo: false,
    })
    .returning({ id: projects.id })
    .get();
  db.insert(projectMilestones)
    .values([
      { projectId: project.id, title: '主楼结顶', actualDate: '2020-08', dateLabel: '2020年8月', sortOrder: 1, phase: '一期' },
      {
        projectId: project.id,
        title: '一期、二期主体结构投入使用',
        plannedDate: '2021-05',
        dateLabel: '2021年5月（预计）',
        sortOrder: 2,
        phase: '一期、二期',
      },
    ])
    .run();
  db.insert(projectFigures)
    .values(PROJECT_FACTS.map((f) => ({ projectId: project.id, ...f, status: 'approved' as const })))
    .run();
}

function seedWorkItem(db: Db): void {
  const item = db
    .insert(workItems)
    .values({
      taskForceId: taskForceId(db, '基层治理专班'),
      title: '姜家山乡政府机关大院“拆墙透绿”',
      target: '拆除大院大门和东西两侧围墙，乡政府与姜家山村连通，院内篮球场、车位向村民开放',
      ownerUnitId: unitId(db, '姜家山乡'),
      ownerPerson: '余均（乡人大主席）',
      deadline: '2020-12-31',
      status: 'in_progress',
      description:
        '衢州有礼“八个一”实践，利用中秋、国庆假期实施。大院坐落于姜家山乡中心小学原校址上，占地近7000平方米，' +
        '绿化面积达2000余平方米，建有1个标准篮球场和近50个车位。完成期限为演示数据。',
      isDemo: false,
    })
    .returning({ id: workItems.id })
    .get();
  db.insert(workItemMilestones)
    .values([
      { workItemId: item.id, title: '乡政府召开会议商讨“拆墙透绿”实施方案', actualDate: '2020-09', dateLabel: '9月初', sortOrder: 1 },
      { workItemId: item.id, title: '挖掘机进场施工', actualDate: '2020-10-01', sortOrder: 2 },
      { workItemId: item.id, title: '大门、院墙被拆除，乡政府与姜家山村连通', actualDate: '2020-10-04', sortOrder: 3 },
      { workItemId: item.id, title: '针对拆除院墙后的空地，新建便民服务中心', sortOrder: 4 },
      { workItemId: item.id, title: '取消大门后，入口处设置双向识别系统', sortOrder: 5 },
      { workItemId: item.id, title: '设置生态停车场，同时增加非机动车道，种植灌木，提高绿化率', sortOrder: 6 },
    ])
    .run();
}
