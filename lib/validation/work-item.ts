/** Inputs of the 督办 work item forms: 新建事项, 节点, 状态, 销号, 延期申请 and its decision. */
import { workItemStatuses } from '@/db/schema';
import { userTextSchema } from '@/lib/text/user-text';
import { calendarDate } from './date';
import { z } from './zod-zh';

const id = z.coerce
  .number({ message: '编号无效，请刷新页面后重试' })
  .int('编号无效，请刷新页面后重试')
  .positive('编号无效，请刷新页面后重试');
const version = z.coerce
  .number({ message: '版本号无效，请刷新页面后重试' })
  .int('版本号无效，请刷新页面后重试')
  .min(1, '版本号无效，请刷新页面后重试');
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const optionalDate = (label: string) => z.preprocess(blankToNull, calendarDate(label).nullable());

/** The statuses an owner may choose (已销号 is set by verification only). */
export const ownerStatusSchema = z.enum(workItemStatuses, { message: '请选择状态' });

const milestoneRow = z.object({
  title: userTextSchema('节点名称', { max: 80 }),
  plannedDate: optionalDate('节点计划日期'),
});

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The form's parallel `milestoneTitle[]` / `milestonePlanned[]` fields as rows. */
function zipMilestones(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || 'milestones' in raw) return raw;
  const { milestoneTitle, milestonePlanned, ...rest } = raw as Record<string, unknown>;
  const titles = asList(milestoneTitle);
  const planned = asList(milestonePlanned);
  return { ...rest, milestones: titles.map((title, i) => ({ title, plannedDate: planned[i] ?? '' })) };
}

/** 定任务 / 定目标 / 定责任 / 定时间, with up to six milestones (blank rows ignored). */
export const CreateWorkItemInput = z.preprocess(
  zipMilestones,
  z.object({
    taskForceId: id,
    title: userTextSchema('任务名称', { min: 2, max: 80 }),
    target: userTextSchema('目标', { min: 2, max: 300, multiline: true }),
    ownerUnitId: id,
    ownerPerson: userTextSchema('责任人', { min: 2, max: 40 }),
    deadline: calendarDate('完成时限'),
    milestones: z
      .preprocess((v) => v ?? [], z.array(milestoneRow).max(6, '节点最多 6 个'))
      .transform((rows) => rows.filter((r) => r.title !== ''))
      .refine((rows) => rows.every((r) => r.plannedDate !== null), { message: '每个节点都请填写计划日期（如 2020-11-15）' }),
  }),
);

export const MilestoneInput = z.object({
  milestoneId: id,
  actualDate: optionalDate('实际完成日期'),
  evidence: userTextSchema('佐证材料说明', { max: 300, multiline: true }).default(''),
});

export const StatusInput = z.object({
  workItemId: id,
  version,
  status: ownerStatusSchema,
  doneDate: optionalDate('完成日期'),
});

export const CloseInput = z.object({
  workItemId: id,
  version,
  note: userTextSchema('核实情况', { max: 300, multiline: true }),
});

export const ExtensionRequestInput = z.object({
  workItemId: id,
  newDeadline: calendarDate('新的完成时限'),
  reason: userTextSchema('延期理由', { max: 300, multiline: true }),
});

export const ExtensionDecisionInput = z.object({
  extensionId: id,
  decision: z.enum(['approve', 'refuse'], { message: '请选择批准或不批准' }),
  note: userTextSchema('审批意见', { max: 300, multiline: true }).default(''),
});
