/**
 * What an import would do, before it writes: every validated record checked for duplicates and
 * for the names it refers to, then matched by name with what exists (lib/structure/types
 * RECORD_KEY) as 新增 / 修改 (with the columns that change) / 不变. Pure; the mutation writes
 * exactly the 新增 and 修改 records of a plan without errors.
 */
import { SHEET_KEYS, STRUCTURE_SHEETS, type RowStatus, type SheetKey } from './sheets';
import {
  reportedIndicatorChange,
  reportedPhasedChange,
  TARGET_PLAN_TEXT,
  type ArchivedNames,
  type PlannedTargetChange,
} from './target-plan';
import { RECORD_KEY, type ImportedStructure, type IndicatorRecord, type PhasedTargetRecord, type StructureData } from './types';
import type { RowProblem, ValidatedStructure } from './validate';

export interface PlanRow {
  sheet: SheetKey;
  row: number;
  name: string;
  status: RowStatus;
  /** Headers of the columns that change (修改). */
  changes: string[];
  errors: string[];
  /** The 目标调整 this row makes of a reported indicator. */
  target?: PlannedTargetChange;
}

export type Counts = Record<RowStatus, number>;

export interface StructurePlan {
  rows: PlanRow[];
  counts: Counts;
  bySheet: Record<SheetKey, Counts>;
  /** The records to write, by sheet, with whether each is new. */
  writes: { [K in SheetKey]: { record: ImportedStructure[K][number]; isNew: boolean }[] };
  /**
   * The 目标调整 of reported indicators (annual target, target rank, a month's phased target),
   * written with the import's one reason (the writes keep the old targets and leave out such phased rows).
   */
  targetChanges: PlannedTargetChange[];
}

/**
 * What exists: the target campaign's structure (empty for a new one) and the district's units and
 * people; the names archived (not to be added again), and the indicators with entries (key 专班／指标).
 */
export type ExistingStructure = StructureData & { archived?: ArchivedNames; reported?: ReadonlySet<string> };

type Rec = Record<string, unknown> & { row: number };

const zeroCounts = (): Counts => ({ add: 0, change: 0, same: 0, error: 0 });

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The headers of the columns in which `rec` differs from `old`. */
function changedColumns(key: SheetKey, rec: Rec, old: Record<string, unknown>): string[] {
  const headers = STRUCTURE_SHEETS[key].columns as Record<string, string>;
  return Object.keys(headers)
    .filter((col) => !sameValue(rec[col], old[col]))
    .map((col) => headers[col]!);
}

/** Names known to each sheet: the file's (also of rows with errors, so one bad row causes one error) and the database's. */
function knownNames(v: ValidatedStructure, existing: ExistingStructure) {
  const names = (key: 'competitions' | 'taskForces' | 'units' | 'people') =>
    new Set<string>([
      ...existing[key].map((r) => r.name),
      ...v.data[key].map((r) => r.name),
      ...v.problems.filter((p) => p.sheet === key && p.name).map((p) => p.name),
    ]);
  const kinds = new Map<string, string>();
  for (const r of [...existing.indicators, ...v.data.indicators]) kinds.set(RECORD_KEY.indicators(r), r.kind);
  const broken = new Set(v.problems.filter((p) => p.sheet === 'indicators').map((p) => p.name));
  return {
    competitions: names('competitions'),
    taskForces: names('taskForces'),
    units: names('units'),
    people: names('people'),
    kinds,
    broken,
  };
}

type Known = ReturnType<typeof knownNames>;

/** Reference and consistency errors of one valid record. */
function referenceErrors(key: SheetKey, r: Rec, known: Known, year: number): string[] {
  const e: string[] = [];
  const need = (set: Set<string>, value: unknown, label: string, where: string) => {
    if (typeof value === 'string' && value && !set.has(value))
      e.push(`${label}：“${value}”不在“${where}”表中，也不在系统中，请先添加或改正名称`);
  };
  const h = STRUCTURE_SHEETS[key].columns as Record<string, string>;
  if ('leadPerson' in r) need(known.people, r.leadPerson, h.leadPerson!, '人员');
  if ('leadUnit' in r) need(known.units, r.leadUnit, h.leadUnit!, '单位');
  if (key === 'people') need(known.units, r.unit, h.unit!, '单位');
  if (key === 'taskForces') {
    need(known.competitions, r.competition, h.competition!, '竞赛');
    for (const m of r.members as string[]) need(known.units, m, h.members!, '单位');
  }
  if (key === 'indicators') {
    need(known.taskForces, r.taskForce, h.taskForce!, '专班');
    need(known.units, r.responsibleUnit, h.responsibleUnit!, '单位');
  }
  if (key === 'units' && r.kind === 'department' && r.regionCode) e.push('区划代码：部门不填区划代码，请清空');
  if (key === 'phasedTargets' || key === 'steps') {
    const ik = `${r.taskForce}／${r.indicator}`;
    const kind = known.kinds.get(ik);
    if (!kind && !known.broken.has(String(r.indicator)))
      e.push(`指标名称：专班“${r.taskForce}”中没有指标“${r.indicator}”，请先在“指标”表中添加`);
    if (key === 'phasedTargets') {
      if (kind && kind !== 'cumulative' && kind !== 'level') e.push('阶段目标：只有累计型和时点型指标设阶段目标');
      if (!String(r.period).startsWith(`${year}-`)) e.push(`统计期：应为 ${year} 年的月份（导入的活动为 ${year} 年度）`);
    }
    if (key === 'steps' && kind && kind !== 'milestone') e.push('节点名称：只有节点型指标设节点');
  }
  return e;
}

