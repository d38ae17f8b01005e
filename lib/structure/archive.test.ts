import { describe, expect, it } from 'vitest';
import { archivedWriteRefusal, deleteRefusal, isActiveIn } from './archive';
import { checkRecord } from './single';
import { emptyStructure } from './types';
import { structureIn } from '@/lib/views/structure';
import { STRUCTURE } from '@/lib/views/test-fixtures';

describe('deleteRefusal', () => {
  it('refuses an indicator with entries, saying how many and offering to archive', () => {
    expect(deleteRefusal('indicator', { entries: 12, countyValues: 0 })).toBe('已有12条报送记录引用此指标，不能删除；可以归档。');
  });

  it('names every kind of reference, in a fixed order', () => {
    expect(deleteRefusal('unit', { users: 1, responsible: 2, members: 3 })).toBe(
      '已有3个专班的成员单位名单、2个指标的责任单位、1个账号引用此单位，不能删除；可以归档。',
    );
  });

  it('allows deleting what nothing refers to', () => {
    expect(deleteRefusal('competition', { taskForces: 0, scopes: 0, meetings: 0 })).toBeNull();
    expect(deleteRefusal('person', {})).toBeNull();
  });
});

describe('isActiveIn and structureIn', () => {
  it('an archived row counts before its archive period and not from it on', () => {
    expect(isActiveIn({ archivedFrom: null }, '2020-09')).toBe(true);
    expect(isActiveIn({ archivedFrom: '2020-09' }, '2020-08')).toBe(true);
    expect(isActiveIn({ archivedFrom: '2020-09' }, '2020-09')).toBe(false);
    expect(isActiveIn({ archivedFrom: '2020-09' }, '2020-10')).toBe(false);
  });

  it('an archived task force takes its indicators with it, only from its archive period on', () => {
    const s = STRUCTURE;
    const tf = s.taskForces[0]!;
    const archived = { ...s, taskForces: s.taskForces.map((t) => (t.id === tf.id ? { ...t, archivedFrom: '2020-09' } : t)) };
    const sept = structureIn(archived, '2020-09');
    expect(sept.taskForces.some((t) => t.id === tf.id)).toBe(false);
    expect(sept.indicators.some((i) => i.taskForceId === tf.id)).toBe(false);
    const aug = structureIn(archived, '2020-08');
    expect(aug.taskForces.some((t) => t.id === tf.id)).toBe(true);
    expect(aug.indicators.length).toBe(s.indicators.length);
  });
});

describe('checkRecord (the import rules on one form)', () => {
  const existing = { ...emptyStructure(), units: [{ name: '区商务局', shortName: null, kind: 'department' as const, regionCode: null }] };

  it('refuses a rank indicator without a target rank, naming the field', () => {
    const r = checkRecord(
      'indicators',
      { taskForce: '招商专班', name: '排名', kind: 'rank', unit: '名' },
      { ...existing, taskForces: [{ name: '招商专班', competition: '经济', goal: 'x', leadPerson: null, leadUnit: null, members: [] }] },
      2020,
      '重复',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.targetRank?.[0]).toContain('排名型指标须填目标排名');
  });

  it('refuses a reference to a unit that is not current, as the import does', () => {
    const r = checkRecord('people', { name: '王五', title: '副区长', unit: '区财政局' }, existing, 2020, '重复');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.unit?.[0]).toContain('不在“单位”表中');
  });

  it('refuses a duplicate name with the given message', () => {
    const r = checkRecord('units', { name: '区商务局', kind: '部门' }, existing, 2020, '已有名为“区商务局”的单位。请换一个名称。');
    expect(r).toEqual({
      ok: false,
      fieldErrors: { name: ['已有名为“区商务局”的单位。请换一个名称。'] },
      message: expect.stringContaining('已有名为'),
    });
  });

  it('accepts a valid competition, its short name defaulting to its name', () => {
    const r = checkRecord('competitions', { name: '平安竞赛', shortName: '', leadUnit: '区商务局' }, existing, 2020, '重复');
    expect(r).toEqual({
      ok: true,
      record: { name: '平安竞赛', shortName: '平安竞赛', description: null, leadPerson: null, leadUnit: '区商务局' },
    });
  });
});

describe('archivedWriteRefusal', () => {
  const on = { archivedFrom: null };
  const off = { archivedFrom: '2020-09' };
  it('refuses a write under the highest archived level, saying how to get it back', () => {
    expect(archivedWriteRefusal({ competition: on, taskForce: on, indicator: off })).toBe(
      '该指标已归档，不能再填报。如需恢复，请联系管理员。',
    );
    expect(archivedWriteRefusal({ competition: on, taskForce: off, indicator: off }, 'review')).toBe(
      '该指标所属的专班已归档，不能再审核。如需恢复，请联系管理员。',
    );
    expect(archivedWriteRefusal({ competition: off, taskForce: on, indicator: on }, 'county')).toBe(
      '该指标所属的竞赛已归档，不能再录入县（市、区）数据。如需恢复，请联系管理员。',
    );
  });
  it('lets a write through when nothing above the indicator is archived', () => {
    expect(archivedWriteRefusal({ competition: on, taskForce: on, indicator: on })).toBeNull();
  });
});
