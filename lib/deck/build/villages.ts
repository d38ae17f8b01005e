import { villageComparison } from '@/lib/views/villages';
import { DEFAULT_TITLES } from '../labels';
import type { VillageComparisonRow, VillagesSlide } from '../place-types';
import { titleOr, type BuildContext } from './context';
import { capRows, oneSeriesChart, placesOf } from './places';

export const VILLAGES_LIMIT = 6;
export const TOWNSHIPS_LIMIT = 4;

const row = (r: { name: string; township?: string; households: string; householdsRank: string; growth: string; growthRank: string }) =>
  ({
    name: r.name,
    township: r.township ?? '',
    households: r.households,
    householdsRank: r.householdsRank,
    growth: r.growth,
    growthRank: r.growthRank,
  }) satisfies VillageComparisonRow;

/** 村庄经营比较: 带动农户数 and 增收幅度 across villages (ranked) and townships, from approved figures. */
export function buildVillages(ctx: BuildContext): VillagesSlide {
  const places = placesOf(ctx);
  const view = villageComparison(places.villages, places.villageFigures);
  const households = view.householdsChart.slice(0, VILLAGES_LIMIT);
  const growth = view.growthChart.slice(0, VILLAGES_LIMIT);
  const first = view.villages[0];
  const lead = first ? `带动农户数第一为${first.name}（${first.households}）` : '尚无经审核的村庄经营数据';
  const best = view.growthChart[0];
  return {
    kind: 'villages',
    number: ctx.number,
    title: titleOr(ctx.spec, DEFAULT_TITLES.villages),
    notes: ctx.spec.notes,
    summary: `参与比较的行政村${view.villages.length}个，${lead}${best ? `；增收幅度第一为${best.label}（${best.text}）` : ''}。`,
    charts: [
      oneSeriesChart(
        {
          id: 'households',
          title: '带动农户数',
          unit: '户',
          type: 'bar',
          summary: households.map((b) => `${b.label}${b.text}`).join('；'),
        },
        '带动农户数',
        households,
      ),
      oneSeriesChart(
        { id: 'growth', title: '增收幅度', unit: '%', type: 'bar', summary: growth.map((b) => `${b.label}${b.text}`).join('；') },
        '增收幅度',
        growth,
      ),
    ].filter((c) => c.categories.length > 0),
    villages: capRows(view.villages.map(row), VILLAGES_LIMIT),
    townships: capRows(view.townships.map(row), TOWNSHIPS_LIMIT),
    note: view.note,
  };
}
