import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connection';
import { loadSnapshotInput } from '../loaders/snapshot-input';
import { loadCampaignStructure } from '../loaders/structure';
import type { Campaign } from '../schema';
import { computeSnapshot } from '@/lib/metrics';
import { structureIn } from '@/lib/views/structure';
import { seedDemo } from './index';
import { freshDb, queries } from './test-db';

let db: Db;
const { all, one, count } = queries(() => db);

beforeAll(() => {
  db = freshDb();
  seedDemo(db);
});
afterAll(() => db.$client.close());

describe('demo seed — deterministic', () => {
  it('two runs give identical rows', () => {
    const other = freshDb();
    try {
      seedDemo(other);
      for (const table of [
        'indicators',
        'progress_entries',
        'phased_targets',
        'indicator_steps',
        'county_values',
        'task_forces',
        'periods',
        'work_items',
        'work_item_milestones',
        'projects',
        'project_figures',
        'village_metric_values',
        'villages',
        'published_rankings',
      ]) {
        const a = db.$client.prepare(`select * from ${table} order by id`).all();
        const b = other.$client.prepare(`select * from ${table} order by id`).all();
        expect(a.length, table).toBeGreaterThan(0);
        expect(b, table).toEqual(a);
      }
    } finally {
      other.$client.close();
    }
  });
});

