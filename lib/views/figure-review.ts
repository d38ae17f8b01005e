/** Village and project figures awaiting review, as the /review page lists them beside the indicator entries. Pure. */
import type { ProjectFigure } from '@/db/schema';
import { formatBeijingTimeShort, formatLooseDate, formatQualified } from '@/lib/format';
import { periodText, type LoadedFigure } from './village-figures';

export interface FigureReviewItem {
  key: string;
  id: number;
  version: number;
  /** What is reviewed, in words: '茶青市场收购价（2020年）'. */
  title: string;
  /** Where it belongs: '双溪村 · 石梁镇 · 茶叶：…'. */
  where: string;
  value: string;
  note: string | null;
  submitted: string;
  late: boolean;
  href: string;
}

const submittedText = (by: string | null, at: string | null) => `${by ?? '—'} 提交于 ${formatBeijingTimeShort(at)}`;

export function villageReviewItems(
  rows: (LoadedFigure & { villageName: string; township: string; submittedByName: string | null })[],
): FigureReviewItem[] {
  return rows.map((f) => ({
    key: `village-figure-${f.id}`,
    id: f.id,
    version: f.version,
    title: `${f.metric.name}（${periodText(f.period)}）`,
    where: `${f.villageName} · ${f.township} · ${f.ventureName}`,
    value: formatQualified(f.value, f.metric.unit, f.qualifier),
    note: f.note,
    submitted: submittedText(f.submittedByName, f.submittedAt),
    late: f.late,
    href: `/villages/${f.villageId}`,
  }));
}

export function projectReviewItems(
  rows: { row: { project: { id: number; name: string } }; figure: ProjectFigure & { submittedByName: string | null } }[],
): FigureReviewItem[] {
  return rows.map(({ row, figure: f }) => ({
    key: `project-figure-${f.id}`,
    id: f.id,
    version: f.version,
    title: `${f.name}（截至${formatLooseDate(f.asOf)}）`,
    where: row.project.name,
    value: formatQualified(f.value, f.unit, f.qualifier),
    note: f.note,
    submitted: submittedText(f.submittedByName, f.submittedAt),
    late: f.late,
    href: `/projects/${row.project.id}`,
  }));
}
