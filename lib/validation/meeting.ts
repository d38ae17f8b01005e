import { z } from '@/lib/validation/zod-zh';
import { meetingSlides } from '@/db/schema';
import { userTextSchema } from '@/lib/text/user-text';
import { idSchema } from './id';
import { periodSchema } from './progress';

const id = idSchema();

/** A real calendar date `YYYY-MM-DD` (no 2月30日). */
export const meetingDateSchema = z
  .string({ message: '请填写会议日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '会议日期格式应为 2020-10-09')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '会议日期不存在，请检查月份和日期');

const optionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), id.nullable());

export const SlideInput = z
  .object({
    kind: z.enum(meetingSlides.kind.enumValues, { message: '请选择幻灯片类型' }),
    competitionId: optionalId,
    villageId: optionalId,
    projectId: optionalId,
    title: z
      .preprocess(
        (v) => (v === undefined || v === null ? '' : v),
        z.string({ message: '标题应为文字' }).pipe(userTextSchema('标题', { max: 60 })),
      )
      .transform((v) => v || null),
    notes: z.preprocess(
      (v) => (v === undefined || v === null ? '' : v),
      z.string({ message: '演讲备注应为文字' }).pipe(userTextSchema('演讲备注', { max: 2000, multiline: true })),
    ),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'competition' && s.competitionId === null)
      ctx.addIssue({ code: 'custom', path: ['competitionId'], message: '竞赛专页须选择一项竞赛' });
    if (s.kind === 'village' && s.villageId === null)
      ctx.addIssue({ code: 'custom', path: ['villageId'], message: '村庄故事页须选择一个村' });
    if (s.kind === 'project' && s.projectId === null)
      ctx.addIssue({ code: 'custom', path: ['projectId'], message: '重点项目页须选择一个项目' });
  })
  .transform((s) => ({
    ...s,
    competitionId: s.kind === 'competition' ? s.competitionId : null,
    villageId: s.kind === 'village' ? s.villageId : null,
    projectId: s.kind === 'project' ? s.projectId : null,
  }));

/** Slides arrive as a JSON array in one form field (the editor's list), or as an array in direct calls. */
const slidesSchema = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return null;
    }
  },
  z.array(SlideInput, { message: '幻灯片列表无效，请刷新页面后重试' }).min(1, '请至少添加一张幻灯片').max(60, '一次会议最多 60 张幻灯片'),
);

export const MeetingInput = z.object({
  title: z.string({ message: '请填写会议名称' }).pipe(userTextSchema('会议名称', { min: 1, max: 80 })),
  meetingDate: meetingDateSchema,
  period: z.string({ message: '请选择统计期' }).pipe(periodSchema),
  slides: slidesSchema,
});

export const UpdateMeetingInput = MeetingInput.extend({ meetingId: id });

export const MeetingIdInput = z.object({ meetingId: id });

export type MeetingInputValue = z.infer<typeof MeetingInput>;
