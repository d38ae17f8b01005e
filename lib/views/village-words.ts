/** Every word of the 村庄经营 module's screens, in one place for review. Pure; client parts may import it. */

export const VENTURE_KIND_LABELS = {
  tea: '茶叶',
  homestay: '民宿',
  hostel: '青年旅社',
  catering: '餐饮',
  herbs: '中药材',
  other: '其他',
} as const;

export const METRIC_ROLE_LABELS = {
  price_ours: '本村价格（运营后）',
  price_market: '对比价格（市场价或运营前）',
  output_share: '收购量占全村产量比重',
  households: '带动农户数',
  income_before: '增收前收入',
  income_after: '增收后收入',
  revenue: '经营流水',
  owner_share: '房东（农户）分成比例',
  owner_income: '房东（农户）分成收入',
  investment: '运营方投入',
} as const;

export const GRANULARITY_LABELS = { year: '按年', month: '按月' } as const;

export const VILLAGE_WORDS = {
  title: '村庄经营',
  intro: '村庄“管家”（运营主体）与其经营业态；经营数据按年或按月填报，经审核后计入图表与排名。',
  noOperator: '尚未登记运营主体',
  otherVillages: (n: number, all: boolean) => (all ? `${n}个行政村均尚未登记运营主体` : `其他${n}个行政村尚未登记运营主体`),
  listVillages: (n: number) => `查看全部${n}个行政村`,
  townshipList: (name: string, n: number) => `${name}的行政村（${n}个）`,
  noTownship: '没有这个乡镇（街道），请从下面的乡镇（街道）中选择。',
  comparisonTitle: '村庄比较',
  householdsTitle: '带动农户数',
  growthTitle: '增收幅度',
  growthNote:
    '增收幅度 = 增收后收入 ÷ 增收前收入 − 1，取同一业态登记的一对收入（单位相同）；带“约”的含近、余、多等约数。乡镇（街道）的增收幅度为其各村的平均数。排名为并列排名（1、2、2、4），无数据的不参与排名。',
  approx: '约',
  pending: '待审核',
  sourceQuote: '报道原文',
  demo: '演示数据',
  priceTitle: '本村价格与市场价格',
  incomeTitle: '增收前后收入',
  shareTitle: '民宿收益分成',
  outputTitle: '收购量占全村产量',
  trendTitle: '逐月数据',
  figuresTitle: '经营数据',
  noFigures: '该村尚无经营数据。',
} as const;