describe('demo seed — campaign structure', () => {
  it('is the 2020 campaign 六抓六比·八大竞赛 as of 2020-09 in Kecheng', () => {
    expect(all(`select name, year, current_period as p, home_region_code as home from campaigns`)).toEqual([
      { name: '六抓六比·八大竞赛', year: 2020, p: '2020-09', home: '330802' },
    ]);
  });

  it('has 8 competitions and 40 task forces, 4–7 per competition, each with a lead leader, lead unit, members and goal', () => {
    expect(count(`select count(*) n from competitions`)).toBe(8);
    expect(count(`select count(*) n from task_forces`)).toBe(40);
    const per = all(`select c.id, count(t.id) n from competitions c left join task_forces t on t.competition_id = c.id group by c.id`);
    expect(per).toHaveLength(8);
    for (const { n } of per) {
      expect(Number(n)).toBeGreaterThanOrEqual(4);
      expect(Number(n)).toBeLessThanOrEqual(7);
    }
    expect(new Set(per.map((r) => r.n)).size).toBeGreaterThan(1); // spread unevenly
    expect(count(`select count(*) n from task_forces where lead_person_id is null or lead_unit_id is null or trim(goal) = ''`)).toBe(0);
    expect(
      count(
        `select count(*) n from task_forces t where not exists (select 1 from task_force_members m where m.task_force_id = t.id and m.unit_id <> t.lead_unit_id)`,
      ),
    ).toBe(0);
    expect(count(`select count(*) n from competitions where lead_person_id is null or lead_unit_id is null`)).toBe(0);
  });

  it('has 3–8 indicators per task force, all four kinds and both directions', () => {
    const per = all(`select t.id, count(i.id) n from task_forces t left join indicators i on i.task_force_id = t.id group by t.id`);
    expect(per).toHaveLength(40);
    for (const { n } of per) {
      expect(Number(n)).toBeGreaterThanOrEqual(3);
      expect(Number(n)).toBeLessThanOrEqual(8);
    }
    expect(all(`select distinct kind from indicators order by kind`).map((r) => r.kind)).toEqual([
      'cumulative',
      'level',
      'milestone',
      'rank',
    ]);
    expect(all(`select distinct direction from indicators order by direction`).map((r) => r.direction)).toEqual(['higher', 'lower']);
    // Each kind has what it is judged on.
    expect(count(`select count(*) n from indicators where kind in ('cumulative', 'level') and annual_target is null`)).toBe(0);
    expect(
      count(`select count(*) n from indicators where kind = 'rank' and (target_rank is null or target_rank < 1 or target_rank > 6)`),
    ).toBe(0);
    expect(
      count(
        `select count(*) n from indicators i where kind = 'milestone' and not exists (select 1 from indicator_steps s where s.indicator_id = i.id)`,
      ),
    ).toBe(0);
  });

  it('has quarterly phased targets (03, 06, 09, 12), cumulative and rising, for cumulative indicators', () => {
    const ids = all(`select distinct indicator_id as id from phased_targets`).map((r) => Number(r.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(count(`select count(*) n from phased_targets p join indicators i on i.id = p.indicator_id where i.kind <> 'cumulative'`)).toBe(
      0,
    );
    for (const id of ids) {
      const rows = all(`select period, target from phased_targets where indicator_id = ? order by period`, id);
      expect(rows.map((r) => r.period)).toEqual(['2020-03', '2020-06', '2020-09', '2020-12']);
      const targets = rows.map((r) => Number(r.target));
      for (let k = 1; k < targets.length; k++) expect(targets[k]!).toBeGreaterThanOrEqual(targets[k - 1]!);
      const annual = Number(one(`select annual_target as t from indicators where id = ?`, id).t);
      expect(targets[3]).toBeLessThanOrEqual(annual);
    }
  });
});

describe('demo seed — monthly values', () => {
  it('has entries January–September 2020 only, and opens 2020-10 for filling in', () => {
    expect(all(`select distinct period from progress_entries order by period`).map((r) => r.period)).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
      '2020-09',
    ]);
    expect(count(`select count(*) n from progress_entries e join indicators i on i.id = e.indicator_id where i.kind = 'milestone'`)).toBe(
      0,
    );
    expect(one(`select locked from periods where period = '2020-10'`).locked).toBe(0);
    expect(one(`select locked from periods where period = '2020-09'`).locked).toBe(0);
    expect(one(`select locked from periods where period = '2020-08'`).locked).toBe(1);
  });

  it('leaves a few due figures missing (but not many)', () => {
    // Due: months 1 … 9 − lag; a 1—2月 combined indicator owes no January.
    let due = 0;
    let missing = 0;
    const inds = all(`select id, lag_months as lag, combined_jan_feb as jf from indicators where kind <> 'milestone'`);
    const have = new Set(all(`select indicator_id as i, period as p from progress_entries`).map((r) => `${String(r.i)}:${String(r.p)}`));
    for (const ind of inds) {
      for (let m = 1; m <= 9 - Number(ind.lag); m++) {
        if (m === 1 && Number(ind.jf) === 1) continue;
        due++;
        if (!have.has(`${String(ind.id)}:2020-0${m}`)) missing++;
      }
    }
    expect(missing).toBeGreaterThan(0);
    expect(missing / due).toBeLessThan(0.1);
  });

  it('has a few late submissions, flagged consistently with the deadline of the round that owes them (错月)', () => {
    const rows = all(
      `select e.late, e.submitted_at as s, e.first_submitted_at as f, p.deadline as d from progress_entries e
         join indicators i on i.id = e.indicator_id
         join periods p on p.period = strftime('%Y-%m', e.period || '-01', '+' || i.lag_months || ' months')
        where e.submitted_at is not null`,
    );
    expect(rows.every((r) => r.f === r.s)).toBe(true);
    const late = rows.filter((r) => Number(r.late) === 1);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / rows.length).toBeLessThan(0.2);
    for (const r of rows) {
      if (Number(r.late) === 1) expect(String(r.s) > String(r.d)).toBe(true);
      else expect(String(r.s) <= String(r.d)).toBe(true);
    }
  });

  it('has 2020-09 entries in every workflow state, earlier months approved', () => {
    expect(all(`select distinct status from progress_entries where period = '2020-09' order by status`).map((r) => r.status)).toEqual([
      'approved',
      'draft',
      'returned',
      'submitted',
    ]);
    expect(count(`select count(*) n from progress_entries where period < '2020-09' and status <> 'approved'`)).toBe(0);
    expect(count(`select count(*) n from progress_entries where status = 'returned' and coalesce(return_reason, '') = ''`)).toBe(0);
  });

  it('has 1—2月 combined indicators: no January entry, a February one', () => {
    const combined = all(`select id from indicators where combined_jan_feb = 1`).map((r) => Number(r.id));
    expect(combined.length).toBeGreaterThan(0);
    for (const id of combined)
      expect(count(`select count(*) n from progress_entries where indicator_id = ? and period = '2020-01'`, id)).toBe(0);
    expect(
      count(`select count(*) n from progress_entries where period = '2020-02' and indicator_id in (${combined.join(',')})`),
    ).toBeGreaterThan(0);
  });

  it('has lagged (错月) indicators whose figures stop a month early', () => {
    const lagged = all(`select id, lag_months as lag from indicators where lag_months > 0`);
    expect(lagged.length).toBeGreaterThan(0);
    for (const r of lagged) {
      const last = `2020-${String(9 - Number(r.lag)).padStart(2, '0')}`;
      expect(count(`select count(*) n from progress_entries where indicator_id = ? and period > ?`, r.id, last)).toBe(0);
    }
  });

  it('has milestone steps done on time, late and not at all by the end of September', () => {
    const steps = all(`select planned_date as p, done_date as d from indicator_steps where planned_date <= '2020-09-30'`);
    expect(steps.some((s) => s.d !== null && String(s.d) <= String(s.p))).toBe(true);
    expect(steps.some((s) => s.d !== null && String(s.d) > String(s.p))).toBe(true);
    expect(steps.some((s) => s.d === null)).toBe(true);
  });
});

