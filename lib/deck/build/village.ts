import { villageDetail, type ShareChart, type StoryChart } from '@/lib/views/village-detail';
import type { SlideChart, VillageSlide } from '../place-types';
import { titleOr, type BuildContext } from './context';
import { oneSeriesChart, placesOf } from './places';

export const VILLAGE_CHARTS = 4;

const barChart = (c: StoryChart): SlideChart =>
  oneSeriesChart({ id: c.id, title: c.title, summary: c.summary, unit: c.unit, type: 'bar' }, c.title, c.bars);

const pieChart = (c: ShareChart): SlideChart =>
  oneSeriesChart(
    { id: c.id, title: c.title, summary: c.summary, unit: '%', type: 'pie' },
    c.title,
    c.slices.map((s) => ({ label: s.label, value: s.value, text: s.text })),
  );

/** One village's story: its operators and up to four charts (price, income, revenue shared, output bought), approved figures only. */
export function buildVillage(ctx: BuildContext): VillageSlide {
  const places = placesOf(ctx);
  const id = ctx.spec.villageId ?? null;
  const row = places.villages.find((v) => v.village.id === id);
  if (!row) throw new Error(`村庄故事页所选的村（编号 ${id ?? '空'}）不存在。`);
  const ventureIds = new Set(row.operators.flatMap((o) => o.ventures.map((v) => v.id)));
  const approved = places.villageFigures.filter((f) => ventureIds.has(f.ventureId));
  const view = villageDetail(row, approved, approved);
  const first = [view.prices[0], view.income, view.shares[0], view.outputs[0]];
  const rest = [...view.prices.slice(1), ...view.trends, ...view.shares.slice(1), ...view.outputs.slice(1)];
  const charts = [...first, ...rest]
    .filter((c): c is StoryChart | ShareChart => c !== undefined && c !== null)
    .slice(0, VILLAGE_CHARTS)
    .map((c) => ('slices' in c ? pieChart(c) : barChart(c)));
  const operators = view.operators.map(
    (o) => `${o.place ? `${o.place} · ` : ''}${o.name}（${[...new Set(o.ventures.map((v) => v.kind))].join('、')}）`,
  );
  return {
    kind: 'village',
    number: ctx.number,
    title: titleOr(ctx.spec, `${view.name}：村庄经营`),
    notes: ctx.spec.notes,
    summary: charts.length ? charts.map((c) => `${c.title}：${c.summary}`).join('。') : `${view.name}尚无经审核的经营数据。`,
    villageId: view.id,
    name: view.name,
    township: view.township,
    operators,
    charts,
    demo: view.demo,
  };
}
