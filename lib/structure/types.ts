/**
 * A campaign's structure with every reference by name, as the workbook holds it: what the export
 * writes, what an import validates into, and what the diff compares with the database.
 */
import type { Direction, IndicatorKind, Unit } from '@/db/schema';

export interface UnitRecord {
  name: string;
  shortName: string | null;
  kind: Unit['kind'];
  regionCode: string | null;
}
export interface PersonRecord {
  name: string;
  title: string;
  unit: string | null;
}
export interface CompetitionRecord {
  name: string;
  shortName: string;
  description: string | null;
  leadPerson: string | null;
  leadUnit: string | null;
}
export interface TaskForceRecord {
  name: string;
  competition: string;
  goal: string;
  leadPerson: string | null;
  leadUnit: string | null;
  members: string[];
}
export interface IndicatorRecord {
  taskForce: string;
  name: string;
  kind: IndicatorKind;
  direction: Direction;
  unit: string;
  annualTarget: number | null;
  targetRank: number | null;
  weight: number;
  responsibleUnit: string | null;
  lagMonths: number;
  combinedJanFeb: boolean;
  hasCountyComparison: boolean;
}
export interface PhasedTargetRecord {
  taskForce: string;
  indicator: string;
  period: string;
  target: number;
}
export interface StepRecord {
  taskForce: string;
  indicator: string;
  title: string;
  plannedDate: string;
}

export interface StructureData {
  competitions: CompetitionRecord[];
  taskForces: TaskForceRecord[];
  indicators: IndicatorRecord[];
  phasedTargets: PhasedTargetRecord[];
  steps: StepRecord[];
  units: UnitRecord[];
  people: PersonRecord[];
}

/** A record read from the workbook, with the row number Excel shows. */
export type Rowed<T> = T & { row: number };

export type ImportedStructure = { [K in keyof StructureData]: Rowed<StructureData[K][number]>[] };

/** The identity of a record of each sheet: how an import matches it with what exists. */
export const RECORD_KEY: { [K in keyof StructureData]: (r: StructureData[K][number]) => string } = {
  competitions: (r) => r.name,
  taskForces: (r) => r.name,
  indicators: (r) => `${r.taskForce}／${r.name}`,
  phasedTargets: (r) => `${r.taskForce}／${r.indicator}／${r.period}`,
  steps: (r) => `${r.taskForce}／${r.indicator}／${r.title}`,
  units: (r) => r.name,
  people: (r) => r.name,
};

export const emptyStructure = (): StructureData => ({
  competitions: [],
  taskForces: [],
  indicators: [],
  phasedTargets: [],
  steps: [],
  units: [],
  people: [],
});
