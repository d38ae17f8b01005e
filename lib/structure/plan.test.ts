/** The plan of an import's phased targets: a reported indicator's month added or changed is a 目标调整, not a plain write. */
import { describe, expect, it } from 'vitest';
import { structurePreview } from '@/lib/views/structure-preview';
import { planStructure, type ExistingStructure } from './plan';
import { emptyStructure, type ImportedStructure, type IndicatorRecord, type PhasedTargetRecord } from './types';
import type { ValidatedStructure } from './validate';

const indicator = (name: string): IndicatorRecord => ({
  taskForce: '招商专班',
  name,
  kind: 'cumulative',
  direction: 'higher',
  unit: '万元',
  annualTarget: 1200,
  targetRank: null,
  weight: 1,
  responsibleUnit: null,
  lagMonths: 0,
  combinedJanFeb: false,
  hasCountyComparison: false,
});
const phased = (indicator: string, period: string, target: number): PhasedTargetRecord => ({
  taskForce: '招商专班',
  indicator,
  period,
  target,
});

const existing: ExistingStructure = {
  ...emptyStructure(),
  indicators: [indicator('签约额'), indicator('新项目')],
  phasedTargets: [phased('签约额', '2020-03', 80), phased('签约额', '2020-06', 300), phased('新项目', '2020-03', 10)],
  reported: new Set(['招商专班／签约额']),
};

function imported(rows: PhasedTargetRecord[]): ValidatedStructure {
  return { data: { ...(emptyStructure() as ImportedStructure), phasedTargets: rows.map((r, i) => ({ ...r, row: i + 2 })) }, problems: [] };
}

describe('planStructure: phased targets', () => {
  it('turns a reported indicator’s changed or added month into 目标调整 and leaves it out of the plain writes', () => {
    const plan = planStructure(
      imported([
        phased('签约额', '2020-03', 85),
        phased('签约额', '2020-06', 300),
        phased('签约额', '2020-09', 600),
        phased('新项目', '2020-03', 12),
      ]),
      existing,
      2020,
    );
    expect(plan.counts).toEqual({ add: 1, change: 2, same: 1, error: 0 });
    expect(plan.targetChanges).toEqual([
      { taskForce: '招商专班', indicator: '签约额', field: 'phasedTarget', period: '2020-03', from: 80, to: 85 },
      { taskForce: '招商专班', indicator: '签约额', field: 'phasedTarget', period: '2020-09', from: null, to: 600 },
    ]);
    // Only the never-reported indicator's month is a plain write.
    expect(plan.writes.phasedTargets.map((w) => [w.record.indicator, w.record.period, w.isNew])).toEqual([['新项目', '2020-03', false]]);
    const preview = structurePreview(plan, 'd', false);
    expect(preview.targetChanges).toBe(2);
    expect(preview.lines.map((l) => [l.name, l.statusWord, l.detail])).toEqual([
      ['签约额 2020年3月', '目标调整', '目标调整：3月阶段目标 80 → 85（须填写调整理由）'],
      ['签约额 2020年9月', '目标调整', '目标调整：9月阶段目标 （未设） → 600（须填写调整理由）'],
      ['新项目 2020年3月', '修改', '修改：阶段目标'],
    ]);
  });

  it('makes no 目标调整 when nothing is reported (a new campaign) or the month is unchanged', () => {
    const fresh = planStructure(imported([phased('签约额', '2020-03', 85)]), { ...existing, reported: new Set() }, 2020);
    expect(fresh.targetChanges).toEqual([]);
    expect(fresh.writes.phasedTargets).toHaveLength(1);
    const same = planStructure(imported([phased('签约额', '2020-03', 80)]), existing, 2020);
    expect(same.counts).toMatchObject({ same: 1, change: 0 });
    expect(same.targetChanges).toEqual([]);
  });
});
