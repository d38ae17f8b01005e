/**
 * The demo campaign's structure: 8 competitions, 40 task forces (4–7 each) and a pool of indicator
 * templates per competition. Names and targets are illustrative (演示数据); the campaign name,
 * the 40 task forces and the 8 competitions are from the source page.
 */
import type { Direction, IndicatorKind } from '../schema';

export interface IndicatorTemplate {
  name: string;
  kind: IndicatorKind;
  direction?: Direction;
  unit: string;
  /** Annual target range [min, max] (level: the target rate/level; rank: target rank). */
  target: [number, number];
  /**
   * Plausible values [min, max] of a level indicator's figures, the district's and the counties'.
   * Default: 0–100 for a % share or rate, ≥ 0 otherwise (db/seed/values.ts). Growth rates say so.
   */
  range?: [number, number];
  /** Offer a county comparison when the indicator is cumulative or level. */
  county?: boolean;
  /** Statistics that arrive a month late (错月). */
  lag?: number;
  combinedJanFeb?: boolean;
  /** Milestone steps (节点型). */
  steps?: string[];
  dept: string;
}

export interface TaskForceDef {
  name: string;
  goal: string;
  leadUnit: string;
  members: string[];
}

export interface CompetitionDef {
  name: string;
  shortName: string;
  leadUnit: string;
  taskForces: TaskForceDef[];
  pool: IndicatorTemplate[];
}

/** Year-on-year growth in %: a sensible span for a county in 2020. */
const GROWTH: [number, number] = [-20, 30];

const tf = (name: string, goal: string, leadUnit: string, ...members: string[]): TaskForceDef => ({
  name,
  goal,
  leadUnit,
  members,
});

export const CAMPAIGN_NAME = '六抓六比·八大竞赛';

