/** Inputs of the 重点项目 forms: a progress figure, a milestone's actual date, the completed investment. */
import { userTextSchema } from '@/lib/text/user-text';
import { calendarDate } from './date';
import { z } from './zod-zh';
import { qualifierSchema } from './village';

const id = z.coerce
  .number({ message: '编号无效，请刷新页面后重试' })
  .int('编号无效，请刷新页面后重试')
  .positive('编号无效，请刷新页面后重试');

export const SaveProjectFigureInput = z.object({
  projectId: id,
  name: userTextSchema('指标名称', { min: 2, max: 40 }),
  unit: userTextSchema('单位', { min: 1, max: 12 }),
  asOf: calendarDate('截至日期'),
  value: z.string({ message: '数值应为文字形式的数字' }).max(40, '数值过长').default(''),
  qualifier: qualifierSchema,
  note: userTextSchema('说明', { max: 300, multiline: true }).default(''),
  version: z.coerce
    .number({ message: '版本号无效，请刷新页面后重试' })
    .int('版本号无效，请刷新页面后重试')
    .min(0, '版本号无效，请刷新页面后重试'),
  intent: z.enum(['save', 'submit'], { message: '请选择保存草稿或提交审核' }).default('save'),
});

export const ProjectMilestoneInput = z.object({
  milestoneId: id,
  actualDate: z.preprocess((v) => (v === '' || v === undefined ? null : v), calendarDate('实际完成日期').nullable()),
  evidence: userTextSchema('佐证材料说明', { max: 300, multiline: true }).default(''),
});

export const InvestmentInput = z.object({
  projectId: id,
  amount: z.string({ message: '请填写累计完成投资' }).max(40, '数值过长'),
  asOf: calendarDate('截至日期'),
});
