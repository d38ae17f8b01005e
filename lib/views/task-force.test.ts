import { describe, expect, it } from 'vitest';
import type { WorkItemRow } from './rows';
import { cellText } from './table';
import { taskForceView } from './task-force';
import { fixtureData } from './test-fixtures';
import { workItemsTable } from './work-items';

const values = new Map([
  [
    197,
    {
      approved: new Map([
        ['2020-08', 8],
        ['2020-09', 9],
      ]),
      submitted: new Map<string, number | null>(),
    },
  ],
]);

describe('taskForceView', () => {
  const v = taskForceView(fixtureData('2020-09'), 11, { members: ['区应急管理局'], values, workItems: [] })!;

  it('words each indicator’s figure and gap by its basis', () => {
    expect(v.indicators.columns.map((c) => c.header)).toEqual([
      '指标',
      '类型',
      '年度目标',
      '本期实际',
      '完成情况',
      '进度差距',
      '状态',
      '得分',
      '全市排名',
      '责任单位',
    ]);
    expect(v.indicators.rowKeys).toEqual(['indicator-197', 'indicator-301']);
    expect(v.indicators.rows.map((r) => r.slice(2, 8).map(cellText))).toEqual([
      ['12起', '9起', '已用控制线75.0%', '超出阶段控制线1起（严重滞后）', '严重滞后', '88.9'],
      ['1,200.0万元', '1,000.0万元', '完成率83.3%', '快于序时8.3个百分点（达到序时）', '达到序时', '111.1'],
    ]);
  });

  it('holds the group figures and one sparkline per indicator', () => {
    expect(v).toMatchObject({ score: '100.0', rank: '第1名/3', movement: 0, members: ['区应急管理局'] });
    expect(v.progress.label).toBe('累计型指标平均完成率（1项）');
    expect(v.sparklines.map((s) => [s.key, s.values.length, s.tone])).toEqual([
      ['indicator-197', 9, 'lagging'],
      ['indicator-301', 9, 'ahead'],
    ]);
  });

  it('says so when a task force has no higher-is-better cumulative indicator', () => {
    const t = taskForceView(fixtureData('2020-09'), 12, { members: [], values: new Map(), workItems: [] })!;
    expect(t.progress).toMatchObject({ status: null, value: '—', gap: '无累计型指标（按状态计数）' });
    expect(t.counts).toEqual({ ahead: 0, behind: 0, lagging: 1, noData: 0, total: 1 });
  });

  it('is null for an unknown task force', () => {
    expect(taskForceView(fixtureData('2020-09'), 99, { members: [], values: new Map(), workItems: [] })).toBeNull();
  });
});

function item(id: number, deadline: string, status: WorkItemRow['status'], milestones: [string | null, string | null][]): WorkItemRow {
  return {
    id,
    taskForceId: 11,
    title: `任务${id}`,
    target: '目标',
    ownerUnitId: 1,
    ownerPerson: '李四',
    deadline,
    status,
    description: null,
    isDemo: true,
    doneDate: null,
    closedBy: null,
    closedAt: null,
    closeNote: null,
    version: 1,
    createdBy: null,
    updatedBy: null,
    updatedAt: null,
    milestones: milestones.map(([plannedDate, actualDate], k) => ({
      id: id * 10 + k,
      workItemId: id,
      title: `节点${k + 1}`,
      plannedDate,
      actualDate,
      dateLabel: null,
      evidence: null,
      updatedBy: null,
      updatedAt: null,
      sortOrder: k,
    })),
  };
}

describe('workItemsTable', () => {
  it('flags overdue, behind-plan and due-soon items as of the period end (三色督办)', () => {
    const t = workItemsTable(fixtureData('2020-09'), '安全生产专班', [
      item(1, '2020-09-15', 'in_progress', [['2020-08-01', '2020-08-03']]),
      item(2, '2020-12-31', 'in_progress', [['2020-09-10', null]]),
      item(3, '2020-10-05', 'in_progress', [['2020-10-01', null]]),
      item(4, '2020-08-31', 'closed', []),
    ]);
    expect(t.rows.map((r) => [cellText(r[6]!), cellText(r[8]!)])).toEqual([
      ['1/1', '红色督办（逾期未销号）'],
      ['0/1', '黄色督办（节点滞后）'],
      ['0/1', '蓝色督办（7日内到期）'],
      ['0/0', '—'],
    ]);
    expect(t.rows[1]!.map(cellText)[7]).toBe('节点1（2020年9月10日）');
  });
});
