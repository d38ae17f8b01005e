/** The inputs of the structure import's two steps: the target (a new campaign or an existing one) and the file. */
import { FILE_MESSAGES } from '@/lib/excel/report-messages';
import { NewCampaignInput } from './structure';
import { z } from './zod-zh';

export { NewCampaignInput } from './structure';

const upload = z.custom<Blob & { name?: string }>((v) => typeof Blob !== 'undefined' && v instanceof Blob, {
  message: FILE_MESSAGES.noFile,
});

const NewTarget = NewCampaignInput.extend({ mode: z.literal('new') });
const ExistingTarget = z.object({
  mode: z.literal('existing'),
  campaignId: z.coerce.number({ error: '请选择要导入的活动' }).int().positive('请选择要导入的活动'),
});

export const StructureTarget = z.discriminatedUnion('mode', [NewTarget, ExistingTarget], { error: '请选择导入到新活动还是已有活动' });
export type StructureTarget = z.infer<typeof StructureTarget>;

export const StructureUploadInput = z.intersection(StructureTarget, z.object({ file: upload }));
export const CommitStructureInput = z.intersection(
  StructureUploadInput,
  z.object({
    digest: z.string().regex(/^[0-9a-f]{64}$/, '缺少预览信息，请重新上传预览'),
    /** The reason of the import's 目标调整 (required when it makes any). */
    targetReason: z.string().max(500, '调整理由最多 500 个字').optional().default(''),
  }),
);
