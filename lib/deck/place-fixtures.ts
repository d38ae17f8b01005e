/** Hand-made 督办 items and a project for the tests of the place slides and the 通报 (no database). */
import type { Project, ProjectFigure, ProjectMilestone } from '@/db/schema';
import type { ProjectInput } from '@/lib/views/projects';
import type { WorkItemInput } from '@/lib/views/work-item';

/** A 督办 item of 安全生产专班 owned by 区发改局, with one milestone when `planned` is given. */
export function fixtureWorkItem(
  id: number,
  deadline: string,
  status: WorkItemInput['item']['status'],
  planned: string | null = null,
): WorkItemInput {
  const milestones = planned
    ? [
        {
          id: id * 10,
          workItemId: id,
          title: '节点',
          plannedDate: planned,
          actualDate: null,
          dateLabel: null,
          evidence: null,
          sortOrder: 1,
          updatedBy: null,
          updatedAt: null,
        },
      ]
    : [];
  return {
    item: {
      id,
      taskForceId: 31,
      title: `督办事项${id}`,
      target: '目标',
      ownerUnitId: 100,
      ownerPerson: `责任人${id}`,
      deadline,
      status,
      description: null,
      isDemo: true,
      doneDate: null,
      closedBy: null,
      closedAt: status === 'closed' ? '2020-09-01T00:00:00.000Z' : null,
      closeNote: null,
      version: 1,
      createdBy: null,
      updatedBy: null,
      updatedAt: null,
    },
    taskForce: { id: 31, name: '安全生产专班' },
    ownerUnit: '区发改局',
    milestones,
    extensions: [],
    closedByName: null,
  };
}

const milestone = (id: number, title: string, plannedDate: string | null, actualDate: string | null): ProjectMilestone => ({
  id,
  projectId: 1,
  title,
  plannedDate,
  actualDate,
  dateLabel: null,
  sortOrder: id,
  phase: null,
  evidence: null,
  updatedBy: null,
  updatedAt: null,
});

const figure = (id: number, name: string, value: number, unit: string, status: ProjectFigure['status'] = 'approved') =>
  ({ id, projectId: 1, name, value, unit, asOf: '2019', qualifier: null, printed: null, note: null, status }) as ProjectFigure;

/** A project with planned and completed investment, a step done, a step late and one ahead, and figures in two units. */
export function fixtureProject(): ProjectInput {
  const project: Project = {
    id: 1,
    campaignId: 1,
    taskForceId: 11,
    name: '智能制造服务平台',
    ownerEnterprise: '某集团有限公司',
    landMu: 36.4,
    plannedInvestment: 15000,
    phase: '一期',
    description: null,
    isDemo: true,
    completedInvestment: 12000,
    completedInvestmentAsOf: '2020-09-30',
    updatedBy: null,
    updatedAt: null,
  };
  return {
    project,
    taskForce: { id: 11, name: '招商引资专班' },
    milestones: [
      milestone(1, '主楼结顶', '2020-08', '2020-08'),
      milestone(2, '幕墙完工', '2020-09-15', null),
      milestone(3, '投入使用', '2021-05', null),
    ],
    figures: [
      figure(1, '入驻企业', 200, '家'),
      figure(2, '服务公司', 60, '家'),
      figure(3, '线下销售额', 2.35, '亿元'),
      figure(4, '线上销售额', 5, '亿元'),
      figure(5, '待审核数据', 9, '亿元', 'submitted'),
    ],
  };
}
