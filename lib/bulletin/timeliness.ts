/**
 * 报送及时率 per unit, from when entries were submitted against the deadline of the reporting round
 * they belong to (lib/metrics onTimeRate), counted the way the rankings page counts them
 * (db/queries/timeliness.ts): each opened period of the year up to the reported one is a round; in
 * each round every non-milestone indicator owes the figure of its data month — the round's month
 * minus its lag (错月) — except January of a 1—2月 combined indicator and months of the previous
 * year. Rounds whose deadline falls after the bulletin's date are not due yet. Entries never
 * submitted count as not on time. A unit answers for the indicators it is responsible for.
 */
import { onTimeRate, parseInstant, shiftPeriod } from '@/lib/metrics';
import type { BulletinInput } from './types';

export interface UnitTimeliness {
  unitId: number;
  /** The reported period's round alone. */
  due: number;
  onTime: number;
  rate: number | null;
  /** Every round from January up to the reported period. */
  dueYtd: number;
  onTimeYtd: number;
  rateYtd: number | null;
}

type Due = { submittedAt: string | null; deadline: string; round: string };

type Input = Pick<BulletinInput, 'period' | 'date' | 'structure' | 'submissions' | 'deadlines'>;

/** The due entries of every unit, keyed by unit id. */
export function dueEntries(input: Input): Map<number, Due[]> {
  const year = input.period.slice(0, 4);
  const asOf = parseInstant(`${input.date}T23:59:59+08:00`);
  const rounds = input.deadlines.filter((d) => {
    const at = parseInstant(d.deadline);
    return d.period.startsWith(year) && d.period <= input.period && (asOf === null || at === null || at <= asOf);
  });
  const submitted = new Map(input.submissions.map((s) => [`${s.indicatorId}|${s.period}`, s.submittedAt]));
  const out = new Map<number, Due[]>();
  for (const ind of input.structure.indicators) {
    if (ind.kind === 'milestone' || ind.responsibleUnitId === null) continue;
    const lag = Math.max(0, Math.floor(ind.lagMonths));
    for (const r of rounds) {
      const dataPeriod = shiftPeriod(r.period, -lag);
      if (!dataPeriod.startsWith(year)) continue;
      if (ind.combinedJanFeb && dataPeriod.endsWith('-01')) continue;
      const list = out.get(ind.responsibleUnitId) ?? [];
      list.push({ submittedAt: submitted.get(`${ind.id}|${dataPeriod}`) ?? null, deadline: r.deadline, round: r.period });
      out.set(ind.responsibleUnitId, list);
    }
  }
  return out;
}

function onTimeCount(entries: Due[]): number {
  const rate = onTimeRate(entries);
  return rate === null ? 0 : Math.round(rate * entries.length);
}

/** Each unit with at least one entry due this year, in the units' customary order. */
export function unitTimeliness(input: Input): UnitTimeliness[] {
  const rows: (UnitTimeliness & { order: number })[] = [];
  for (const [unitId, entries] of dueEntries(input)) {
    const current = entries.filter((e) => e.round === input.period);
    rows.push({
      unitId,
      due: current.length,
      onTime: onTimeCount(current),
      rate: onTimeRate(current),
      dueYtd: entries.length,
      onTimeYtd: onTimeCount(entries),
      rateYtd: onTimeRate(entries),
      order: input.structure.units.get(unitId)?.sortOrder ?? 0,
    });
  }
  return rows.sort((a, b) => a.order - b.order || a.unitId - b.unitId).map(({ order: _order, ...r }) => r);
}

/** Totals over all units: due and on time, this period and the year. */
export function totalTimeliness(rows: UnitTimeliness[]) {
  const sum = (f: (r: UnitTimeliness) => number) => rows.reduce((s, r) => s + f(r), 0);
  const due = sum((r) => r.due);
  const dueYtd = sum((r) => r.dueYtd);
  const onTime = sum((r) => r.onTime);
  const onTimeYtd = sum((r) => r.onTimeYtd);
  return { due, onTime, rate: due ? onTime / due : null, dueYtd, onTimeYtd, rateYtd: dueYtd ? onTimeYtd / dueYtd : null };
}
