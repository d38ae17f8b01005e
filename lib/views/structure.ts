/**
 * The campaign's structure as loaded (db/queries/structure.ts loads it; tests build it by hand),
 * and the names view builders read from it.
 */
import type { Competition, Indicator, IndicatorStep, Person, TaskForce, Unit } from '@/db/schema';
import type { SnapshotInput } from '@/lib/metrics';
import { isActiveIn } from '@/lib/structure/archive';

export interface CampaignStructure {
  competitions: Competition[];
  taskForces: TaskForce[];
  indicators: Indicator[];
  phasedTargets: Map<number, { period: string; target: number }[]>;
  steps: Map<number, IndicatorStep[]>;
  units: Map<number, Unit>;
  people: Map<number, Person>;
}

/** 姓名（职务）of a person of the structure, or null. */
export function personLabel(s: CampaignStructure, id: number | null): string | null {
  const p = id === null ? undefined : s.people.get(id);
  return p ? `${p.name}（${p.title}）` : null;
}

/** A unit's full name, or null. */
export function unitLabel(s: CampaignStructure, id: number | null): string | null {
  return id === null ? null : (s.units.get(id)?.name ?? null);
}

/** Lookups by id of the structure's competitions, task forces and indicators. */
export function structureIndex(s: CampaignStructure) {
  return {
    competition: new Map(s.competitions.map((c) => [c.id, c])),
    taskForce: new Map(s.taskForces.map((t) => [t.id, t])),
    indicator: new Map(s.indicators.map((i) => [i.id, i])),
  };
}

/**
 * The structure as computeSnapshot takes it: competitions, task forces, units with their kind
 * (ranked among their own kind), and each indicator with its phased targets and milestone steps.
 */
export function snapshotStructure(s: CampaignStructure): Pick<SnapshotInput, 'competitions' | 'taskForces' | 'units' | 'indicators'> {
  return {
    competitions: s.competitions.map((c) => ({ id: c.id })),
    taskForces: s.taskForces.map((t) => ({ id: t.id, competitionId: t.competitionId })),
    units: [...s.units.values()].map((u) => ({ id: u.id, kind: u.kind })),
    indicators: s.indicators.map((i) => ({
      id: i.id,
      taskForceId: i.taskForceId,
      responsibleUnitId: i.responsibleUnitId,
      weight: i.weight,
      hasCountyComparison: i.hasCountyComparison,
      input: {
        kind: i.kind,
        direction: i.direction,
        unit: i.unit,
        annualTarget: i.annualTarget,
        targetRank: i.targetRank,
        lagMonths: i.lagMonths,
        combinedJanFeb: i.combinedJanFeb,
        phasedTargets: s.phasedTargets.get(i.id) ?? [],
        steps: (s.steps.get(i.id) ?? []).map((st) => ({ plannedDate: st.plannedDate, doneDate: st.doneDate })),
      },
    })),
  };
}

/**
 * The structure as it counts in `period` (lib/structure/archive isActiveIn): competitions, task
 * forces, indicators and units archived from `period` or earlier are left out, and so is whatever
 * sits under an archived competition or task force. Earlier periods keep them.
 */
export function structureIn(s: CampaignStructure, period: string): CampaignStructure {
  const competitions = s.competitions.filter((c) => isActiveIn(c, period));
  const compIds = new Set(competitions.map((c) => c.id));
  const taskForces = s.taskForces.filter((t) => compIds.has(t.competitionId) && isActiveIn(t, period));
  const tfIds = new Set(taskForces.map((t) => t.id));
  const indicators = s.indicators.filter((i) => tfIds.has(i.taskForceId) && isActiveIn(i, period));
  if (
    indicators.length === s.indicators.length &&
    taskForces.length === s.taskForces.length &&
    [...s.units.values()].every((u) => isActiveIn(u, period))
  )
    return s;
  const units = new Map([...s.units].filter(([, u]) => isActiveIn(u, period)));
  return { ...s, competitions, taskForces, indicators, units };
}
