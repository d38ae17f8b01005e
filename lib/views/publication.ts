/**
 * 已发布排名 and 修订 on the rankings page: whether the period's ranking was published (locked),
 * and — where figures were corrected afterwards — the published and the current rank side by
 * side, never one silently replacing the other.
 */
import { publishedRanksOf, revisionsOf, type PeriodSnapshot, type Revision } from '@/lib/metrics';
import { DASH, formatBeijingTime, formatBeijingTimeShort, formatNumber, formatPeriodZh, formatRank, formatValue } from '@/lib/format';
import type { CampaignStructure } from './structure';
import { keyedRows, text, type KeyedRow, type Table } from './table';

/** A published version as loaded (db/queries/published-rankings). */
export interface PublicationInput {
  version: number;
  record: unknown;
  publishedAt: string;
  publishedBy: string | null;
}

/** An administrator's correction of a figure after publication, with its 修订原因 (db/queries/published-rankings). */
export interface CorrectionInput {
  indicatorId: number;
  /** The data month of the corrected figure. */
  period: string;
  /** ISO instant of the correction (the reporting clock), null when unknown. */
  at: string | null;
  by: string | null;
  reason: string;
  before: number | null;
  after: number | null;
}

export interface PublicationView {
  /** One sentence: published when, by whom, which version; and whether it was revised since. */
  summary: string;
  /** The revised ranks (null when nothing changed since publication). */
  revisions: Table | null;
}

/** "已发布第3名 · 修订后第2名" (未排名 for a missing rank). */
export function revisionWords(r: Pick<Revision, 'publishedRank' | 'currentRank'>): string {
  const words = (rank: number | null) => (rank === null ? '未排名' : formatRank(rank));
  return `已发布${words(r.publishedRank)} · 修订后${words(r.currentRank)}`;
}

/** Where the period's movement (较上期) comes from, in words, or null when it has none. */
export function movementBasis(snapshot: PeriodSnapshot): string | null {
  if (snapshot.previousPeriod === null) return null;
  const month = formatPeriodZh(snapshot.previousPeriod);
  return snapshot.previousSource === 'published'
    ? `较上期升降与${month}已发布的排名比较。`
    : `较上期升降与${month}按现有已审核数据计算的排名比较（该月尚未发布排名）。`;
}

type Group = {
  key: string;
  kind: string;
  name: (id: number) => string | undefined;
  scores: Map<number, number | null>;
  /** The 修订原因 of the corrections of this group's own figures, in words. */
  reasons: (id: number) => string;
};

/** The corrections of the figures in a group, in words: '原因：…（指标 120 → 0；张三，10月9日 14:30）'. */
export function correctionWords(list: CorrectionInput[], s: Pick<CampaignStructure, 'indicators'>, shown: string): string {
  if (list.length === 0) return '名次随其他数据的更正而变化';
  const indicators = new Map(s.indicators.map((i) => [i.id, i]));
  return list
    .map((c) => {
      const ind = indicators.get(c.indicatorId);
      const month = c.period === shown ? '' : `${formatPeriodZh(c.period)}`;
      const change = `${ind?.name ?? '指标'}${month} ${formatValue(c.before, ind?.unit ?? '')} → ${formatValue(c.after, ind?.unit ?? '')}`;
      return `原因：${c.reason}（${change}；${c.by ?? '管理员'}，${formatBeijingTimeShort(c.at)}）`;
    })
    .join('；');
}

function rowsOf(g: Group, list: Revision[], publishedScores: Map<number, number | null>): KeyedRow[] {
  return list.flatMap((r) => {
    const name = g.name(r.id);
    if (!name) return [];
    const score = g.scores.get(r.id);
    return [
      {
        key: `revision-${g.key}-${r.id}`,
        cells: [
          text(g.kind),
          text(name),
          text(revisionWords(r)),
          text(formatNumber(publishedScores.get(r.id) ?? null)),
          text(score === undefined ? DASH : formatNumber(score)),
          text(g.reasons(r.id)),
        ],
      },
    ];
  });
}

