import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connection';
import { seedDemo } from './index';
import { freshDb, queries } from './test-db';

let db: Db;
const { all, one, count } = queries(() => db);

beforeAll(() => {
  db = freshDb();
  seedDemo(db);
});
afterAll(() => db.$client.close());

const COUNT_UNITS = ['个', '家', '户', '人', '所', '条', '处', '起', '件', '张', '名', '项'];

/** What a figure of a level indicator in % may plausibly be, by what it measures. */
function percentRange(name: string): [number, number] {
  if (name.endsWith('增速')) return [-20, 30];
  if (name.endsWith('下降率')) return [-10, 15];
  if (name.endsWith('投资完成率')) return [0, 150]; // completion of an investment plan can exceed it
  return [0, 100]; // shares, coverage, satisfaction, unemployment
}

describe('demo seed — a shared statistic is one value', () => {
  it('the same name and unit under several task forces is one statistic of one kind', () => {
    const shared = all(
      `select name, unit, count(distinct task_force_id) tfs, count(distinct kind || direction || lag_months || combined_jan_feb || has_county_comparison) variants
         from indicators group by name, unit having tfs > 1`,
    );
    expect(shared.length).toBeGreaterThan(20);
    for (const s of shared) expect(s.variants, `${String(s.name)}`).toBe(1);
  });

  it('carries the same figure each month under every task force', () => {
    const differing = all(
      `select i.name, i.unit, e.period, count(distinct e.value) n from progress_entries e join indicators i on i.id = e.indicator_id
        group by i.name, i.unit, e.period having n > 1`,
    );
    expect(differing).toEqual([]);
    const fai = all(
      `select distinct c.value from county_values c join indicators i on i.id = c.indicator_id
        where i.name = '固定资产投资' and c.period = '2020-09' and c.region_code = '330802'`,
    );
    expect(fai).toHaveLength(1);
    expect(count(`select count(distinct task_force_id) n from indicators where name = '固定资产投资'`)).toBeGreaterThanOrEqual(3);
  });

  it('and the same six county values', () => {
    const differing = all(
      `select i.name, c.period, c.region_code, count(distinct c.value) n from county_values c join indicators i on i.id = c.indicator_id
        group by i.name, i.unit, c.period, c.region_code having n > 1`,
    );
    expect(differing).toEqual([]);
  });
});

describe('demo seed — plausible figures', () => {
  it('rates in % stay within what they measure, the district’s and every county’s', () => {
    const rows = all(
      `select i.name, e.value from progress_entries e join indicators i on i.id = e.indicator_id where i.kind = 'level' and i.unit = '%'
       union all
       select i.name, c.value from county_values c join indicators i on i.id = c.indicator_id where i.kind = 'level' and i.unit = '%'`,
    );
    expect(rows.length).toBeGreaterThan(500);
    const out = rows.filter((r) => {
      const [lo, hi] = percentRange(String(r.name));
      return Number(r.value) < lo || Number(r.value) > hi;
    });
    expect(out).toEqual([]);
    const satisfaction = one(
      `select max(c.value) hi, min(c.value) lo from county_values c join indicators i on i.id = c.indicator_id where i.name = '群众安全感满意度'`,
    );
    expect(Number(satisfaction.hi)).toBeLessThanOrEqual(100);
    expect(Number(satisfaction.lo)).toBeGreaterThan(85);
  });

  it('counts are non-negative whole numbers: targets, figures and county values', () => {
    const units = COUNT_UNITS.map((u) => `'${u}'`).join(',');
    const bad = (sql: string) => all(sql).filter((r) => !Number.isInteger(Number(r.v)) || Number(r.v) < 0);
    expect(bad(`select annual_target v from indicators where kind = 'cumulative' and unit in (${units})`)).toEqual([]);
    expect(
      bad(
        `select e.value v from progress_entries e join indicators i on i.id = e.indicator_id where i.kind = 'cumulative' and i.unit in (${units})`,
      ),
    ).toEqual([]);
    expect(
      bad(
        `select c.value v from county_values c join indicators i on i.id = c.indicator_id where i.kind = 'cumulative' and i.unit in (${units})`,
      ),
    ).toEqual([]);
    expect(
      count(
        `select count(*) n from progress_entries e join indicators i on i.id = e.indicator_id where i.kind = 'cumulative' and e.value < 0`,
      ),
    ).toBe(0);
    expect(
      count(`select count(*) n from county_values where value < 0 and indicator_id in (select id from indicators where unit <> '%')`),
    ).toBe(0);
    expect(
      count(
        `select count(*) n from progress_entries e join indicators i on i.id = e.indicator_id where i.kind = 'rank' and (e.value < 1 or e.value > 6)`,
      ),
    ).toBe(0);
  });

  it('cumulative figures never fall within the year, the district’s or a county’s', () => {
    const falls = (table: string, extra: string) =>
      count(
        `select count(*) n from ${table} a join ${table} b on b.indicator_id = a.indicator_id ${extra}
           and b.period = substr(a.period, 1, 5) || printf('%02d', cast(substr(a.period, 6) as integer) + 1)
         where b.value < a.value and a.indicator_id in (select id from indicators where kind = 'cumulative')`,
      );
    expect(falls('progress_entries', '')).toBe(0);
    expect(falls('county_values', 'and b.region_code = a.region_code')).toBe(0);
  });

  it('Kecheng’s county value is its own reported figure wherever both exist', () => {
    const pairs = one(
      `select count(*) n, sum(c.value <> e.value) bad from county_values c
         join progress_entries e on e.indicator_id = c.indicator_id and e.period = c.period where c.region_code = '330802'`,
    );
    expect(Number(pairs.n)).toBeGreaterThan(100);
    expect(Number(pairs.bad)).toBe(0);
  });
});

