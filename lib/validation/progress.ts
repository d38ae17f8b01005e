import { z } from 'zod';

const id = z.coerce.number().int().positive('编号无效');
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '统计期格式应为 2020-09');
const text = (label: string) => z.string().max(2000, `${label}最多 2000 字`).default('');

export const SaveEntryInput = z.object({
  indicatorId: id,
  period: periodSchema,
  value: z.string().max(40, '数值过长').default(''),
  workProgress: text('工作进展'),
  problems: text('存在问题'),
  nextSteps: text('下步打算'),
  version: z.coerce.number().int().min(0),
  intent: z.enum(['save', 'submit']).default('save'),
});

export const ReviewInput = z.object({
  entryId: id,
  version: z.coerce.number().int().min(1),
  decision: z.enum(['approve', 'return'], { message: '请选择通过或退回' }),
  reason: z.string().max(500, '退回原因最多 500 字').optional(),
});

export const BulkApproveInput = z.object({
  entries: z.array(z.string().regex(/^\d+:\d+$/, '条目标识无效')).min(1, '请至少勾选一条'),
});

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2020-10-09');

export const StepInput = z.object({
  stepId: id,
  period: periodSchema,
  doneDate: z.union([z.literal(''), dateSchema]).default(''),
});

/** County values arrive as fields `county_<GB/T 2260 code>`. */
export const CountyInput = z
  .object({ indicatorId: id, period: periodSchema })
  .catchall(z.string().max(40, '数值过长'))
  .transform((v) => ({
    indicatorId: v.indicatorId,
    period: v.period,
    values: Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => /^county_\d{6}$/.test(k))
        .map(([k, val]) => [k.slice(7), String(val)]),
    ),
  }));

export const OpenPeriodInput = z.object({
  period: periodSchema,
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '请填写截止日期和时间'),
});

export const PeriodLockInput = z.object({ periodId: id });