describe('demo seed — county comparison', () => {
  const SIX = ['330802', '330803', '330822', '330824', '330825', '330881'];

  it('stores the six Quzhou counties under 330800', () => {
    expect(all(`select code, name from regions where level = 'county' order by sort_order`)).toEqual([
      { code: '330802', name: '柯城区' },
      { code: '330803', name: '衢江区' },
      { code: '330822', name: '常山县' },
      { code: '330824', name: '开化县' },
      { code: '330825', name: '龙游县' },
      { code: '330881', name: '江山市' },
    ]);
    expect(one(`select name from regions where code = '330800'`).name).toBe('衢州市');
  });

  it('has values of all six counties for about a third of the indicators', () => {
    const flagged = count(`select count(*) n from indicators where has_county_comparison = 1`);
    const withValues = count(`select count(distinct indicator_id) n from county_values`);
    const total = count(`select count(*) n from indicators`);
    expect(withValues).toBe(flagged);
    expect(withValues / total).toBeGreaterThan(0.2);
    expect(withValues / total).toBeLessThan(0.45);
    const groups = all(
      `select indicator_id, period, group_concat(region_code) codes, count(*) n from county_values group by indicator_id, period`,
    );
    for (const g of groups) expect(String(g.codes).split(',').sort()).toEqual(SIX);
  });

  it("the home county's value is the district's own entry for that period", () => {
    const mismatched = count(
      `select count(*) n from county_values c join progress_entries e on e.indicator_id = c.indicator_id and e.period = c.period
       where c.region_code = '330802' and e.value <> c.value`,
    );
    expect(mismatched).toBe(0);
  });
});

describe('demo seed — units', () => {
  it('has Kecheng’s 18 streets and townships with statistical codes 330802xxx, in customary order', () => {
    const rows = all(`select u.name, u.region_code as code from units u where u.kind = 'township' order by u.sort_order`);
    expect(rows.map((r) => `${String(r.code)} ${String(r.name)}`)).toEqual([
      '330802005 新新街道',
      '330802006 府山街道',
      '330802007 荷花街道',
      '330802008 信安街道',
      '330802009 白云街道',
      '330802010 双港街道',
      '330802012 衢化街道',
      '330802013 花园街道',
      '330802100 石梁镇',
      '330802101 航埠镇',
      '330802205 黄家乡',
      '330802209 七里乡',
      '330802210 九华乡',
      '330802211 沟溪乡',
      '330802212 华墅乡',
      '330802213 姜家山乡',
      '330802214 万田乡',
      '330802215 石室乡',
    ]);
    expect(
      count(`select count(*) n from regions where level = 'township' and parent_code = '330802' and code glob '330802[0-9][0-9][0-9]'`),
    ).toBe(18);
  });

  it('has about 25 or more departments', () => {
    expect(count(`select count(*) n from units where kind = 'department'`)).toBeGreaterThanOrEqual(25);
  });

  it('every indicator has a responsible unit', () => {
    expect(count(`select count(*) n from indicators where responsible_unit_id is null`)).toBe(0);
  });
});

