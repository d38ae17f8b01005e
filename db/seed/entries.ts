import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection';
import { indicatorSteps, periods } from '../schema';
import { COUNTIES } from './reference';
import type { SeededIndicator } from './campaign';
import type { Rng } from './random';

const PROGRESS = [
  '按照年度目标倒排工期，挂图作战，本月各项工作有序推进。',
  '专班每周例会研究推进，重点项目、重点企业逐一对接。',
  '牵头领导带队开展现场督导，协调解决具体问题。',
  '完成月度目标任务，形成工作闭环。',
];
const PROBLEMS = [
  '部分项目要素保障不到位，进度慢于序时。',
  '受疫情影响，部分企业复工复产节奏偏慢。',
  '上级政策尚未落地，资金到位滞后。',
  '暂无突出问题。',
];
const NEXT = [
  '紧盯年度目标，全力冲刺四季度，确保实现全年红。',
  '加强向上对接，争取更多政策和资金支持。',
  '对照时间节点，一个一个节点抓突破。',
  '强化督查考核，对滞后事项亮灯督办。',
];

/** Deadline of a period: the 5th of the next month, 17:00 Beijing time (09:00 UTC). */
export function defaultDeadline(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${String(nm).padStart(2, '0')}-05T09:00:00.000Z`;
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

function roundValue(unit: string, v: number): number {
  if (['个', '家', '户', '人', '所', '条', '处', '起', '件', '张', '名', '项'].includes(unit)) return Math.max(0, Math.round(v));
  if (unit === '万元') return Math.round(v);
  return Math.round(v * 100) / 100;
}

/**
 * Opens the periods, writes monthly entries January–September (for every year in `years`),
 * county values and milestone completions. `openPeriod` gets no entries: it is the period leads fill next.
 */
export function seedEntries(
  db: Db,
  rng: Rng,
  o: { campaignId: number; indicators: SeededIndicator[]; years: number[]; lastPeriod: string; openPeriod: string },
): void {
  const [lastYear, lastMonth] = o.lastPeriod.split('-').map(Number) as [number, number];
  const allPeriods: string[] = [];
  for (const y of o.years) for (let m = 1; m <= (y === lastYear ? lastMonth : 12); m++) allPeriods.push(`${y}-${pad(m)}`);
  for (const p of allPeriods) {
    db.insert(periods)
      .values({
        campaignId: o.campaignId,
        period: p,
        deadline: defaultDeadline(p),
        locked: p !== o.lastPeriod,
        openedAt: `${p}-20T01:00:00.000Z`,
      })
      .run();
  }
  db.insert(periods)
    .values({
      campaignId: o.campaignId,
      period: o.openPeriod,
      deadline: defaultDeadline(o.openPeriod),
      locked: false,
      openedAt: `${o.openPeriod}-20T01:00:00.000Z`,
    })
    .run();

  const sqlite = db.$client;
  const insertEntry = sqlite.prepare(
    `insert into progress_entries (indicator_id, period, value, work_progress, problems, next_steps, status, version, late,
       created_at, updated_at, submitted_at, reviewed_at, return_reason)
     values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCounty = sqlite.prepare(
    `insert into county_values (indicator_id, period, region_code, value, updated_at) values (?, ?, ?, ?, ?)`,
  );
  const countyBias = COUNTIES.map(() => rng.range(0.75, 1.25));

  for (const ind of o.indicators) {
    if (ind.kind === 'milestone') continue;
    for (const year of o.years) {
      let cumulative = 0;
      const lastM = year === lastYear ? lastMonth - ind.lag : 12;
      for (let m = 1; m <= lastM; m++) {
        const period = `${year}-${pad(m)}`;
        const value = nextValue(rng, ind, m, cumulative);
        if (ind.kind === 'cumulative') cumulative = value;
        if (ind.combinedJanFeb && m === 1) continue;
        if (rng.chance(period === o.lastPeriod ? 0.05 : 0.015)) continue; // not reported
        const deadline = Date.parse(defaultDeadline(period));
        const lateSubmission = rng.chance(0.08);
        const submittedAt = new Date(
          deadline + (lateSubmission ? rng.int(1, 4) : -rng.int(0, 3)) * 86400000 - rng.int(0, 6) * 3600000,
        ).toISOString();
        const reviewedAt = new Date(Date.parse(submittedAt) + rng.int(2, 30) * 3600000).toISOString();
        let status: 'approved' | 'submitted' | 'returned' | 'draft' = 'approved';
        if (period === o.lastPeriod) {
          const r = rng();
          status = r < 0.88 ? 'approved' : r < 0.95 ? 'submitted' : r < 0.98 ? 'returned' : 'draft';
        }
        const submitted = status !== 'draft';
        insertEntry.run(
          ind.id,
          period,
          value,
          rng.pick(PROGRESS),
          rng.pick(PROBLEMS),
          rng.pick(NEXT),
          status,
          submitted && lateSubmission ? 1 : 0,
          submittedAt,
          status === 'approved' || status === 'returned' ? reviewedAt : submittedAt,
          submitted ? submittedAt : null,
          status === 'approved' || status === 'returned' ? reviewedAt : null,
          status === 'returned' ? '数据与统计部门口径不一致，请核实后重新报送。' : null,
        );
        if (ind.county) {
          COUNTIES.forEach((c, i) => {
            const v = i === 0 ? value : roundValue(ind.unit, value * countyBias[i]! * rng.range(0.85, 1.15));
            insertCounty.run(ind.id, period, c.code, v, reviewedAt);
          });
        }
      }
    }
  }
  completeMilestones(
    db,
    rng,
    o.indicators.filter((i) => i.kind === 'milestone'),
    o.lastPeriod,
  );
}

