/**
 * A second opinion on the ranks and their movement (争先进位) of every competition and task force,
 * from the scores of support/independent-score.ts (which does not use lib/metrics), by the
 * documented rules: standard competition ranking (1, 2, 2, 4) on scores rounded to 0.1, no score ⇒
 * no rank; movement = previous rank − rank, and none in the campaign's first month (January) or
 * when either month holds no data (no approved figure of any non-milestone indicator).
 */
import type Database from 'better-sqlite3';
import { independentCompetitionScore, type IndependentResult } from './independent-score';

export interface RankMove {
  score: number | null;
  rank: number | null;
  movement: number | null;
}

function competitionIds(db: Database.Database, year: number): number[] {
  return (
    db
      .prepare(`select c.id from competitions c join campaigns k on k.id = c.campaign_id where k.year = ? order by c.sort_order, c.id`)
      .all(year) as { id: number }[]
  ).map((r) => r.id);
}

function rankOf(scores: Map<number, number | null>): Map<number, number | null> {
  const valid = [...scores.values()].filter((s): s is number => s !== null);
  return new Map([...scores].map(([id, s]) => [id, s === null ? null : 1 + valid.filter((v) => v > s + 1e-9).length]));
}

function scoresOf(db: Database.Database, period: string): { results: IndependentResult[]; ids: number[] } {
  const ids = competitionIds(db, Number(period.slice(0, 4)));
  return { ids, results: ids.map((id) => independentCompetitionScore(db, id, period)) };
}

const holdsData = (results: IndependentResult[]) =>
  results.some((r) => r.indicators.some((i) => i.kind !== 'milestone' && i.value !== null));

function previousMonth(period: string): string | null {
  const m = Number(period.slice(5, 7));
  return m === 1 ? null : `${period.slice(0, 4)}-${String(m - 1).padStart(2, '0')}`;
}

/** Ranks and movement of every competition and every task force of the campaign year in `period`. */
export function independentRanks(
  db: Database.Database,
  period: string,
): { competitions: Map<number, RankMove>; taskForces: Map<number, RankMove> } {
  const now = scoresOf(db, period);
  const prevPeriod = previousMonth(period);
  const before = prevPeriod === null ? null : scoresOf(db, prevPeriod);
  const comparable = before !== null && holdsData(now.results) && holdsData(before.results);
  const build = (pick: (r: { results: IndependentResult[]; ids: number[] }) => Map<number, number | null>) => {
    const scores = pick(now);
    const rank = rankOf(scores);
    const prevRank = comparable ? rankOf(pick(before!)) : null;
    return new Map(
      [...scores].map(([id, score]) => {
        const r = rank.get(id) ?? null;
        const p = prevRank?.get(id) ?? null;
        return [id, { score, rank: r, movement: r === null || p === null ? null : p - r }];
      }),
    );
  };
  return {
    competitions: build((x) => new Map(x.ids.map((id, i) => [id, x.results[i]!.score]))),
    taskForces: build((x) => new Map(x.results.flatMap((r) => r.taskForces.map((t) => [t.id, t.score] as [number, number | null])))),
  };
}

/**
 * How much of the round `period` is in: figures owed (non-milestone indicators, data month = period −
 * lag in the same year, not January of a 1—2月 combined one) whose entry is submitted or approved.
 * The ranks carry the caveat "已报送N/M项，排名仅供参考" below 90%.
 */
export function independentCompleteness(db: Database.Database, period: string): { submitted: number; due: number; note: string | null } {
  const year = Number(period.slice(0, 4));
  const inds = db
    .prepare(
      `select i.id, i.lag_months as lag, i.combined_jan_feb as combined from indicators i join task_forces t on t.id = i.task_force_id
       join competitions c on c.id = t.competition_id join campaigns k on k.id = c.campaign_id where k.year = ? and i.kind <> 'milestone'`,
    )
    .all(year) as { id: number; lag: number; combined: number }[];
  const status = db.prepare(`select status from progress_entries where indicator_id = ? and period = ?`);
  let due = 0;
  let submitted = 0;
  for (const ind of inds) {
    const month = Number(period.slice(5, 7)) - ind.lag;
    if (month < 1 || (ind.combined === 1 && month === 1)) continue;
    due++;
    const s = (status.get(ind.id, `${year}-${String(month).padStart(2, '0')}`) as { status: string } | undefined)?.status;
    if (s === 'submitted' || s === 'approved') submitted++;
  }
  return { submitted, due, note: due > 0 && submitted / due < 0.9 ? `已报送${submitted}/${due}项，排名仅供参考` : null };
}
