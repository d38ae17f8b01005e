import { z } from '@/lib/validation/zod-zh';
import { userTextSchema } from '@/lib/text/user-text';

const id = z.coerce.number({ message: '编号无效' }).int('编号无效').positive('编号无效');

const text = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? '' : v),
    z.string({ message: `${label}应为文字` }).pipe(userTextSchema(label, { max: 1000, multiline: true })),
  );

const byTaskForce = (label: string) =>
  z.record(z.string().regex(/^\d+$/, '专班编号无效'), text(label), { message: `${label}无效，请刷新页面后重试` });

/** Form fields `next_<taskForceId>` / `problems_<taskForceId>` become the records `nextSteps` / `problems`. */
function collect(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const o = raw as Record<string, unknown>;
  const pick = (prefix: string) =>
    Object.fromEntries(Object.entries(o).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
  return {
    meetingId: o.meetingId,
    competitionId: o.competitionId,
    coordination: o.coordination,
    nextSteps: o.nextSteps ?? pick('next_'),
    problems: o.problems ?? pick('problems_'),
  };
}

/** The texts of a competition's report at a meeting, as the prepare form or a direct call sends them. */
export const SaveReportInput = z.preprocess(
  collect,
  z.object({
    meetingId: id,
    competitionId: id,
    coordination: text('需协调事项'),
    nextSteps: byTaskForce('下步打算'),
    problems: byTaskForce('存在问题'),
  }),
);

export const FreezeMeetingInput = z.object({ meetingId: id });

export type SaveReportValue = z.infer<typeof SaveReportInput>;
