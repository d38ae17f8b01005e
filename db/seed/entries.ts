import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection';
import { indicatorSteps } from '../schema';
import type { SeededIndicator } from './campaign';
import { SEED_LAST_DAY } from './demo-day';
import { shiftPeriod } from '../../lib/metrics/period';
import { drawTimes, openPeriods } from './periods';
import type { Rng } from './random';
import { COUNTIES } from './reference';
import { SharedSeries, seriesKey } from './shared-series';
import { drawCountyBias, drawCountyFactors, nextValue } from './values';

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

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** One month's drawn entry of one indicator, before shared statistics are made one value. */
interface Draft {
  ind: SeededIndicator;
  period: string;
  texts: [string, string, string];
  status: 'approved' | 'submitted' | 'returned' | 'draft';
  late: boolean;
  submittedAt: string;
  reviewedAt: string;
}

/** Every month's draws of every indicator, in the demo's fixed order (the PRNG's sequence). */
function drawAll(rng: Rng, o: { indicators: SeededIndicator[]; years: number[]; lastPeriod: string }, series: SharedSeries): Draft[] {
  const [lastYear, lastMonth] = o.lastPeriod.split('-').map(Number) as [number, number];
  const drafts: Draft[] = [];
  for (const ind of o.indicators) {
    if (ind.kind === 'milestone') continue;
    for (const year of o.years) {
      let cumulative = 0;
      const lastM = year === lastYear ? lastMonth - ind.lag : 12;
      for (let m = 1; m <= lastM; m++) {
        const period = `${year}-${pad(m)}`;
        const value = nextValue(rng, ind, m, cumulative);
        if (ind.kind === 'cumulative') cumulative = value;
        if ((ind.combinedJanFeb && m === 1) || rng.chance(period === o.lastPeriod ? 0.05 : 0.015)) {
          series.drawn(ind, period, value, null); // not due (1—2月 combined) or not reported
          continue;
        }
        // 错月: the figure of month m is owed (and submitted) in the round m + lag.
        const round = shiftPeriod(period, ind.lag);
        const times = drawTimes(rng, round, round === o.lastPeriod);
        let status: Draft['status'] = 'approved';
        if (period === o.lastPeriod) {
          const r = rng();
          status = r < 0.88 ? 'approved' : r < 0.95 ? 'submitted' : r < 0.98 ? 'returned' : 'draft';
        }
        const texts: Draft['texts'] = [rng.pick(PROGRESS), rng.pick(PROBLEMS), rng.pick(NEXT)];
        series.drawn(ind, period, value, ind.county ? drawCountyFactors(rng) : null);
        drafts.push({ ind, period, texts, status, ...times });
      }
    }
  }
  return drafts;
}

/**
 * Opens the periods, writes monthly entries January–September (for every year in `years`),
 * county values and milestone completions. `openPeriod` gets no entries: it is the period leads
 * fill next. A statistic listed by several task forces has one value per month (SharedSeries).
 */
export function seedEntries(
  db: Db,
  rng: Rng,
  o: { campaignId: number; indicators: SeededIndicator[]; years: number[]; lastPeriod: string; openPeriod: string },
): void {
  openPeriods(db, o);
  const countyBias = drawCountyBias(rng);
  const series = new SharedSeries();
  const drafts = drawAll(rng, o, series);
  writeEntries(db, drafts, series, countyBias);
  completeMilestones(
    db,
    rng,
    o.indicators.filter((i) => i.kind === 'milestone'),
    o.lastPeriod,
  );
}

function writeEntries(db: Db, drafts: Draft[], series: SharedSeries, countyBias: number[]): void {
  const sqlite = db.$client;
  const insertEntry = sqlite.prepare(
    `insert into progress_entries (indicator_id, period, value, work_progress, problems, next_steps, status, version, late,
       created_at, updated_at, submitted_at, first_submitted_at, reviewed_at, return_reason)
     values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCounty = sqlite.prepare(
    `insert into county_values (indicator_id, period, region_code, value, updated_at) values (?, ?, ?, ?, ?)`,
  );
  const county = new Map<string, Map<string, number[]>>();
  for (const d of drafts) {
    const submitted = d.status !== 'draft';
    const reviewed = d.status === 'approved' || d.status === 'returned';
    insertEntry.run(
      d.ind.id,
      d.period,
      series.value(d.ind, d.period),
      ...d.texts,
      d.status,
      submitted && d.late ? 1 : 0,
      d.submittedAt,
      reviewed ? d.reviewedAt : d.submittedAt,
      submitted ? d.submittedAt : null,
      submitted ? d.submittedAt : null,
      reviewed ? d.reviewedAt : null,
      d.status === 'returned' ? '数据与统计部门口径不一致，请核实后重新报送。' : null,
    );
    if (!d.ind.county) continue;
    const year = d.period.slice(0, 4);
    const cacheKey = `${seriesKey(d.ind)}|${year}`;
    let months = county.get(cacheKey);
    if (!months) {
      months = series.county(
        d.ind,
        Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`),
        countyBias,
      );
      county.set(cacheKey, months);
    }
    months.get(d.period)!.forEach((v, i) => insertCounty.run(d.ind.id, d.period, COUNTIES[i]!.code, v, d.reviewedAt));
  }
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
      // Done early: on the 5th of the planned month, but never after the demo's day.
      const early = s.plannedDate.slice(0, 8) + '05';
      if (rng.chance(0.1 * p))
        db.update(indicatorSteps)
          .set({ doneDate: early < SEED_LAST_DAY ? early : SEED_LAST_DAY })
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