function scoresOf(list: unknown): Map<number, number | null> {
  if (!Array.isArray(list)) return new Map();
  return new Map((list as { id: number; score: number | null }[]).map((x) => [x.id, typeof x.score === 'number' ? x.score : null]));
}

/** For each group kind, the words of the corrections of its own figures (task force, its competition, the responsible unit). */
function reasonsOf(corrections: CorrectionInput[], s: CampaignStructure, shown: string) {
  const indicators = new Map(s.indicators.map((i) => [i.id, i]));
  const competitionOf = new Map(s.taskForces.map((t) => [t.id, t.competitionId]));
  const by = (owner: (c: CorrectionInput) => number | null | undefined) => (id: number) =>
    correctionWords(
      corrections.filter((c) => owner(c) === id),
      s,
      shown,
    );
  const tf = (c: CorrectionInput) => indicators.get(c.indicatorId)?.taskForceId;
  return {
    taskForce: by(tf),
    competition: by((c) => competitionOf.get(tf(c) ?? -1)),
    unit: by((c) => indicators.get(c.indicatorId)?.responsibleUnitId),
  };
}

/** The publication of the snapshot's period (`versions` newest first), or null when it was never published. */
export function publicationView(
  versions: PublicationInput[],
  snapshot: PeriodSnapshot,
  s: CampaignStructure,
  corrections: CorrectionInput[] = [],
): PublicationView | null {
  const latest = versions[0];
  if (!latest) return null;
  const reasons = reasonsOf(corrections, s, snapshot.period);
  const ranks = publishedRanksOf(latest.record);
  const rec = (latest.record ?? {}) as Record<string, unknown>;
  const tfNames = new Map(s.taskForces.map((t) => [t.id, t.name]));
  const compNames = new Map(s.competitions.map((c) => [c.id, c.name]));
  const current = (list: { id: number; score: number | null }[]) => new Map(list.map((x) => [x.id, x.score]));
  const rows = [
    ...rowsOf(
      {
        key: 'competition',
        kind: '竞赛',
        name: (id) => compNames.get(id),
        scores: current(snapshot.competitions),
        reasons: reasons.competition,
      },
      revisionsOf(ranks.competitions, snapshot.competitions),
      scoresOf(rec.competitions),
    ),
    ...rowsOf(
      { key: 'task-force', kind: '专班', name: (id) => tfNames.get(id), scores: current(snapshot.taskForces), reasons: reasons.taskForce },
      revisionsOf(ranks.taskForces, snapshot.taskForces),
      scoresOf(rec.taskForces),
    ),
    ...rowsOf(
      { key: 'unit', kind: '部门与乡镇', name: (id) => s.units.get(id)?.name, scores: current(snapshot.units), reasons: reasons.unit },
      revisionsOf(ranks.units, snapshot.units),
      scoresOf(rec.units),
    ),
  ];
  const when = `${formatBeijingTime(latest.publishedAt)}由${latest.publishedBy ?? '管理员'}锁定发布（第${latest.version}版${versions.length > 1 ? `，共${versions.length}版` : ''}）`;
  const summary =
    rows.length === 0
      ? `本期排名已于${when}，发布后数据未更正，当前名次与发布时一致。`
      : `本期排名已于${when}。发布后有数据更正，${rows.length}项名次与发布时不同，见下方“修订”；会议通报以发布时名次为准。`;
  return {
    summary,
    revisions:
      rows.length === 0
        ? null
        : {
            id: 'ranking-revisions',
            title: '修订',
            columns: [
              { header: '类别' },
              { header: '名称' },
              { header: '名次', key: 'revision' },
              { header: '发布时得分' },
              { header: '当前得分' },
              { header: '修订原因', key: 'reason' },
            ],
            ...keyedRows(rows),
            note: '发布后更正了数据：左为发布时（锁定时）的名次，右为按更正后数据计算的名次；修订原因为管理员更正时填写。已发布的排名不会被改写。',
          },
  };
}
