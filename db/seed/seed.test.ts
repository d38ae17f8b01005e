import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../connection';
import { runMigrations } from '../migrate';
import { seedDemo } from './index';

/** A fresh in-memory database with every migration applied. */
function freshDb(): Db {
  const db = openDb(':memory:');
  runMigrations(db);
  return db;
}

type Row = Record<string, unknown>;

let db: Db;
const all = (sql: string, ...params: unknown[]): Row[] => db.$client.prepare(sql).all(...params) as Row[];
const one = (sql: string, ...params: unknown[]): Row => {
  const row = db.$client.prepare(sql).get(...params) as Row | undefined;
  if (!row) throw new Error(`no row for: ${sql}`);
  return row;
};
const count = (sql: string, ...params: unknown[]): number => Number(one(sql, ...params).n);

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
      for (const table of ['indicators', 'progress_entries', 'phased_targets', 'indicator_steps', 'county_values', 'task_forces']) {
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

  it('has a few late submissions, flagged consistently with the period deadline', () => {
    const rows = all(
      `select e.late, e.submitted_at as s, p.deadline as d from progress_entries e join periods p on p.period = e.period where e.submitted_at is not null`,
    );
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

describe('demo seed — the source page’s facts, as printed', () => {
  it('双溪村 and its natural village 张西自然村 belong to 石梁镇', () => {
    const shuangxi = one(
      `select v.id, v.kind, u.name as town from villages v join units u on u.id = v.township_unit_id where v.name = '双溪村'`,
    );
    expect(shuangxi).toMatchObject({ kind: 'administrative', town: '石梁镇' });
    const zhangxi = one(
      `select v.kind, v.parent_village_id as parent, u.name as town from villages v join units u on u.id = v.township_unit_id where v.name = '张西自然村'`,
    );
    expect(zhangxi).toEqual({ kind: 'natural', parent: shuangxi.id, town: '石梁镇' });
  });

  it('the operator 柯城区优宿物业管理有限公司 was founded in March 2019 and runs 张西', () => {
    const op = one(
      `select o.short_name as short, o.founded_on as founded, o.partners, v.name as village from operators o join villages v on v.id = o.village_id where o.name = '柯城区优宿物业管理有限公司'`,
    );
    expect(op).toMatchObject({ short: '优宿', founded: '2019-03', village: '张西自然村' });
    expect(String(op.partners)).toContain('双溪村村集体');
    expect(
      all(`select kind from ventures where operator_id = (select id from operators where short_name = '优宿') order by kind`).map(
        (r) => r.kind,
      ),
    ).toEqual(['herbs', 'homestay', 'tea']);
  });

  it('the tea, homestay and herb figures', () => {
    const rows = all(
      `select m.key, m.unit, x.period, x.value, x.note, w.kind from village_metric_values x
       join village_metrics m on m.id = x.metric_id join ventures w on w.id = x.venture_id`,
    );
    const fact = (key: string, period: string) => {
      const found = rows.filter((r) => r.key === key && r.period === period);
      expect(found, `${key} ${period}`).toHaveLength(1);
      return found[0]!;
    };
    // Tea: green leaf 60 元/公斤 vs market 36 last year; dry tea 360–400 vs 200+ before.
    expect(fact('tea_leaf_price', '2020')).toMatchObject({ value: 60, unit: '元/公斤', kind: 'tea' });
    expect(fact('tea_leaf_market_price', '2019')).toMatchObject({ value: 36, unit: '元/公斤' });
    expect(fact('dry_tea_price_low', '2020')).toMatchObject({ value: 360, unit: '元/公斤' });
    expect(fact('dry_tea_price_high', '2020')).toMatchObject({ value: 400, unit: '元/公斤' });
    expect(fact('dry_tea_price_low', '2019')).toMatchObject({ value: 200 });
    // 70% of the village's green leaf, 50+ households, 3万+ vs 1.5万, 20万+ invested.
    expect(fact('leaf_purchase_share', '2020')).toMatchObject({ value: 70, unit: '%' });
    expect(fact('households_benefited', '2020')).toMatchObject({ value: 50, unit: '户' });
    expect(fact('grower_net_profit', '2020')).toMatchObject({ value: 3, unit: '万元' });
    expect(fact('grower_net_profit', '2019')).toMatchObject({ value: 1.5, unit: '万元' });
    expect(fact('operator_investment', '2019')).toMatchObject({ value: 20, unit: '万元' });
    expect(String(fact('operator_investment', '2019').note)).toContain('张小西');
    // Homestays: 29 houses, 85%+ villagers, 1.3万+ revenue, 60% share ≈ 8000 元.
    expect(fact('houses_renovated', '2020')).toMatchObject({ value: 29, kind: 'homestay' });
    expect(fact('villager_worker_share', '2020')).toMatchObject({ value: 85, unit: '%' });
    expect(fact('homestay_revenue', '2020')).toMatchObject({ value: 1.3, unit: '万元' });
    expect(fact('owner_share_rate', '2020')).toMatchObject({ value: 60, unit: '%' });
    expect(fact('owner_income', '2020')).toMatchObject({ value: 8000, unit: '元' });
    // Herbs: 4 亩 with 胡庆余堂.
    expect(fact('herb_trial_area', '2020')).toMatchObject({ value: 4, unit: '亩', kind: 'herbs' });
    expect(String(fact('herb_trial_area', '2020').note)).toContain('胡庆余堂');
    // The page's approximate wording is kept.
    expect(String(fact('grower_net_profit', '2020').note)).toContain('3万多元');
    expect(String(fact('villager_worker_share', '2020').note)).toContain('85%以上');
    expect(String(fact('owner_income', '2020').note)).toContain('将近8000元');
  });

  it('the project 实达实衢州智能制造服务平台', () => {
    const p = one(
      `select id, owner_enterprise as owner, land_mu as land, planned_investment as inv, phase, is_demo as demo from projects where name = '实达实衢州智能制造服务平台'`,
    );
    expect(p).toMatchObject({ owner: '实达实集团有限公司', land: 36.4, inv: 15000, phase: '一期', demo: 0 });
    const topped = one(
      `select actual_date as d, date_label as label from project_milestones where project_id = ? and title like '%结顶%'`,
      p.id,
    );
    expect(topped.label).toBe('2020年8月');
    expect(String(topped.d)).toMatch(/^2020-08-/);
    const inUse = one(
      `select planned_date as d, actual_date as a from project_milestones where project_id = ? and title like '%投入使用%'`,
      p.id,
    );
    expect(String(inUse.d)).toMatch(/^2021-05-/);
    expect(inUse.a).toBeNull();
    const figure = (name: string) => one(`select value, unit from project_figures where project_id = ? and name = ?`, p.id, name);
    expect(figure('招商完成率')).toEqual({ value: 80, unit: '%' });
    expect(figure('达成入驻意向企业')).toEqual({ value: 200, unit: '家' });
    expect(figure('2019年线下销售额')).toEqual({ value: 2.35, unit: '亿元' });
    expect(figure('2019年线上销售额')).toEqual({ value: 5, unit: '亿元' });
  });

  it('the work item 姜家山乡“拆墙透绿” with its dates and three next steps', () => {
    const item = one(
      `select w.id, w.title, w.owner_person as person, u.name as unit from work_items w join units u on u.id = w.owner_unit_id where w.title like '%拆墙透绿%'`,
    );
    expect(item).toMatchObject({ unit: '姜家山乡' });
    expect(String(item.title)).toContain('姜家山乡');
    expect(String(item.person)).toContain('余均');
    const ms = all(
      `select title, actual_date as actual, date_label as label from work_item_milestones where work_item_id = ? order by sort_order`,
      item.id,
    );
    expect(ms).toHaveLength(6);
    expect(ms[0]).toMatchObject({ label: '9月初' });
    expect(String(ms[0]!.actual)).toMatch(/^2020-09-/);
    expect(String(ms[0]!.title)).toContain('会议');
    expect(ms[1]).toMatchObject({ actual: '2020-10-01' });
    expect(String(ms[1]!.title)).toContain('挖掘机');
    expect(ms[2]).toMatchObject({ actual: '2020-10-04' });
    expect(String(ms[2]!.title)).toMatch(/大门.*院墙.*拆除/);
    const next = ms.slice(3);
    expect(next.map((m) => m.actual)).toEqual([null, null, null]);
    expect(String(next[0]!.title)).toContain('便民服务中心');
    expect(String(next[1]!.title)).toContain('双向识别系统');
    expect(String(next[2]!.title)).toContain('生态停车场');
  });

  it('names the leaders printed on the page with their titles', () => {
    const title = (name: string) => one(`select title from people where name = ?`, name).title;
    expect(title('朱素芳')).toBe('区委书记');
    expect(title('蒋国强')).toBe('区委副书记、区长');
    expect(title('王永明')).toBe('区委副书记、政法委书记');
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
    } finally {
      big.$client.close();
    }
  }, 120_000);
});
