import { describe, expect, it } from 'vitest';
import { compareVillages, latestFigures, villageOutcome, type VillageFigure } from './village';
import { outputShares, priceGroups, revenueShares } from './village-charts';

const fig = (over: Partial<VillageFigure>): VillageFigure => ({
  ventureId: 1,
  metricKey: over.role ?? 'k',
  metricName: '指标',
  unit: '户',
  role: null,
  compareGroup: null,
  period: '2020',
  value: 1,
  qualifier: null,
  ...over,
});

/** 张西自然村 as printed: 50多户, 1.5万余元 (收入, 去年) → 3万多元 (纯利润, 今年). */
const zhangxi = [
  fig({ metricKey: 'households_benefited', role: 'households', value: 50, qualifier: '多' }),
  fig({ metricKey: 'grower_income', role: 'income_before', unit: '万元', period: '2019', value: 1.5, qualifier: '余' }),
  fig({ metricKey: 'grower_net_profit', role: 'income_after', unit: '万元', value: 3, qualifier: '多' }),
];

describe('a village’s outcome', () => {
  it('households benefited and the income growth of one venture’s pair, marked approximate', () => {
    const o = villageOutcome(zhangxi);
    expect(o.households).toBe(50);
    expect(o.householdsApproximate).toBe(true);
    expect(o.growth).toBeCloseTo(1);
    expect(o.growthApproximate).toBe(true);
    expect(o.incomeBefore?.metricKey).toBe('grower_income');
  });
  it('no growth without both figures, with different units, or from zero', () => {
    expect(villageOutcome([zhangxi[0]!, zhangxi[1]!]).growth).toBeNull();
    expect(villageOutcome([zhangxi[1]!, { ...zhangxi[2]!, unit: '元' }]).growth).toBeNull();
    expect(villageOutcome([{ ...zhangxi[1]!, value: 0 }, zhangxi[2]!]).growth).toBeNull();
    expect(villageOutcome([]).households).toBeNull();
  });
  it('the latest period of each venture’s metric counts; a year comes before its months', () => {
    const rows = [fig({ period: '2019', value: 10 }), fig({ period: '2020', value: 20 }), fig({ period: '2020-03', value: 30 })];
    expect(latestFigures(rows).map((f) => f.value)).toEqual([30]);
    expect(villageOutcome(rows.map((r) => ({ ...r, role: 'households' as const }))).households).toBe(30);
  });
  it('households add up across ventures', () => {
    const two = [fig({ role: 'households', value: 12 }), fig({ ventureId: 2, role: 'households', value: 8 })];
    expect(villageOutcome(two).households).toBe(20);
  });
});

describe('the comparison across villages and townships', () => {
  const village = (id: number, townshipId: number, households: number, before: number, after: number) => ({
    id,
    name: `村${id}`,
    townshipId,
    townshipName: `乡${townshipId}`,
    figures: [
      fig({ ventureId: id, role: 'households', value: households }),
      fig({ ventureId: id, role: 'income_before', unit: '万元', period: '2019', value: before }),
      fig({ ventureId: id, role: 'income_after', unit: '万元', value: after }),
    ],
  });
  it('ranks with shared ranks on ties; a village without figures is left out', () => {
    const { villages, townships } = compareVillages([
      village(1, 1, 50, 1.5, 3),
      village(2, 1, 30, 1, 1.5),
      village(3, 2, 50, 2, 2.2),
      { id: 4, name: '村4', townshipId: 2, townshipName: '乡2', figures: [] },
    ]);
    expect(villages.map((v) => [v.id, v.householdsRank, v.growthRank])).toEqual([
      [1, 1, 1],
      [2, 3, 2],
      [3, 1, 3],
    ]);
    expect(townships.map((t) => [t.id, t.households, t.growth, t.householdsRank, t.growthRank])).toEqual([
      [1, 80, 0.75, 1, 1],
      [2, 50, expect.closeTo(0.1, 10), 2, 2],
    ]);
  });
});

describe('the story charts', () => {
  it('prices pair ours with the market’s by group; a group with one side only is not a comparison', () => {
    const groups = priceGroups([
      fig({ metricKey: 'ours', role: 'price_ours', compareGroup: '茶青', unit: '元/公斤', value: 60 }),
      fig({ metricKey: 'market', role: 'price_market', compareGroup: '茶青', unit: '元/公斤', period: '2019', value: 36 }),
      fig({ metricKey: 'lonely', role: 'price_ours', compareGroup: '干茶', unit: '元/公斤', value: 360 }),
    ]);
    expect(groups.map((g) => [g.group, g.ours.map((f) => f.value), g.market.map((f) => f.value)])).toEqual([['茶青', [60], [36]]]);
  });
  it('the share bought and the rest', () => {
    expect(outputShares([fig({ role: 'output_share', unit: '%', value: 70 })]).map((s) => [s.bought, s.rest])).toEqual([[70, 30]]);
    expect(outputShares([fig({ role: 'output_share', unit: '%', value: 130 })])[0]!.bought).toBe(100);
  });
  it('revenue shared by the owner’s rate, with the owner’s reported income beside it', () => {
    const [s] = revenueShares([
      fig({ role: 'revenue', unit: '万元', value: 1.3, qualifier: '余' }),
      fig({ role: 'owner_share', unit: '%', value: 60 }),
      fig({ role: 'owner_income', unit: '元', value: 8000, qualifier: '将近' }),
    ]);
    expect(s!.ownerAmount).toBeCloseTo(0.78);
    expect(s!.othersAmount).toBeCloseTo(0.52);
    expect(s!.ownerIncome?.value).toBe(8000);
    expect(revenueShares([fig({ role: 'revenue', value: 1 })])).toEqual([]);
  });
});
