import 'server-only';
import { searchByName, type SearchHit } from '@/lib/search/match';
import type { StatusKey } from '@/lib/format';
import { withPeriod, type DashboardContext } from './dashboard-context';
import { unitLabel } from './dashboard-names';
import { getPeriodSnapshot } from './snapshot';
import { getCampaignStructure } from './structure';

export interface SearchEntry {
  kind: 'competition' | 'taskForce' | 'indicator';
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

function entries(ctx: DashboardContext): { competitions: SearchEntry[]; taskForces: SearchEntry[]; indicators: SearchEntry[] } {
  const s = getCampaignStructure(ctx.campaign.id);
  const snap = getPeriodSnapshot(ctx.campaign, ctx.period);
  const comp = new Map(s.competitions.map((c) => [c.id, c]));
  const tf = new Map(s.taskForces.map((t) => [t.id, t]));
  const compR = new Map(snap.competitions.map((r) => [r.id, r]));
  const tfR = new Map(snap.taskForces.map((r) => [r.id, r]));
  const indR = new Map(snap.indicators.map((r) => [r.id, r]));
  return {
    competitions: s.competitions.map((c) => ({
      kind: 'competition',
      id: c.id,
      name: c.name,
      context: `${compR.get(c.id)?.taskForceIds.length ?? 0}个专班`,
      href: withPeriod(`/competitions/${c.id}`, ctx.period),
      score: compR.get(c.id)?.score ?? null,
      rank: compR.get(c.id)?.rank ?? null,
      status: null,
      pending: false,
    })),
    taskForces: s.taskForces.map((t) => ({
      kind: 'taskForce',
      id: t.id,
      name: t.name,
      context: comp.get(t.competitionId)?.name ?? '',
      href: withPeriod(`/task-forces/${t.id}`, ctx.period),
      score: tfR.get(t.id)?.score ?? null,
      rank: tfR.get(t.id)?.rank ?? null,
      status: null,
      pending: false,
    })),
    indicators: s.indicators.map((i) => {
      const t = tf.get(i.taskForceId);
      const r = indR.get(i.id);
      return {
        kind: 'indicator',
        id: i.id,
        name: i.name,
        context: `${t ? `${comp.get(t.competitionId)?.shortName ?? ''} › ${t.name}` : ''} · ${unitLabel(s, i.responsibleUnitId) ?? '—'}`,
        href: withPeriod(`/indicators/${i.id}`, ctx.period),
        score: r?.evaluation.score ?? null,
        rank: null,
        status: r?.evaluation.status ?? null,
        pending: r?.pending ?? false,
      };
    }),
  };
}

/**
 * Competitions, task forces and indicators whose name matches `query` in Chinese or pinyin
 * (initials such as “zsyz”, full syllables, or a mix); see lib/search. At most `limit` per kind.
 */
export function searchDashboard(ctx: DashboardContext, query: string, limit = 30): SearchResults {
  const all = entries(ctx);
  return {
    query,
    competitions: searchByName(all.competitions, query, limit),
    taskForces: searchByName(all.taskForces, query, limit),
    indicators: searchByName(all.indicators, query, limit),
  };
}

/** Ids of the task forces matching `query` (all of them when the query is empty). */
export function matchingTaskForceIds(ctx: DashboardContext, query: string): Set<number> | undefined {
  if (!query.trim()) return undefined;
  return new Set(searchByName(entries(ctx).taskForces, query, Number.MAX_SAFE_INTEGER).map((h) => h.item.id));
}
