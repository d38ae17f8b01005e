/**
 * /villages: villages by township with their operators and ventures, and the comparison across
 * villages and townships (households benefited, income growth) with rankings. Pure; every figure
 * comes from lib/metrics (compareVillages), its words from lib/format.
 */
import type { Operator, Venture, Village } from '@/db/schema';
import { formatLooseDate, formatPercent, formatQualified, formatRank, formatValue } from '@/lib/format';
import { compareVillages, type RankedTownship, type RankedVillage } from '@/lib/metrics';
import { toVillageFigure, type LoadedFigure } from './village-figures';
import { VENTURE_KIND_LABELS, VILLAGE_WORDS } from './village-words';

export interface VillageListInput {
  village: Village;
  township: { id: number; name: string };
  natural: Village[];
  operators: (Operator & { ventures: Venture[]; naturalVillage: string | null })[];
}

export interface OperatorView {
  name: string;
  shortName: string | null;
  place: string | null;
  founded: string | null;
  partners: string | null;
  description: string | null;
  ventures: { kind: string; name: string; description: string | null }[];
  demo: boolean;
}

export interface VillageCardView {
  id: number;
  name: string;
  href: string;
  natural: string[];
  operators: OperatorView[];
  demo: boolean;
}

export interface TownshipGroupView {
  id: number;
  name: string;
  featured: VillageCardView[];
  /** Villages without an operator: only counted here, listed page by page at `listHref`. */
  others: number;
  listHref: string;
}

/** One township's villages, listed by name page by page (`/villages?township=N`). */
export interface TownshipVillagesView {
  id: number;
  name: string;
  villages: { name: string; href: string; natural: string; operators: string }[];
}

export function operatorView(o: VillageListInput['operators'][number]): OperatorView {
  return {
    name: o.name,
    shortName: o.shortName,
    place: o.naturalVillage,
    founded: o.foundedOn ? `${formatLooseDate(o.foundedOn)}成立` : null,
    partners: o.partners,
    description: o.description,
    ventures: o.ventures.map((v) => ({ kind: VENTURE_KIND_LABELS[v.kind], name: v.name, description: v.description })),
    demo: o.isDemo,
  };
}

/** Townships in customary order; in each, villages with an operator first (as cards), the others by name. */
export function villageGroups(rows: VillageListInput[]): TownshipGroupView[] {
  const groups = new Map<number, TownshipGroupView>();
  for (const r of rows) {
    const g = groups.get(r.township.id) ?? {
      id: r.township.id,
      name: r.township.name,
      featured: [],
      others: 0,
      listHref: townshipListHref(r.township.id),
    };
    groups.set(r.township.id, g);
    if (r.operators.length === 0) {
      g.others++;
      continue;
    }
    g.featured.push({
      id: r.village.id,
      name: r.village.name,
      href: `/villages/${r.village.id}`,
      natural: r.natural.map((n) => n.name),
      operators: r.operators.map(operatorView),
      demo: r.village.isDemo,
    });
  }
  return [...groups.values()];
}

export const townshipListHref = (townshipId: number) => `/villages?township=${townshipId}#village-list`;

/** The villages of one township (null when the district has no township with this id). */
export function townshipVillages(rows: VillageListInput[], townshipId: number): TownshipVillagesView | null {
  const mine = rows.filter((r) => r.township.id === townshipId);
  if (mine.length === 0) return null;
  return {
    id: townshipId,
    name: mine[0]!.township.name,
    villages: mine.map((r) => ({
      name: r.village.name,
      href: `/villages/${r.village.id}`,
      natural: r.natural.map((n) => n.name).join('、'),
      operators: r.operators.length ? r.operators.map((o) => o.shortName ?? o.name).join('、') : VILLAGE_WORDS.noOperator,
    })),
  };
}

export interface ComparisonRowView {
  key: string;
  name: string;
  href?: string;
  township?: string;
  households: string;
  householdsRank: string;
  growth: string;
  growthRank: string;
  basis: string;
}

export interface BarDatum {
  label: string;
  value: number;
  text: string;
  highlight?: boolean;
}

export interface ComparisonView {
  villages: ComparisonRowView[];
  /** How the growth of the source page's villages is measured (their pair of figures, as printed). */
  bases: string[];
  townships: ComparisonRowView[];
  householdsChart: BarDatum[];
  growthChart: BarDatum[];
  note: string;
}

const growthText = (g: number | null, approx: boolean) => (g === null ? '—' : `${approx ? VILLAGE_WORDS.approx : ''}${formatPercent(g)}`);

function villageRow(v: RankedVillage, total: number): ComparisonRowView {
  const basis = v.incomeBefore && v.incomeAfter ? `${v.incomeAfter.metricName} ÷ ${v.incomeBefore.metricName}` : '未登记增收前后收入';
  return {
    key: `village-${v.id}`,
    name: v.name,
    href: `/villages/${v.id}`,
    township: v.townshipName,
    households: v.households === null ? '—' : formatQualified(v.households, '户', v.householdsQualifier),
    householdsRank: formatRank(v.householdsRank, total),
    growth: growthText(v.growth, v.growthApproximate),
    growthRank: formatRank(v.growthRank, total),
    basis,
  };
}

function townshipRow(t: RankedTownship, total: number): ComparisonRowView {
  return {
    key: `township-${t.id}`,
    name: t.name,
    households: t.households === null ? '—' : formatValue(t.households, '户'),
    householdsRank: formatRank(t.householdsRank, total),
    growth: growthText(t.growth, false),
    growthRank: formatRank(t.growthRank, total),
    basis: `${t.villages}个村的平均数`,
  };
}

/** Ranked rows and the two charts, best first; villages of the source page (not demo data) are highlighted. */
export function villageComparison(rows: VillageListInput[], approved: LoadedFigure[]): ComparisonView {
  const real = new Set(rows.filter((r) => !r.village.isDemo).map((r) => r.village.id));
  const figures = approved.map(toVillageFigure);
  const { villages, townships } = compareVillages(
    rows.map((r) => ({
      id: r.village.id,
      name: r.village.name,
      townshipId: r.township.id,
      townshipName: r.township.name,
      figures: figures.filter((f) => f.source.villageId === r.village.id),
    })),
  );
  const byHouseholds = [...villages].sort((a, b) => (a.householdsRank ?? 1e9) - (b.householdsRank ?? 1e9));
  const byGrowth = villages.filter((v) => v.growth !== null).sort((a, b) => (a.growthRank ?? 1e9) - (b.growthRank ?? 1e9));
  return {
    villages: byHouseholds.map((v) => villageRow(v, villages.length)),
    bases: villages.filter((v) => real.has(v.id) && v.growth !== null).map((v) => `${v.name}：${villageRow(v, 0).basis}`),
    townships: [...townships]
      .sort((a, b) => (a.householdsRank ?? 1e9) - (b.householdsRank ?? 1e9))
      .map((t) => townshipRow(t, townships.length)),
    householdsChart: byHouseholds
      .filter((v) => v.households !== null)
      .map((v) => ({ label: v.name, value: v.households!, text: villageRow(v, 0).households, highlight: real.has(v.id) })),
    growthChart: byGrowth.map((v) => ({
      label: v.name,
      value: Math.round(v.growth! * 1000) / 10,
      text: growthText(v.growth, v.growthApproximate),
      highlight: real.has(v.id),
    })),
    note: VILLAGE_WORDS.growthNote,
  };
}