/** The plan of importing `v` over `existing` for a campaign of `year`. */
export function planStructure(v: ValidatedStructure, existing: ExistingStructure, year: number): StructurePlan {
  const known = knownNames(v, existing);
  const rows: PlanRow[] = v.problems.map((p: RowProblem) => ({ ...p, status: 'error', changes: [] }));
  const writes = Object.fromEntries(SHEET_KEYS.map((k) => [k, []])) as unknown as StructurePlan['writes'];
  const targetChanges: PlannedTargetChange[] = [];
  for (const key of SHEET_KEYS) {
    const keyOf = RECORD_KEY[key] as (r: unknown) => string;
    const old = new Map((existing[key] as unknown[]).map((r) => [keyOf(r), r as Record<string, unknown>]));
    const seen = new Map<string, number>();
    for (const r of v.data[key] as unknown as Rec[]) {
      const id = keyOf(r);
      const errors = referenceErrors(key, r, known, year);
      if (seen.has(id)) errors.unshift(`与第 ${seen.get(id)} 行重复：同一${STRUCTURE_SHEETS[key].sheet}只能出现一次`);
      else seen.set(id, r.row);
      const planned = planRecord(key, r, old.get(id), existing, errors);
      rows.push(planned.row);
      if (planned.row.target) targetChanges.push(planned.row.target);
      // A reported indicator's phased target is written by its 目标调整 alone.
      const adjustsPhased = key === 'phasedTargets' && planned.row.target;
      if ((planned.row.status === 'add' || planned.row.status === 'change') && !adjustsPhased)
        (writes[key] as { record: unknown; isNew: boolean }[]).push({ record: planned.record, isNew: !old.has(id) });
    }
  }
  const order = new Map(SHEET_KEYS.map((k, i) => [k, i]));
  rows.sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)! || a.row - b.row);
  const counts = zeroCounts();
  const bySheet = Object.fromEntries(SHEET_KEYS.map((k) => [k, zeroCounts()])) as Record<SheetKey, Counts>;
  for (const r of rows) {
    counts[r.status] += 1;
    bySheet[r.sheet][r.status] += 1;
  }
  return { rows, counts, bySheet, writes, targetChanges };
}

/** A phased-target row as the preview names it: '签约额 2020年3月'. */
const phasedRowName = (indicator: string, period: string) => `${indicator} ${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;

/** One valid record against what exists: 新增 / 修改 / 不变, or its errors (an archived name, a reported indicator's kind). */
function planRecord(
  key: SheetKey,
  r: Rec,
  before: Record<string, unknown> | undefined,
  existing: ExistingStructure,
  errors: string[],
): { row: PlanRow; record: Rec } {
  const name = key === 'phasedTargets' ? phasedRowName(String(r.indicator), String(r.period)) : String(r.name ?? r.title ?? '');
  const id = (RECORD_KEY[key] as (r: unknown) => string)(r);
  if (!before && key in (existing.archived ?? {}) && existing.archived?.[key as keyof ArchivedNames]?.has(id))
    errors.push(TARGET_PLAN_TEXT.archived(key as keyof ArchivedNames, name));
  let record = r;
  let target: PlannedTargetChange | null = null;
  if (before && key === 'indicators' && existing.reported?.has(id)) {
    const headers = STRUCTURE_SHEETS.indicators.columns as Record<string, string>;
    const c = reportedIndicatorChange(r as unknown as IndicatorRecord, before as unknown as IndicatorRecord, headers);
    errors.push(...c.errors);
    target = c.change;
    record = { ...c.record, row: r.row } as unknown as Rec;
  }
  if (key === 'phasedTargets' && existing.reported?.has(`${r.taskForce}／${r.indicator}`))
    target = reportedPhasedChange(r as unknown as PhasedTargetRecord, before as unknown as PhasedTargetRecord | undefined);
  if (errors.length > 0) return { row: { sheet: key, row: r.row, name, status: 'error', changes: [], errors }, record };
  const changes = before ? changedColumns(key, r, before) : [];
  const status: RowStatus = !before ? 'add' : changes.length ? 'change' : 'same';
  return { row: { sheet: key, row: r.row, name, status, changes, errors: [], ...(target ? { target } : {}) }, record };
}
