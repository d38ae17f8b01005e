/**
 * A campaign's structure carried into another year: the same competitions, task forces and
 * indicators; targets either carried over (phased targets and milestone dates moved to the same
 * month of the new year) or left blank to be set again. Pure.
 */
import type { ValidatedStructure } from './validate';
import type { ImportedStructure, StructureData } from './types';

/** `YYYY-MM-DD` moved by `years` (29 February becomes 28 February in a common year). */
export function shiftDate(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

const numbered = <T>(rows: T[]) => rows.map((r, i) => ({ ...r, row: i + 2 }));

/** The structure of the new year, as an import of it would validate (no problems). */
export function newYearStructure(source: StructureData, years: number, targets: 'carry' | 'blank'): ValidatedStructure {
  const carry = targets === 'carry';
  const data: ImportedStructure = {
    competitions: numbered(source.competitions),
    taskForces: numbered(source.taskForces),
    indicators: numbered(source.indicators.map((i) => (carry ? i : { ...i, annualTarget: null, targetRank: null }))),
    phasedTargets: carry
      ? numbered(source.phasedTargets.map((p) => ({ ...p, period: `${Number(p.period.slice(0, 4)) + years}${p.period.slice(4)}` })))
      : [],
    steps: carry ? numbered(source.steps.map((s) => ({ ...s, plannedDate: shiftDate(s.plannedDate, years) }))) : [],
    units: numbered(source.units),
    people: numbered(source.people),
  };
  return { data, problems: [] };
}
