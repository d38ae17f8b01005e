/** The figure slides of a report deck: 年度目标与完成, 指标明细 (paged), 全市排名与赶超测算 (paged). */
import { describeGap, formatMovement, formatNumber, formatProgressFigure, formatRank, formatAmount } from '@/lib/format';
import { catchUp, countyRank, defaultTargetRank, progressFigure, requirePeriod, type IndicatorResult } from '@/lib/metrics';
import { disambiguate, groupFigures } from '../measures';
import { indexSource } from '../source';
import { passAboveWords, reachTargetWords } from './catch-up-words';
import type { ReportIndicatorFacts, ReportSource } from './source';
import { reportTaskForces } from './texts';
import type { CatchUpRow, IndicatorDetailRow, ReportCountySlide, ReportGoalsSlide, ReportIndicatorsSlide } from './types';

export const REPORT_LIMITS = { indicators: 10, county: 4 } as const;

type Unnumbered<T> = Omit<T, 'number'>;

/** Splits `rows` into pages of `size` (at least one page, possibly empty). */
export function pages<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out.length ? out : [[]];
}

/** 年度目标与完成: each task force's goal and its progress against its 应完成 line. */
export function buildGoals(src: ReportSource): Unnumbered<ReportGoalsSlide> {
  const idx = indexSource(src.deck);
  const snap = src.deck.snapshot;
  const comp = snap.competitions.find((c) => c.id === src.competitionId);
  const tfResults = new Map(snap.taskForces.map((t) => [t.id, t]));
  const rows = reportTaskForces(src).flatMap((t) => {
    const r = tfResults.get(t.id);
    return r
      ? [{ taskForceId: t.id, name: t.name, goal: t.goal, ...groupFigures(r.progress, idx.resultsByTaskForce.get(t.id) ?? []) }]
      : [];
  });
  return {
    kind: 'report-goals',
    title: '年度目标与完成情况',
    notes: '',
    summary:
      `竞赛得分${formatNumber(comp?.score ?? null)}分，${formatRank(comp?.rank ?? null, snap.competitions.length)}，较上期${formatMovement(comp?.movement ?? null)}。` +
      rows.map((r) => `${r.name}：${r.text}`).join('；') +
      '。',
    competitionId: src.competitionId,
    score: comp?.score ?? null,
    rank: comp?.rank ?? null,
    total: snap.competitions.length,
    movement: comp?.movement ?? null,
    timeProgress: snap.timeProgress,
    rows,
  };
}

/** The headline figure, then the gap words (once, when the gap already states the figure). */
function figureWords(figure: string | undefined, gap: string): string {
  return !figure || gap.includes(figure) ? gap : `${figure}；${gap}`;
}

function targetText(f: ReportIndicatorFacts): string {
  if (f.kind === 'rank') return f.targetRank ? `全市前${f.targetRank}` : '—';
  if (f.kind === 'milestone') return '按节点完成';
  return formatAmount(f.annualTarget, f.unit);
}

function actualText(f: ReportIndicatorFacts, r: IndicatorResult): string {
  const e = r.evaluation;
  if (f.kind === 'milestone') return e.steps ? `已完成${e.steps.done}/${e.steps.total}` : '—';
  if (f.kind === 'rank') return formatRank(e.actual);
  return formatAmount(e.actual, f.unit);
}

/** One row per indicator of the competition: target, actual, completion or gap, status, county rank. */
export function detailRows(src: ReportSource): IndicatorDetailRow[] {
  const results = new Map(src.deck.snapshot.indicators.map((r) => [r.id, r]));
  const tfName = new Map(src.deck.structure.taskForces.map((t) => [t.id, t.name]));
  return src.indicators.flatMap((f) => {
    const r = results.get(f.id);
    if (!r) return [];
    const e = r.evaluation;
    const figure = formatProgressFigure(progressFigure(e), e.unit)?.text;
    return [
      {
        indicatorId: f.id,
        name: f.name,
        taskForce: tfName.get(f.taskForceId) ?? '—',
        target: targetText(f),
        actual: actualText(f, r),
        figure: figureWords(figure, describeGap(e)),
        status: e.status,
        countyRank: r.countyRank,
        countyTotal: r.countyTotal,
        countyMovement: r.countyMovement,
      },
    ];
  });
}

/** 指标明细, paged by REPORT_LIMITS.indicators. */
export function buildIndicators(src: ReportSource): Unnumbered<ReportIndicatorsSlide>[] {
  const rows = detailRows(src);
  const paged = pages(rows, REPORT_LIMITS.indicators);
  return paged.map((page, i) => ({
    kind: 'report-indicators',
    title: paged.length > 1 ? `指标明细（${i + 1}/${paged.length}）` : '指标明细',
    notes: '',
    summary: `本竞赛共${rows.length}项指标，本页${page.length}项：` + page.map((r) => `${r.name}${r.actual}`).join('，') + '。',
    page: i + 1,
    pages: paged.length,
    rows: page,
  }));
}

/** The county-compared indicators with the counties' bars and 赶超测算 (lib/metrics catchUp). */
export function catchUpRows(src: ReportSource): CatchUpRow[] {
  const results = new Map(src.deck.snapshot.indicators.map((r) => [r.id, r]));
  const tfName = new Map(src.deck.structure.taskForces.map((t) => [t.id, t.name]));
  const rows = src.indicators.flatMap((f) => {
    const r = results.get(f.id);
    const period = r?.evaluation.effectivePeriod;
    if (!r || !f.hasCountyComparison || !period || r.countyRank === null) return [];
    const values = src.countyValues.filter((v) => v.indicatorId === f.id && v.period === period);
    const names = new Map(values.map((v) => [v.regionCode, v.name]));
    const basis = f.kind === 'cumulative' ? 'cumulative' : 'level';
    const targetRank = f.kind === 'rank' ? f.targetRank : defaultTargetRank(values.length);
    const c = catchUp({
      values,
      homeRegionCode: src.homeRegionCode,
      direction: f.direction,
      basis,
      month: requirePeriod(period).month,
      targetRank,
    });
    if (!c) return [];
    const lower = f.direction === 'lower';
    return [
      {
        indicatorId: f.id,
        name: f.name,
        label: f.name,
        taskForce: tfName.get(f.taskForceId) ?? '',
        unit: f.unit,
        rank: c.rank,
        total: c.total,
        movement: r.countyMovement,
        bars: values.map((v) => ({
          name: v.name,
          value: v.value,
          rank: countyRank(values, v.regionCode, f.direction),
          home: v.regionCode === src.homeRegionCode,
        })),
        passAbove: passAboveWords(c, f.unit, lower, names),
        reachTarget: reachTargetWords(c, targetRank, f.unit, lower, names),
      },
    ];
  });
  return disambiguate(rows);
}

/** 全市排名与赶超测算, paged by REPORT_LIMITS.county. */
export function buildCounty(src: ReportSource): Unnumbered<ReportCountySlide>[] {
  const rows = catchUpRows(src);
  const paged = pages(rows, REPORT_LIMITS.county);
  return paged.map((page, i) => ({
    kind: 'report-county',
    title: paged.length > 1 ? `全市排名与赶超测算（${i + 1}/${paged.length}）` : '全市排名与赶超测算',
    notes: '',
    summary: rows.length
      ? page.map((r) => `${r.name}${formatRank(r.rank, r.total)}，较上期${formatMovement(r.movement)}。${r.passAbove}`).join('')
      : '本竞赛暂无与各县（市、区）比较的指标。',
    page: i + 1,
    pages: paged.length,
    rows: page,
  }));
}
