import { userTextSchema } from '@/lib/text/user-text';
import { idSchema } from './id';
import { z } from './zod-zh';

/**
 * 目标调整: the new annual target (or target rank, for a rank indicator) as typed — read against the
 * indicator's unit by the mutation — and the reason, required.
 */
export const ChangeTargetInput = z.object({
  indicatorId: idSchema(),
  target: z.string({ message: '请填写新的目标值' }).max(40, '目标值过长，请检查是否多输入了字符'),
  reason: z.string({ message: '请填写调整原因' }).pipe(userTextSchema('调整原因', { min: 1, max: 500, multiline: true })),
});