describe('demo seed — as on the meeting day, 2020年10月9日', () => {
  it('stores the demo clock', () => {
    expect(one(`select value from app_meta where key = 'clock'`).value).toBe('2020-10-09T00:00:00+08:00');
  });

  it('records nothing after the evening before the meeting', () => {
    const until = '2020-10-08T10:00:00.000Z'; // 18:00 Beijing time, 8 October
    const latest = (sql: string) => String(one(sql).t ?? '');
    expect(
      latest(`select max(max(created_at, updated_at, coalesce(submitted_at, ''), coalesce(reviewed_at, ''))) t from progress_entries`) <=
        until,
    ).toBe(true);
    expect(latest(`select max(updated_at) t from county_values`) <= until).toBe(true);
    expect(latest(`select max(opened_at) t from periods`) <= until).toBe(true);
    expect(latest(`select max(done_date) t from indicator_steps`) <= '2020-10-08').toBe(true);
    expect(latest(`select max(actual_date) t from work_item_milestones`) <= '2020-10-08').toBe(true);
    expect(latest(`select max(actual_date) t from project_milestones`) <= '2020-10-08').toBe(true);
  });

  it('opens 2020-10 with no figures yet, deadline 5 November 17:00', () => {
    expect(one(`select locked, deadline, opened_at from periods where period = '2020-10'`)).toEqual({
      locked: 0,
      deadline: '2020-11-05T09:00:00.000Z',
      opened_at: '2020-10-06T01:00:00.000Z',
    });
    expect(count(`select count(*) n from progress_entries where period = '2020-10'`)).toBe(0);
    expect(count(`select count(*) n from indicators`)).toBe(215);
  });
});

describe('demo seed — the examples the demo is quoted with', () => {
  it('/indicators/197: 生产安全事故起数, ceiling 12起, 9起 by September against a phased ceiling of 8起', () => {
    expect(one(`select name, kind, direction, unit, annual_target t from indicators where id = 197`)).toEqual({
      name: '生产安全事故起数',
      kind: 'cumulative',
      direction: 'lower',
      unit: '起',
      t: 12,
    });
    expect(one(`select target from phased_targets where indicator_id = 197 and period = '2020-09'`).target).toBe(8);
    expect(one(`select value from progress_entries where indicator_id = 197 and period = '2020-09'`).value).toBe(9);
  });

  it('/indicators/169: 城镇登记失业率 2.67% (2.7%) against a 3.5% ceiling', () => {
    expect(one(`select name, kind, direction, unit, annual_target t from indicators where id = 169`)).toEqual({
      name: '城镇登记失业率',
      kind: 'level',
      direction: 'lower',
      unit: '%',
      t: 3.5,
    });
    expect(one(`select value from progress_entries where indicator_id = 169 and period = '2020-09'`).value).toBe(2.67);
  });

  it('新增违法建筑: a target of 0处 with 1处 by September', () => {
    const rows = all(
      `select i.annual_target t, e.value v from indicators i join progress_entries e on e.indicator_id = i.id
        where i.name = '新增违法建筑' and e.period = '2020-09'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toEqual({ t: 0, v: 1 });
  });
});