function nextValue(rng: Rng, ind: SeededIndicator, month: number, cumulative: number): number {
  const p = ind.performance;
  if (ind.kind === 'rank') {
    const base = (ind.targetRank ?? 3) + Math.round((1 - p) * 9 + rng.normal(0, 0.6));
    return Math.min(6, Math.max(1, base));
  }
  const target = ind.target ?? 0;
  if (ind.kind === 'level') {
    const spread = ind.unit === '%' ? Math.max(1, Math.abs(target) * 0.12) : Math.abs(target) * 0.1;
    const sign = ind.direction === 'higher' ? 1 : -1;
    const v = target + sign * (p - 1) * spread * 5 + rng.normal(0, spread * 0.25) * (1 + (12 - month) / 12);
    const capped = ind.unit === '%' && target >= 80 ? Math.min(100, v) : v;
    return roundValue(ind.unit, capped);
  }
  if (target === 0) return cumulative + (rng.chance(0.12) ? 1 : 0);
  const perMonth = target / 12;
  const factor = ind.direction === 'higher' ? p : 2 - p;
  const increment = perMonth * factor * rng.range(0.75, 1.25);
  return roundValue(ind.unit, cumulative + Math.max(0, increment));
}

function completeMilestones(db: Db, rng: Rng, inds: SeededIndicator[], lastPeriod: string) {
  if (inds.length === 0) return;
  const asOf = `${lastPeriod}-30`;
  const steps = db
    .select()
    .from(indicatorSteps)
    .where(
      inArray(
        indicatorSteps.indicatorId,
        inds.map((i) => i.id),
      ),
    )
    .all();
  const perf = new Map(inds.map((i) => [i.id, i.performance]));
  for (const s of steps) {
    const p = perf.get(s.indicatorId) ?? 1;
    if (s.plannedDate > asOf) {
      if (rng.chance(0.1 * p))
        db.update(indicatorSteps)
          .set({ doneDate: s.plannedDate.slice(0, 8) + '05' })
          .where(eq(indicatorSteps.id, s.id))
          .run();
      continue;
    }
    if (!rng.chance(Math.min(0.97, 0.75 * p))) continue;
    const shift = p >= 1 ? -rng.int(0, 9) : rng.int(-3, 25);
    const done = new Date(Date.parse(s.plannedDate) + shift * 86400000).toISOString().slice(0, 10);
    db.update(indicatorSteps)
      .set({ doneDate: done < asOf ? done : asOf })
      .where(eq(indicatorSteps.id, s.id))
      .run();
  }
}
