/**
 * Writes the 通报 on a campaign's period from its figures: overall progress, rankings and movement,
 * weak items, lagging task forces with their lead units, on-time submission, standing requirements.
 * Pure: db/queries/bulletin.ts loads the input.
 */
import { formatDateZh } from '@/lib/format';
import { bulletinContext } from './context';
import { headingLabel } from './numbering';
import { laggingSection } from './sections/lagging';
import { overallSection } from './sections/overall';
import { rankingsSection } from './sections/rankings';
import { requirementsSection } from './sections/requirements';
import { supervisionSection } from './sections/supervision';
import { timelinessSection } from './sections/timeliness';
import { weakSection } from './sections/weak';
import type { BulletinDoc, BulletinInput } from './types';

export const BULLETIN_TITLE = (campaignName: string) => `关于“${campaignName}”运行情况的通报`;

export function buildBulletin(input: BulletinInput): BulletinDoc {
  const ctx = bulletinContext(input);
  const h = (n: number, text: string) => `${headingLabel(1, n)}${text}`;
  return {
    title: BULLETIN_TITLE(input.campaign.name),
    recipients: '各乡镇（街道），区级各部门（单位）：',
    opening: `现将${ctx.rangeLabel}“${input.campaign.name}”运行情况通报如下。`,
    sections: [
      overallSection(ctx, h(1, '总体情况')),
      rankingsSection(ctx, h(2, '竞赛和专班排名情况')),
      weakSection(ctx, h(3, '弱项指标')),
      laggingSection(ctx, h(4, '进度滞后的专班')),
      timelinessSection(ctx, h(5, '报送及时率')),
      supervisionSection(ctx, h(6, '逾期督办事项')),
      requirementsSection(h(7, '下步工作要求')),
    ],
    issuer: `“${input.campaign.name}”活动办公室`,
    dateLabel: formatDateZh(input.date),
    demoNote: input.demo ? '注：本通报中竞赛、专班、指标名称与数字为演示数据。' : null,
  };
}
