import { CORRECTION_REASON_MAX } from '@/lib/reporting/correction';
import { REVIEW_DECISIONS } from '@/lib/reporting/review';
import { SAVE_INTENTS } from '@/lib/reporting/save';
import { userTextSchema } from '@/lib/text/user-text';
import { calendarDate, localDateTime } from './date';
import { idSchema, wholeNumber } from './id';
import { z } from './zod-zh';

const id = idSchema();
const version = (min: number) => wholeNumber('版本号无效，请刷新页面后重试', min);
/** A period 'YYYY-MM' as typed or sent: the user-text rule first (invisible marks, spaces), then the format. */
export const periodSchema = z
  .string({ message: '请填写统计期，例如 2020-09' })
  .pipe(userTextSchema('统计期', { max: 20 }))
  .pipe(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '统计期格式应为 2020-09（年-月，月份 01—12）'));
/** One of the three entry texts (工作进展 / 存在问题 / 下步打算): multi-line user text, at most 2000 characters. */
const text = (label: string) =>
  z
    .string({ message: `${label}应为文字` })
    .pipe(userTextSchema(label, { max: 2000, multiline: true }))
    .default('');

export const SaveEntryInput = z.object({
  indicatorId: id,
  period: periodSchema,
  value: z.string({ message: '数值应为文字形式的数字' }).max(40, '数值过长').default(''),
  workProgress: text('工作进展'),
  problems: text('存在问题'),
  nextSteps: text('下步打算'),
  version: version(0),
  intent: z.enum(SAVE_INTENTS, { message: '请选择保存草稿或提交审核' }).default('save'),
  /** 修订原因: required by the server for a correction of a locked round (lib/reporting/correction). */
  reason: z
    .string({ message: '修订原因应为文字' })
    .pipe(userTextSchema('修订原因', { max: CORRECTION_REASON_MAX, multiline: true }))
    .default(''),
});

export const ReviewInput = z.object({
  entryId: id,
  version: version(1),
  decision: z.enum(REVIEW_DECISIONS, { message: '请选择通过或退回' }),
  reason: z
    .string({ message: '退回原因应为文字' })
    .pipe(userTextSchema('退回原因', { max: 500, multiline: true }))
    .optional(),
});

/** Ticked entries arrive as `entries[]` = "<id>:<version>". */
export const BulkApproveInput = z.object({
  // Nothing ticked sends no field at all: that is an empty list, refused by min(1) with its message.
  entries: z
    .preprocess(
      (v) => v ?? [],
      z
        .array(z.string({ message: '条目标识无效，请刷新页面后重试' }).regex(/^\d{1,12}:\d{1,12}$/, '条目标识无效，请刷新页面后重试'), {
          message: '请至少勾选一条待审核的条目',
        })
        .min(1, '请至少勾选一条待审核的条目')
        .max(500, '一次最多批量通过 500 条'),
    )
    .transform((keys) => keys.map((k) => ({ entryId: Number(k.split(':')[0]), version: Number(k.split(':')[1]) }))),
});

export const StepInput = z.object({
  stepId: id,
  period: periodSchema,
  /** Blank: not done. */
  doneDate: z.preprocess((v) => (v === '' || v === undefined ? null : v), calendarDate('完成日期').nullable()),
});

/** County values arrive as fields `county_<GB/T 2260 code>`; which codes are accepted is checked against the regions. */
export const CountyInput = z
  .object({ indicatorId: id, period: periodSchema })
  .catchall(z.string({ message: '数值应为文字形式的数字' }).max(40, '数值过长'))
  .refine((v) => Object.keys(v).length <= 40, '提交的县（市、区）过多，请刷新页面后重试')
  .transform((v) => ({
    indicatorId: v.indicatorId,
    period: v.period,
    values: Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k.startsWith('county_'))
        .map(([k, val]) => [k.slice(7, 40), String(val)]),
    ),
  }));

export const OpenPeriodInput = z.object({
  period: periodSchema,
  deadline: localDateTime('截止时间'),
});

export const PeriodLockInput = z.object({ periodId: id });
