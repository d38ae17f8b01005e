import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units, workItemExtensions, workItemMilestones, workItems } from '@/db/schema';
import { originalDeadline } from '@/lib/work-items/rules';
import { recordingActor, refusal, seededWorld, type World } from './test-fixtures';
import { decideExtension, requestExtension } from './work-item-extensions';
import { closeWorkItem, createWorkItem, setWorkItemStatus, updateMilestone } from './work-items';

let w: World;
let unitId: number;
beforeAll(() => {
  w = seededWorld();
  unitId = w.db.select().from(units).where(eq(units.name, '姜家山乡')).get()!.id;
});
afterAll(() => w.db.$client.close());

const create = (deadline = '2020-12-31') =>
  createWorkItem(w.db, recordingActor(w.lead), {
    taskForceId: w.taskForceId,
    title: '重点企业用地保障',
    target: '完成交地',
    ownerUnitId: unitId,
    ownerPerson: '张三',
    deadline,
    milestones: [{ title: '完成土地丈量', plannedDate: '2020-08-15' }],
  });

describe('督办 work items', () => {
  it('a lead creates an item of the own task force, audited; not of another task force', () => {
    const actor = recordingActor(w.lead);
    const item = createWorkItem(w.db, actor, {
      taskForceId: w.taskForceId,
      title: '甲',
      target: '乙',
      ownerUnitId: unitId,
      ownerPerson: '丙',
      deadline: '2020-12-31',
      milestones: [],
    });
    expect(item).toMatchObject({ status: 'not_started', isDemo: false, createdBy: w.lead.id });
    expect(actor.rows.map((r) => r.action)).toEqual(['workitem.create']);
    const other = w.db.select().from(workItems).where(eq(workItems.title, '姜家山乡政府机关大院“拆墙透绿”')).get()!;
    const e = refusal(() =>
      createWorkItem(w.db, recordingActor(w.lead), {
        title: '甲',
        target: '乙',
        ownerUnitId: unitId,
        deadline: '2020-12-31',
        taskForceId: other.taskForceId!,
        ownerPerson: '丙',
        milestones: [],
      }),
    );
    expect(e.code).toBe('forbidden');
  });

  it('a milestone gets its actual date and evidence; the lead may not 销号, the reviewer may once done', () => {
    const item = create();
    const m = w.db.select().from(workItemMilestones).where(eq(workItemMilestones.workItemId, item.id)).get()!;
    updateMilestone(w.db, recordingActor(w.lead), { milestoneId: m.id, actualDate: '2020-10-05', evidence: '丈量报告' });
    expect(
      refusal(() => updateMilestone(w.db, recordingActor(w.lead), { milestoneId: m.id, actualDate: '2020-08-20', evidence: '' })).code,
    ).toBe('locked');
    expect(
      refusal(() => updateMilestone(w.db, recordingActor(w.lead), { milestoneId: m.id, actualDate: '2020-11-20', evidence: '' })).code,
    ).toBe('invalid');
    const done = setWorkItemStatus(w.db, recordingActor(w.lead), {
      workItemId: item.id,
      version: 1,
      status: 'done',
      doneDate: '2020-08-25',
    });
    expect(done).toMatchObject({ status: 'done', doneDate: '2020-08-25', version: 2 });
    expect(refusal(() => closeWorkItem(w.db, recordingActor(w.lead), { workItemId: item.id, version: 2, note: '已核实' })).code).toBe(
      'forbidden',
    );
    expect(
      refusal(() => setWorkItemStatus(w.db, recordingActor(w.lead), { workItemId: item.id, version: 2, status: 'closed', doneDate: null }))
        .code,
    ).toBe('invalid');
    expect(refusal(() => closeWorkItem(w.db, recordingActor(w.reviewer), { workItemId: item.id, version: 2, note: '' })).code).toBe(
      'invalid',
    );
    const closed = closeWorkItem(w.db, recordingActor(w.reviewer), { workItemId: item.id, version: 2, note: '现场核实，已交地' });
    expect(closed).toMatchObject({ status: 'closed', closedBy: w.reviewer.id, closeNote: '现场核实，已交地' });
    expect(
      refusal(() => updateMilestone(w.db, recordingActor(w.lead), { milestoneId: m.id, actualDate: null, evidence: '' })).message,
    ).toContain('已销号');
  });

  it('an item not done cannot be 销号; a stale version is a conflict', () => {
    const item = create();
    expect(
      refusal(() => closeWorkItem(w.db, recordingActor(w.reviewer), { workItemId: item.id, version: 1, note: '核实' })).message,
    ).toContain('已完成');
    expect(
      refusal(() =>
        setWorkItemStatus(w.db, recordingActor(w.lead), { workItemId: item.id, version: 9, status: 'in_progress', doneDate: null }),
      ).code,
    ).toBe('conflict');
  });

  it('an approved 延期申请 moves the deadline and keeps the original; a refused one needs a note', () => {
    const item = create('2020-09-10');
    const ext = requestExtension(w.db, recordingActor(w.lead), {
      workItemId: item.id,
      newDeadline: '2020-11-30',
      reason: '征收补偿协商中',
    });
    expect(
      refusal(() => requestExtension(w.db, recordingActor(w.lead), { workItemId: item.id, newDeadline: '2020-12-30', reason: '再延' }))
        .code,
    ).toBe('conflict');
    expect(refusal(() => decideExtension(w.db, recordingActor(w.lead), { extensionId: ext.id, decision: 'approve', note: '' })).code).toBe(
      'forbidden',
    );
    decideExtension(w.db, recordingActor(w.reviewer), { extensionId: ext.id, decision: 'approve', note: '' });
    const after = w.db.select().from(workItems).where(eq(workItems.id, item.id)).get()!;
    expect(after.deadline).toBe('2020-11-30');
    const history = w.db.select().from(workItemExtensions).where(eq(workItemExtensions.workItemId, item.id)).all();
    expect(originalDeadline(after.deadline, history)).toBe('2020-09-10');
    const second = requestExtension(w.db, recordingActor(w.lead), { workItemId: item.id, newDeadline: '2020-12-31', reason: '再次协商' });
    expect(
      refusal(() => decideExtension(w.db, recordingActor(w.reviewer), { extensionId: second.id, decision: 'refuse', note: '' })).code,
    ).toBe('invalid');
    decideExtension(w.db, recordingActor(w.reviewer), { extensionId: second.id, decision: 'refuse', note: '请按期完成' });
    expect(w.db.select().from(workItems).where(eq(workItems.id, item.id)).get()!.deadline).toBe('2020-11-30');
    expect(
      refusal(() => requestExtension(w.db, recordingActor(w.lead), { workItemId: item.id, newDeadline: '2020-11-01', reason: '提前' }))
        .message,
    ).toContain('须晚于当前时限');
  });
});
