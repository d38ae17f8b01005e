/**
 * One village's page: its operators and ventures, each venture's figures per year or month, and
 * the story charts (our price vs the market's, income before vs after, how revenue was shared,
 * the share of output bought, monthly series). Pure; figures from lib/metrics.
 */
import { formatAsEntered, formatPercent, formatQualified } from '@/lib/format';
import { outputShares, priceGroups, revenueShares, villageOutcome } from '@/lib/metrics';
import { figureRow, figureText, periodText, toVillageFigure, type FigureRowView, type LoadedFigure } from './village-figures';
import { operatorView, type BarDatum, type OperatorView, type VillageListInput } from './villages';
import { VENTURE_KIND_LABELS, VILLAGE_WORDS } from './village-words';

export interface StoryBar extends BarDatum {
  side: 'ours' | 'market' | 'before' | 'after';
}

export interface StoryChart {
  id: string;
  title: string;
  summary: string;
  unit: string;
  bars: StoryBar[];
}

export interface ShareSlice {
  label: string;
  value: number;
  text: string;
}

export interface ShareChart {
  id: string;
  title: string;
  summary: string;
  slices: ShareSlice[];
}

export interface VentureView {
  id: number;
  kind: string;
  name: string;
  description: string | null;
  figures: FigureRowView[];
}

export interface VillageDetailView {
  id: number;
  name: string;
  township: string;
  natural: string[];
  operators: OperatorView[];
  ventures: VentureView[];
  prices: StoryChart[];
  income: StoryChart | null;
  shares: ShareChart[];
  outputs: ShareChart[];
  trends: StoryChart[];
  demo: boolean;
}

const barLabel = (f: LoadedFigure) => `${f.metric.name}（${periodText(f.period)}）`;

function priceCharts(figs: ReturnType<typeof toVillageFigure>[]): StoryChart[] {
  return priceGroups(figs).map((g) => {
    const bar = (side: 'ours' | 'market') => (f: (typeof g.ours)[number]) => ({
      label: barLabel(f.source),
      value: f.value,
      text: figureText(f, g.unit),
      side,
    });
    const bars = [...g.ours.map(bar('ours')), ...g.market.map(bar('market'))];
    return {
      id: `price-${g.group}`,
      title: `${g.group}：${VILLAGE_WORDS.priceTitle}`,
      summary: bars.map((b) => `${b.label}${b.text}`).join('；'),
      unit: g.unit,
      bars,
    };
  });
}

function incomeChart(figs: ReturnType<typeof toVillageFigure>[]): StoryChart | null {
  const o = villageOutcome(figs);
  if (!o.incomeBefore || !o.incomeAfter) return null;
  const before = figs.find((f) => f.metricKey === o.incomeBefore!.metricKey && f.period === o.incomeBefore!.period)!;
  const after = figs.find((f) => f.metricKey === o.incomeAfter!.metricKey && f.period === o.incomeAfter!.period)!;
  const growth = o.growth === null ? '' : `，增幅${o.growthApproximate ? VILLAGE_WORDS.approx : ''}${formatPercent(o.growth)}`;
  return {
    id: 'income',
    title: VILLAGE_WORDS.incomeTitle,
    summary: `${barLabel(before.source)}${figureText(before, before.unit)}，${barLabel(after.source)}${figureText(after, after.unit)}${growth}（两项按各自口径列示）`,
    unit: after.unit,
    bars: [
      { label: barLabel(before.source), value: before.value, text: figureText(before, before.unit), side: 'before' },
      { label: barLabel(after.source), value: after.value, text: figureText(after, after.unit), side: 'after' },
    ],
  };
}

function shareCharts(figs: ReturnType<typeof toVillageFigure>[]): ShareChart[] {
  return revenueShares(figs).map((s) => {
    const unit = s.revenue.unit;
    const reported = s.ownerIncome ? `；报道：${figureText(s.ownerIncome, s.ownerIncome.unit)}` : '';
    const owner = `房东（农户）${formatAsEntered(s.rate.value, '%')}：按比例约${formatAsEntered(Math.round(s.ownerAmount * 100) / 100, unit)}${reported}`;
    const others = `运营方等${formatAsEntered(100 - s.rate.value, '%')}：约${formatAsEntered(Math.round(s.othersAmount * 100) / 100, unit)}`;
    return {
      id: `share-${s.revenue.ventureId}`,
      title: VILLAGE_WORDS.shareTitle,
      summary: `${s.revenue.metricName}${figureText(s.revenue, unit)}（${periodText(s.revenue.period)}）；${owner}；${others}`,
      slices: [
        { label: '房东（农户）', value: s.rate.value, text: owner },
        { label: '运营方等', value: 100 - s.rate.value, text: others },
      ],
    };
  });
}

function outputCharts(figs: ReturnType<typeof toVillageFigure>[]): ShareChart[] {
  return outputShares(figs).map((s) => ({
    id: `output-${s.figure.ventureId}`,
    title: VILLAGE_WORDS.outputTitle,
    summary: `${s.figure.metricName}${formatQualified(s.figure.value, '%', s.figure.qualifier)}（${periodText(s.figure.period)}）`,
    slices: [
      { label: '运营方收购', value: s.bought, text: formatQualified(s.bought, '%', s.figure.qualifier) },
      { label: '其他', value: s.rest, text: formatAsEntered(s.rest, '%') },
    ],
  }));
}

function trendCharts(figs: ReturnType<typeof toVillageFigure>[]): StoryChart[] {
  const monthly = figs.filter((f) => f.source.metric.granularity === 'month' && /^\d{4}-\d{2}$/.test(f.period));
  const keys = [...new Set(monthly.map((f) => `${f.ventureId}|${f.metricKey}`))];
  return keys.map((k) => {
    const series = monthly.filter((f) => `${f.ventureId}|${f.metricKey}` === k).sort((a, b) => a.period.localeCompare(b.period));
    const first = series[0]!;
    return {
      id: `trend-${k.replace('|', '-')}`,
      title: `${first.source.ventureName} · ${first.metricName}`,
      summary: series.map((f) => `${periodText(f.period)}${figureText(f, f.unit)}`).join('；'),
      unit: first.unit,
      bars: series.map((f) => ({
        label: periodText(f.period).replace(/^\d{4}年/, ''),
        value: f.value,
        text: figureText(f, f.unit),
        side: 'after',
      })),
    };
  });
}

/**
 * The page of one village. `shown` are the figures listed in the tables (approved and awaiting
 * review); `approved` feed the charts.
 */
export function villageDetail(row: VillageListInput, shown: LoadedFigure[], approved: LoadedFigure[]): VillageDetailView {
  const figs = approved.map(toVillageFigure);
  return {
    id: row.village.id,
    name: row.village.name,
    township: row.township.name,
    natural: row.natural.map((n) => n.name),
    operators: row.operators.map(operatorView),
    ventures: row.operators.flatMap((o) =>
      o.ventures.map((v) => ({
        id: v.id,
        kind: VENTURE_KIND_LABELS[v.kind],
        name: v.name,
        description: v.description,
        figures: shown.filter((f) => f.ventureId === v.id).map(figureRow),
      })),
    ),
    prices: priceCharts(figs),
    income: incomeChart(figs),
    shares: shareCharts(figs),
    outputs: outputCharts(figs),
    trends: trendCharts(figs),
    demo: row.village.isDemo,
  };
}
