/** Inputs of the 村庄经营 forms: a village figure, its review, and the metric catalogue. */
import { figureQualifiers, metricGranularities, villageMetricRoles, ventureKinds } from '@/db/schema';
import { FIGURE_STATUSES } from '@/lib/reporting';
import { userTextSchema } from '@/lib/text/user-text';
import { z } from './zod-zh';

const id = z.coerce
  .number({ message: '编号无效，请刷新页面后重试' })
  .int('编号无效，请刷新页面后重试')
  .positive('编号无效，请刷新页面后重试');
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** 'YYYY' (a year's figure) or 'YYYY-MM' (a month's). */
export const figurePeriodSchema = z
  .string({ message: '请填写期间，例如 2020 或 2020-10' })
  .trim()
  .regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/, '期间格式应为年份 2020 或年月 2020-10（月份 01—12）');

export const qualifierSchema = z.preprocess(blankToNull, z.enum(figureQualifiers, { message: '约数用词无效，请从列表中选择' }).nullable());

export const SaveVillageFigureInput = z.object({
  ventureId: id,
  metricId: id,
  period: figurePeriodSchema,
  value: z.string({ message: '数值应为文字形式的数字' }).max(40, '数值过长').default(''),
  qualifier: qualifierSchema,
  note: userTextSchema('说明', { max: 300, multiline: true }).default(''),
  version: z.coerce
    .number({ message: '版本号无效，请刷新页面后重试' })
    .int('版本号无效，请刷新页面后重试')
    .min(0, '版本号无效，请刷新页面后重试'),
  intent: z.enum(['save', 'submit'], { message: '请选择保存草稿或提交审核' }).default('save'),
});

export const ReviewFigureInput = z.object({
  figureId: id,
  version: z.coerce
    .number({ message: '版本号无效，请刷新页面后重试' })
    .int('版本号无效，请刷新页面后重试')
    .min(1, '版本号无效，请刷新页面后重试'),
  decision: z.enum(['approve', 'return'], { message: '请选择通过或退回' }),
  reason: userTextSchema('退回原因', { max: 500, multiline: true }).optional(),
});

/** The statuses the workflow knows (a filter on the review page). */
export const figureStatusSchema = z.enum(FIGURE_STATUSES);

/** A catalogue entry: a new metric (no metricId) or an existing one (metricId given). */
export const MetricInput = z.object({
  metricId: z.preprocess(blankToNull, id.nullable()),
  name: userTextSchema('指标名称', { min: 2, max: 40 }),
  unit: userTextSchema('单位', { min: 1, max: 12 }),
  ventureKind: z.preprocess(blankToNull, z.enum(ventureKinds, { message: '请选择适用业态' }).nullable()),
  granularity: z.enum(metricGranularities, { message: '请选择按年或按月填报' }),
  role: z.preprocess(blankToNull, z.enum(villageMetricRoles, { message: '请选择图表用途' }).nullable()),
  compareGroup: z.preprocess(blankToNull, userTextSchema('对比组', { max: 12 }).nullable()),
  description: userTextSchema('说明', { max: 200, multiline: true }).default(''),
  sortOrder: z.coerce
    .number({ message: '排序请填写整数' })
    .int('排序请填写整数')
    .min(0, '排序不能为负数')
    .max(9999, '排序最大 9999')
    .default(0),
  archived: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
});
