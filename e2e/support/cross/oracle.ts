/**
 * The second opinion in the book: scores, ranks, movement and group progress worked out straight
 * from the rows (support/meeting-ranks.ts and support/meetings.ts, which do not use lib/metrics),
 * and the names by which files and documents identify objects.
 */
import type Database from 'better-sqlite3';
import type { FigureBook } from './book';
import { independentRanks } from '../meeting-ranks';
import { independentGroups, pct, type TaskForceProgress } from '../meetings';
import type { Names } from './pptx';

const movement = (m: number | null) => (m === null ? '—' : m > 0 ? `+${m}` : m < 0 ? `${m}` : '0');

function addProgress(book: FigureBook, entity: 'competition' | 'task-force', id: number, p: TaskForceProgress): void {
  const surface = 'oracle（数据库行）';
  book.add(surface, entity, id, 'status', p.status ?? 'none');
  book.add(
    surface,
    entity,
    id,
    'completion',
    p.status === null ? '无累计型指标' : p.completion === null ? '均未报送' : pct(p.completion).replace('%', ''),
  );
  if (p.expected !== null) book.add(surface, entity, id, 'expected', pct(p.expected).replace('%', ''));
}

/** Adds the oracle's score, rank, movement, completion, 应完成 and status of every competition and task force. */
export function addOracle(book: FigureBook, db: Database.Database, period: string, competitionIds: number[]): void {
  const ranks = independentRanks(db, period);
  for (const [entity, map] of [
    ['competition', ranks.competitions],
    ['task-force', ranks.taskForces],
  ] as const)
    for (const [id, r] of map) {
      book.add('oracle（数据库行）', entity, id, 'score', r.score === null ? '—' : r.score.toFixed(1));
      book.add('oracle（数据库行）', entity, id, 'rank', r.rank === null ? '—' : String(r.rank));
      book.add('oracle（数据库行）', entity, id, 'movement', movement(r.movement));
    }
  for (const id of competitionIds) {
    const g = independentGroups(db, id, period);
    addProgress(book, 'competition', id, g.competition);
    for (const [tf, p] of g.taskForces) addProgress(book, 'task-force', tf, p);
  }
}

function unique<K>(pairs: [K, number][], what: string): Map<K, number> {
  const m = new Map<K, number>();
  for (const [k, v] of pairs) {
    if (m.has(k)) throw new Error(`${what} "${String(k)}" names two objects`);
    m.set(k, v);
  }
  return m;
}

/** Competitions, task forces and indicators (name|task force) of the year by the names surfaces print. */
export function loadNames(db: Database.Database, year: number): Names {
  const all = <T>(sql: string) => db.prepare(sql).all(year) as T[];
  const join = `join competitions c on c.id = t.competition_id join campaigns k on k.id = c.campaign_id and k.year = ?`;
  return {
    competition: unique(
      all<{ id: number; name: string }>(
        `select c.id, c.name from competitions c join campaigns k on k.id = c.campaign_id and k.year = ?`,
      ).map((r) => [r.name, r.id]),
      'competition',
    ),
    taskForce: unique(
      all<{ id: number; name: string }>(`select t.id, t.name from task_forces t ${join}`).map((r) => [r.name, r.id]),
      'task force',
    ),
    indicator: unique(
      all<{ id: number; name: string; tf: string }>(
        `select i.id, i.name, t.name as tf from indicators i join task_forces t on t.id = i.task_force_id ${join}`,
      ).map((r) => [`${r.name}|${r.tf}`, r.id]),
      'indicator',
    ),
  };
}

/**
 * The indicators sampled: the first of each kind × direction × lag (错月 or not), and the named
 * cases of the rules — the ceilings 生产安全事故起数 and the lower-is-better rates 城镇登记失业率
 * (each of them), a zero-tolerance target (新增违法建筑 0处) over its line, and a figure that
 * awaits approval (待审核).
 */
export function sampleIndicators(
  db: Database.Database,
): { id: number; name: string; kind: string; direction: string; lag: number; taskForceId: number }[] {
  return db
    .prepare(
      `select i.id, i.name, i.kind, i.direction, i.lag_months as lag, i.task_force_id as taskForceId from indicators i
       where i.id in (select min(id) from indicators group by kind, direction, lag_months > 0)
          or i.name in ('生产安全事故起数', '城镇登记失业率')
          or i.id = (select max(x.id) from indicators x join progress_entries e on e.indicator_id = x.id and e.period = '2020-09'
                     where x.name = '新增违法建筑' and x.annual_target = 0 and e.value > 0 and e.status = 'approved')
          or i.id = (select min(x.id) from indicators x join progress_entries e on e.indicator_id = x.id and e.period = '2020-09'
                     where e.status = 'submitted' and x.lag_months = 0 and x.kind = 'cumulative')
       order by i.id`,
    )
    .all() as { id: number; name: string; kind: string; direction: string; lag: number; taskForceId: number }[];
}