describe('demo seed — published rankings', () => {
  type Ranked = { id: number; rank: number | null; previousRank: number | null };
  const snapshotOf = (period: string) => {
    const campaign = db.query.campaigns.findFirst().sync() as Campaign;
    return computeSnapshot(loadSnapshotInput(db, campaign, period, structureIn(loadCampaignStructure(db, campaign.id), period)));
  };
  const ranksOf = (list: Ranked[]) => new Map(list.map((r) => [r.id, r.rank]));

  it('publishes every locked month exactly once, by the administrator, in order, with the ranks its snapshot computes', () => {
    const locked = all(`select period, locked_by as by from periods where locked = 1 order by period`);
    expect(locked.map((p) => p.period)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => `2020-${m}`));
    const rows = all(`select period, version, record, published_by as by, published_at as at from published_rankings order by id`);
    expect(rows.map((r) => [r.period, r.version])).toEqual(locked.map((p) => [p.period, 1]));
    const admin = one(`select id from users where username = 'demo-admin'`).id;
    let previous: Record<'taskForces' | 'competitions' | 'units', Ranked[]> | null = null;
    for (const row of rows) {
      expect(row.by).toBe(admin);
      const record = JSON.parse(String(row.record)) as Record<'taskForces' | 'competitions' | 'units', Ranked[]>;
      const snapshot = snapshotOf(String(row.period));
      expect(snapshot.taskForces.length).toBeGreaterThan(0);
      for (const group of ['taskForces', 'competitions', 'units'] as const) {
        expect(ranksOf(record[group]), `${String(row.period)} ${group}`).toEqual(ranksOf(snapshot[group]));
        // 争先进位 of each month is measured against the month before as published.
        if (previous)
          for (const r of record[group])
            expect(r.previousRank, `${String(row.period)} ${group} ${r.id}`).toBe(ranksOf(previous[group]).get(r.id) ?? null);
      }
      previous = record;
    }
  });

  it('the demo month compares with August as published', () => {
    expect(snapshotOf('2020-09')).toMatchObject({ previousPeriod: '2020-08', previousSource: 'published' });
  });
});

describe('audit log', () => {
  it('accepts inserts but rejects UPDATE and DELETE (append-only triggers)', () => {
    const sqlite = db.$client;
    const { lastInsertRowid } = sqlite
      .prepare(`insert into audit_log (action, entity_type, entity_id, detail) values ('test', 'progress_entry', '1', 'x')`)
      .run();
    expect(() => sqlite.prepare(`update audit_log set detail = 'y' where id = ?`).run(lastInsertRowid)).toThrow(/append-only/);
    expect(() => sqlite.prepare(`delete from audit_log where id = ?`).run(lastInsertRowid)).toThrow(/append-only/);
    expect(() => sqlite.prepare(`delete from audit_log`).run()).toThrow(/append-only/);
    expect(one(`select detail from audit_log where id = ?`, lastInsertRowid).detail).toBe('x');
  });
});

describe('demo seed — scale', () => {
  it('a ×2 seed finishes and is about twice the size', () => {
    const big = freshDb();
    try {
      const summary = seedDemo(big, { scale: 2 });
      expect(summary.taskForces).toBe(80);
      expect(summary.indicators).toBeGreaterThan(400);
      expect(summary.entries).toBeGreaterThan(0);
      // Five years of months, the last one up to September 2020.
      const periods = big.$client.prepare(`select min(period) lo, max(period) hi from progress_entries`).get() as {
        lo: string;
        hi: string;
      };
      expect(periods).toEqual({ lo: '2016-01', hi: '2020-09' });
      // Copies of a task force list the same statistics: one value per statistic and month.
      const differing = big.$client
        .prepare(
          `select count(*) n from (select i.name, i.unit, e.period from progress_entries e join indicators i on i.id = e.indicator_id
             group by i.name, i.unit, e.period having count(distinct e.value) > 1)`,
        )
        .get() as { n: number };
      expect(differing.n).toBe(0);
    } finally {
      big.$client.close();
    }
  }, 120_000);
});
