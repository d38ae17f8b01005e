/** Search by name (Chinese or pinyin) over the campaign's competitions, task forces and indicators, with their figures. */
import type { UserScope } from '@/db/schema';
import type { StatusKey } from '@/lib/format';
import { searchByName, type SearchHit } from '@/lib/search/match';
import { withPeriod, type DashboardData } from './context';
import { unitLabel } from './structure';

export interface SearchEntry {
  /** Competition, task force or indicator (the schema's scope types). */
  kind: UserScope['scopeType'];
  id: number;
  name: string;
  /** Where it sits: 竞赛 › 专班, and the responsible unit for indicators. */
  context: string;
  href: string;
  score: number | null;
  rank: number | null;
  status: StatusKey | null;
  pending: boolean;
}

export interface SearchResults {
  query: string;
  competitions: SearchHit<SearchEntry>[];
  taskForces: SearchHit<SearchEntry>[];
  indicators: SearchHit<SearchEntry>[];
}

function competitionEntries({ ctx, structure: s, snapshot }: DashboardData): SearchEntry[] {
  const r = new Map(snapshot.competitions.map((x) => [x.id, x]));
  return s.competitions.map((c) => ({
    kind: 'competition',
    id: c.id,
    name: c.name,
    context: `${r.get(c.id)?.taskForceIds.length ?? 0}个专班`,
    href: withPeriod(`/competitions/${c.id}`, ctx.period),
    score: r.get(c.id)?.score ?? null,
    rank: r.get(c.id)?.rank ?? null,
    status: null,
    pending: false,
  }));
}

function taskForceEntries({ ctx, structure: s, snapshot }: DashboardData): SearchEntry[] {
  const comp = new Map(s.competitions.map((c) => [c.id, c]));
  const r = new Map(snapshot.taskForces.map((x) => [x.id, x]));
  return s.taskForces.map((t) => ({
    kind: 'taskForce',
    id: t.id,
    name: t.name,
    context: comp.get(t.competitionId)?.name ?? '',
    href: withPeriod(`/task-forces/${t.id}`, ctx.period),
    score: r.get(t.id)?.score ?? null,
    rank: r.get(t.id)?.rank ?? null,
    status: null,
    pending: false,
  }));
}

function indicatorEntries({ ctx, structure: s, snapshot }: DashboardData): SearchEntry[] {
  const comp = new Map(s.competitions.map((c) => [c.id, c]));
  const tf = new Map(s.taskForces.map((t) => [t.id, t]));
  const r = new Map(snapshot.indicators.map((x) => [x.id, x]));
  return s.indicators.map((i) => {
    const t = tf.get(i.taskForceId);
    const res = r.get(i.id);
    return {
      kind: 'indicator',
      id: i.id,
      name: i.name,
      context: `${t ? `${comp.get(t.competitionId)?.shortName ?? ''} › ${t.name}` : ''} · ${unitLabel(s, i.responsibleUnitId) ?? '—'}`,
      href: withPeriod(`/indicators/${i.id}`, ctx.period),
      score: res?.evaluation.score ?? null,
      rank: null,
      status: res?.evaluation.status ?? null,
      pending: res?.pending ?? false,
    };
  });
}

/**
 * Competitions, task forces and indicators whose name matches `query` in Chinese or pinyin
 * (initials such as “zsyz”, full syllables, or a mix); see lib/search. At most `limit` per kind.
 */
export function searchDashboard(data: DashboardData, query: string, limit = 30): SearchResults {
  return {
    query,
    competitions: searchByName(competitionEntries(data), query, limit),
    taskForces: searchByName(taskForceEntries(data), query, limit),
    indicators: searchByName(indicatorEntries(data), query, limit),
  };
}

/** Ids of the task forces matching `query` (undefined — all of them — when the query is empty). */
export function matchingTaskForceIds(data: DashboardData, query: string): Set<number> | undefined {
  if (!query.trim()) return undefined;
  return new Set(searchByName(taskForceEntries(data), query, Number.MAX_SAFE_INTEGER).map((h) => h.item.id));
}