export const COMPETITIONS: CompetitionDef[] = [
  {
    name: '项目攻坚竞赛',
    shortName: '项目攻坚',
    leadUnit: '区发改局',
    taskForces: [
      tf('招商引资专班', '全年引进亿元以上产业项目20个，实际利用外资2500万美元', '区投资促进中心', '区商务局', '区经信局', '新新街道'),
      tf('重大项目推进专班', '省市县长项目完成年度投资计划110%以上', '区发改局', '区住建局', '自然资源和规划分局'),
      tf('政府投资项目专班', '政府投资项目开工率、完工率均达95%', '区财政局', '区发改局', '区住建局'),
      tf('项目前期专班', '谋划储备“十四五”重大项目100个以上', '区发改局', '自然资源和规划分局', '生态环境分局'),
      tf('要素保障专班', '保障重点项目用地3000亩、用能指标应保尽保', '自然资源和规划分局', '区发改局', '区财政局'),
      tf('专项债争取专班', '争取专项债券和上级补助资金30亿元以上', '区财政局', '区发改局'),
    ],
    pool: [
      { name: '固定资产投资', kind: 'cumulative', unit: '万元', target: [1500000, 1900000], county: true, dept: '区发改局' },
      { name: '亿元以上产业项目签约数', kind: 'cumulative', unit: '个', target: [18, 24], dept: '区投资促进中心' },
      { name: '实际利用外资', kind: 'cumulative', unit: '万美元', target: [2200, 2800], county: true, lag: 1, dept: '区商务局' },
      { name: '到位内资', kind: 'cumulative', unit: '亿元', target: [70, 90], dept: '区投资促进中心' },
      { name: '省重点项目投资完成率', kind: 'level', unit: '%', range: [0, 150], target: [100, 110], dept: '区发改局' },
      { name: '民间投资增速', kind: 'level', unit: '%', range: GROWTH, target: [6, 9], county: true, dept: '区发改局' },
      { name: '重大项目开工数', kind: 'cumulative', unit: '个', target: [30, 40], dept: '区发改局' },
      { name: '专项债券争取额', kind: 'cumulative', unit: '亿元', target: [25, 35], dept: '区财政局' },
      { name: '供地面积', kind: 'cumulative', unit: '亩', target: [2500, 3200], dept: '自然资源和规划分局' },
      { name: '投资增速全市排名', kind: 'rank', unit: '名', target: [2, 3], dept: '区发改局' },
      {
        name: '项目前期审批',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['完成项目建议书', '取得用地预审', '完成初步设计批复', '开工建设'],
        dept: '区发改局',
      },
    ],
  },
  {
    name: '产业提质竞赛',
    shortName: '产业提质',
    leadUnit: '区经信局',
    taskForces: [
      tf('数字经济专班', '数字经济核心产业增加值增长15%', '区经信局', '区大数据局', '区科技局'),
      tf('工业稳增长专班', '规上工业增加值增速居全市前列', '区经信局', '区统计局', '衢化街道'),
      tf('生产性服务业专班', '打造全国生产性服务业“桥头堡”', '区商务局', '区经信局', '区市场监管局'),
      tf('科技创新专班', '研发经费占比提升0.3个百分点', '区科技局', '区经信局', '区人力社保局'),
      tf('企业上市专班', '新增上市及报会企业2家', '区财政局', '区经信局'),
    ],
    pool: [
      {
        name: '规上工业增加值增速',
        kind: 'level',
        unit: '%',
        range: GROWTH,
        target: [7, 9],
        county: true,
        combinedJanFeb: true,
        dept: '区经信局',
      },
      { name: '数字经济核心产业增加值', kind: 'cumulative', unit: '亿元', target: [35, 45], county: true, dept: '区经信局' },
      { name: '规上工业亩均税收', kind: 'level', unit: '万元/亩', target: [25, 32], dept: '区经信局' },
      { name: '工业投资', kind: 'cumulative', unit: '万元', target: [450000, 600000], county: true, dept: '区经信局' },
      { name: '高新技术产业增加值占比', kind: 'level', unit: '%', target: [45, 55], dept: '区科技局' },
      { name: '新增规上工业企业', kind: 'cumulative', unit: '家', target: [25, 35], dept: '区统计局' },
      { name: '服务业增加值增速', kind: 'level', unit: '%', range: GROWTH, target: [6, 8], county: true, lag: 1, dept: '区统计局' },
      { name: '研发经费投入', kind: 'cumulative', unit: '万元', target: [60000, 80000], dept: '区科技局' },
      { name: '单位工业增加值能耗', kind: 'level', direction: 'lower', unit: '吨标煤/万元', target: [0.9, 1.1], dept: '区经信局' },
      { name: '工业增速全市排名', kind: 'rank', unit: '名', target: [2, 3], dept: '区经信局' },
      {
        name: '企业上市辅导备案',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['完成股改', '辅导备案', '申报材料报送'],
        dept: '区财政局',
      },
    ],
  },
  {
    name: '城市更新竞赛',
    shortName: '城市更新',
    leadUnit: '区住建局',
    taskForces: [
      tf('城中村改造专班', '完成城中村改造征迁1500户', '区住建局', '府山街道', '荷花街道', '花园街道'),
      tf('老旧小区改造专班', '完成老旧小区改造38个', '区住建局', '信安街道', '新新街道'),
      tf('未来社区专班', '启动未来社区试点2个', '区住建局', '区发改局', '白云街道'),
      tf('拆违治危专班', '拆除违法建筑50万平方米，无新增违建', '区综合执法局', '区住建局', '双港街道'),
      tf('交通畅通专班', '完成城市主干道提升改造12条', '区交通运输局', '公安分局', '区住建局'),
      tf('城市精细化管理专班', '城市管理考核居全市第一方阵', '区综合执法局', '区住建局', '府山街道'),
      tf('四省边际中心城市建设专班', '中心城区首位度明显提升', '区发改局', '区住建局', '自然资源和规划分局'),
    ],
    pool: [
      { name: '城中村改造签约户数', kind: 'cumulative', unit: '户', target: [1200, 1800], dept: '区住建局' },
      { name: '老旧小区改造开工数', kind: 'cumulative', unit: '个', target: [30, 45], dept: '区住建局' },
      { name: '拆除违法建筑面积', kind: 'cumulative', unit: '万平方米', target: [40, 60], county: true, dept: '区综合执法局' },
      { name: '新增违法建筑', kind: 'cumulative', direction: 'lower', unit: '处', target: [0, 0], dept: '区综合执法局' },
      { name: '棚户区改造投资', kind: 'cumulative', unit: '万元', target: [150000, 220000], dept: '区住建局' },
      { name: '城市管理考核全市排名', kind: 'rank', unit: '名', target: [1, 2], dept: '区综合执法局' },
      { name: '道路提升改造完成数', kind: 'cumulative', unit: '条', target: [10, 14], dept: '区交通运输局' },
      {
        name: '未来社区创建',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['编制创建方案', '列入省级创建名单', '实施方案批复', '开工建设'],
        dept: '区住建局',
      },
      { name: '房地产开发投资增速', kind: 'level', unit: '%', range: GROWTH, target: [5, 8], county: true, dept: '区住建局' },
      { name: '城市更新征迁完成率', kind: 'level', unit: '%', target: [90, 100], dept: '区住建局' },
    ],
  },
  {
    name: '乡村振兴竞赛',
    shortName: '乡村振兴',
    leadUnit: '区农业农村局',
    taskForces: [
      tf('村庄经营专班', '培育村庄运营“管家”10家，村级集体经济经营性收入全部达到20万元以上', '区农业农村局', '石梁镇', '九华乡', '七里乡'),
      tf('山海协作专班', '山海协作产业项目到位资金5亿元', '区发改局', '区农业农村局', '区商务局'),
      tf('美丽乡村专班', '创建省级美丽乡村示范乡镇2个', '区农业农村局', '区住建局', '沟溪乡', '华墅乡'),
      tf('农民增收专班', '农村居民人均可支配收入增长8%以上', '区农业农村局', '区人力社保局', '区统计局'),
      tf('乡村旅游专班', '乡村旅游接待游客300万人次', '区文广旅体局', '区农业农村局', '万田乡', '石室乡'),
    ],
    pool: [
      {
        name: '农村居民人均可支配收入增速',
        kind: 'level',
        unit: '%',
        range: GROWTH,
        target: [8, 9],
        county: true,
        lag: 1,
        dept: '区统计局',
      },
      { name: '村级集体经济经营性收入', kind: 'cumulative', unit: '万元', target: [4500, 6000], dept: '区农业农村局' },
      { name: '乡村旅游接待人次', kind: 'cumulative', unit: '万人次', target: [260, 320], county: true, dept: '区文广旅体局' },
      { name: '培育村庄运营管家', kind: 'cumulative', unit: '家', target: [8, 12], dept: '区农业农村局' },
      { name: '山海协作到位资金', kind: 'cumulative', unit: '亿元', target: [4, 6], dept: '区发改局' },
      { name: '农业增加值增速', kind: 'level', unit: '%', range: GROWTH, target: [2, 3], county: true, lag: 1, dept: '区农业农村局' },
      {
        name: '美丽乡村示范村创建',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['完成规划编制', '启动项目建设', '通过乡镇初验', '通过区级验收'],
        dept: '区农业农村局',
      },
      { name: '农村生活垃圾分类处理村覆盖率', kind: 'level', unit: '%', target: [95, 100], dept: '区综合执法局' },
      { name: '乡村振兴考核全市排名', kind: 'rank', unit: '名', target: [2, 3], dept: '区农业农村局' },
      { name: '新增农家乐民宿床位', kind: 'cumulative', unit: '张', target: [400, 600], dept: '区文广旅体局' },
    ],
  },
  {
    name: '改革攻坚竞赛',
    shortName: '改革攻坚',
    leadUnit: '区委办',
    taskForces: [
      tf('营商环境专班', '营商环境评价居全省前列', '区发改局', '区市场监管局', '区大数据局'),
      tf('数字化改革专班', '政务服务“一网通办”率达90%', '区大数据局', '区政府办'),
      tf('国企改革专班', '完成区属国企整合重组', '区财政局', '区委组织部'),
      tf('要素市场化改革专班', '完成农村宅基地制度改革试点任务', '自然资源和规划分局', '区农业农村局'),
    ],
    pool: [
      { name: '政务服务一网通办率', kind: 'level', unit: '%', target: [88, 92], county: true, dept: '区大数据局' },
      { name: '新设市场主体', kind: 'cumulative', unit: '户', target: [6000, 8000], county: true, dept: '区市场监管局' },
      { name: '企业开办平均用时', kind: 'level', direction: 'lower', unit: '小时', target: [3, 4], dept: '区市场监管局' },
      { name: '营商环境评价全市排名', kind: 'rank', unit: '名', target: [1, 2], dept: '区发改局' },
      {
        name: '国企整合重组',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['方案报批', '清产核资', '完成资产划转', '新集团挂牌'],
        dept: '区财政局',
      },
      { name: '宅基地制度改革试点完成率', kind: 'level', unit: '%', target: [95, 100], dept: '自然资源和规划分局' },
      { name: '减税降费金额', kind: 'cumulative', unit: '万元', target: [80000, 120000], dept: '区财政局' },
      { name: '掌上办事事项覆盖率', kind: 'level', unit: '%', target: [80, 90], dept: '区大数据局' },
    ],
  },
  {
    name: '民生实事竞赛',
    shortName: '民生实事',
    leadUnit: '区政府办',
    taskForces: [
      tf('教育提质专班', '新改扩建中小学、幼儿园8所', '区教育局', '区住建局'),
      tf('健康柯城专班', '县域医共体建设考核居全市前列', '区卫健局', '区民政局'),
      tf('就业创业专班', '城镇新增就业8000人，城镇登记失业率控制在3%以内', '区人力社保局', '区商务局'),
      tf('养老服务专班', '建成居家养老服务中心18个', '区民政局', '区卫健局'),
      tf('民生实事项目专班', '十方面民生实事全部按期完成', '区政府办', '区财政局', '区住建局'),
    ],
    pool: [
      { name: '城镇新增就业人数', kind: 'cumulative', unit: '人', target: [7000, 9000], county: true, dept: '区人力社保局' },
      { name: '城镇登记失业率', kind: 'level', direction: 'lower', unit: '%', target: [3, 3.5], dept: '区人力社保局' },
      { name: '新改扩建学校开工数', kind: 'cumulative', unit: '所', target: [6, 9], dept: '区教育局' },
      { name: '居家养老服务中心建成数', kind: 'cumulative', unit: '个', target: [15, 20], dept: '区民政局' },
      { name: '居民人均可支配收入增速', kind: 'level', unit: '%', range: GROWTH, target: [7, 8.5], county: true, lag: 1, dept: '区统计局' },
      { name: '民生支出占一般公共预算支出比重', kind: 'level', unit: '%', target: [75, 80], dept: '区财政局' },
      { name: '医共体建设考核全市排名', kind: 'rank', unit: '名', target: [2, 3], dept: '区卫健局' },
      {
        name: '民生实事项目',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['项目立项', '完成招投标', '主体完工', '投入使用'],
        dept: '区政府办',
      },
      { name: '每千人口拥有执业（助理）医师数', kind: 'level', unit: '人', target: [3.2, 3.6], dept: '区卫健局' },
    ],
  },
  {
    name: '生态环境竞赛',
    shortName: '生态环境',
    leadUnit: '生态环境分局',
    taskForces: [
      tf('蓝天保卫专班', 'PM2.5平均浓度控制在28微克/立方米以内', '生态环境分局', '区住建局', '区交通运输局'),
      tf('五水共治专班', '出境水质达标率100%，夺取“大禹鼎”', '区水利局', '生态环境分局', '区农业农村局'),
      tf('节能降耗专班', '单位GDP能耗下降3.5%', '区发改局', '区经信局', '区统计局'),
      tf('垃圾分类专班', '生活垃圾分类覆盖率100%', '区综合执法局', '区住建局', '荷花街道'),
    ],
    pool: [
      {
        name: 'PM2.5平均浓度',
        kind: 'level',
        direction: 'lower',
        unit: '微克/立方米',
        target: [26, 30],
        county: true,
        dept: '生态环境分局',
      },
      { name: '空气质量优良天数比例', kind: 'level', unit: '%', target: [92, 95], county: true, dept: '生态环境分局' },
      { name: '出境断面水质达标率', kind: 'level', unit: '%', target: [100, 100], dept: '区水利局' },
      { name: '单位GDP能耗下降率', kind: 'level', unit: '%', range: [-10, 15], target: [3, 4], lag: 1, dept: '区发改局' },
      { name: '生活垃圾回收利用率', kind: 'level', unit: '%', target: [50, 60], dept: '区综合执法局' },
      { name: '治水投资', kind: 'cumulative', unit: '万元', target: [30000, 45000], dept: '区水利局' },
      { name: '环境信访件数', kind: 'cumulative', direction: 'lower', unit: '件', target: [150, 220], dept: '生态环境分局' },
      { name: '生态环境状况全市排名', kind: 'rank', unit: '名', target: [2, 3], dept: '生态环境分局' },
      {
        name: '污水零直排区创建',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['完成管网排查', '完成雨污分流改造', '通过市级验收'],
        dept: '区水利局',
      },
    ],
  },
  {
    name: '平安法治竞赛',
    shortName: '平安法治',
    leadUnit: '区委政法委',
    taskForces: [
      tf('平安建设专班', '夺取平安金鼎，群众安全感满意度97%以上', '区委政法委', '公安分局', '区信访局'),
      tf('安全生产专班', '生产安全事故起数和死亡人数“双下降”', '区应急管理局', '区住建局', '区交通运输局'),
      tf('信访积案化解专班', '信访积案化解率100%', '区信访局', '区委政法委'),
      tf('基层治理专班', '“县乡一体、条抓块统”改革全面落地', '区委组织部', '区委政法委', '姜家山乡', '黄家乡'),
    ],
    pool: [
      {
        name: '生产安全事故起数',
        kind: 'cumulative',
        direction: 'lower',
        unit: '起',
        target: [10, 14],
        county: true,
        dept: '区应急管理局',
      },
      { name: '生产安全事故死亡人数', kind: 'cumulative', direction: 'lower', unit: '人', target: [5, 7], dept: '区应急管理局' },
      { name: '群众安全感满意度', kind: 'level', unit: '%', target: [97, 98], county: true, dept: '区委政法委' },
      { name: '信访积案化解率', kind: 'level', unit: '%', target: [95, 100], dept: '区信访局' },
      { name: '刑事案件立案数', kind: 'cumulative', direction: 'lower', unit: '起', target: [900, 1100], dept: '公安分局' },
      { name: '平安建设考核全市排名', kind: 'rank', unit: '名', target: [1, 2], dept: '区委政法委' },
      { name: '矛盾纠纷化解率', kind: 'level', unit: '%', target: [96, 98], dept: '区委政法委' },
      {
        name: '基层治理四平台建设',
        kind: 'milestone',
        unit: '项',
        target: [0, 0],
        steps: ['制定改革方案', '完成乡镇平台整合', '上线运行', '通过省级评估'],
        dept: '区委组织部',
      },
    ],
  },
];
