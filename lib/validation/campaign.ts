/** The campaign settings form: name and every setting of lib/metrics/settings, with Chinese messages saying the allowed range. */
import type { CampaignSettings } from '@/lib/metrics/settings';
import { userTextSchema } from '@/lib/text/user-text';
import { z } from './zod-zh';

/** The campaign's name: the shared rule for typed text (no control or direction characters), 1–50 characters. */
const campaignName = z.string({ error: '请填写活动名称' }).pipe(userTextSchema('活动名称', { min: 1, max: 50 }));

const between = (label: string, min: number, max: number, example: string) =>
  z.coerce
    .number({ error: `${label}应为数字，例如 ${example}` })
    .refine(Number.isFinite, `${label}应为数字，例如 ${example}`)
    .refine((n) => n >= min && n <= max, `${label}应在 ${min} 至 ${max} 之间`);

export const UpdateCampaignInput = z.object({
  campaignId: z.coerce.number().int().positive(),
  name: campaignName,
  timeProgressMode: z.enum(['month', 'day'], { error: '序时进度请选择“按月”或“按天”' }),
  tolerancePp: between('略滞后容差', 0, 50, '5'),
  levelTolerancePp: between('时点/比率型容差', 0, 50, '1'),
  toleranceRanks: between('排名型容差', 0, 5, '1'),
  cumulativeCap: between('累计型得分上限', 1, 10, '1.2'),
  levelPenaltyPerPoint: between('时点/比率型每百分点扣分', 0, 100, '10'),
  rankPenaltyPerPlace: between('排名型每位扣分', 0, 100, '10'),
  milestoneOnTime: between('节点按时完成得分', 0, 100, '100'),
  milestoneLate: between('节点逾期完成得分', 0, 100, '60'),
  milestoneOverdue: between('节点逾期未完成得分', 0, 100, '0'),
  colourScheme: z.enum(['warning', 'honour'], { error: '配色请从列表中选择' }),
  honourListSize: between('红黄榜人数', 0, 50, '5').refine(Number.isInteger, '红黄榜人数应为整数'),
  warningScoreBelow: between('黄榜得分线', 0, 200, '60'),
});
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignInput>;

/** 复制到新年度: the new year, its name, and whether the targets are carried over. */
export const CopyCampaignInput = z.object({
  campaignId: z.coerce.number().int().positive(),
  name: campaignName,
  year: z.coerce
    .number({ error: '新年度应为四位数年份，例如 2021' })
    .int('新年度应为四位数年份，例如 2021')
    .min(2000, '新年度应在 2000 至 2100 之间')
    .max(2100, '新年度应在 2000 至 2100 之间'),
  targets: z.enum(['carry', 'blank'], { error: '请选择目标沿用上年还是留空' }),
});

/** The settings of a parsed settings form, as lib/metrics CampaignSettings (the name and id left out). */
export function settingsOfInput(input: UpdateCampaignInput): CampaignSettings {
  const {
    campaignId: _id,
    name: _name,
    timeProgressMode,
    colourScheme,
    honourListSize,
    warningScoreBelow,
    tolerancePp,
    levelTolerancePp,
    toleranceRanks,
    ...scoreRules
  } = input;
  return { timeProgressMode, tolerancePp, levelTolerancePp, toleranceRanks, scoreRules, colourScheme, honourListSize, warningScoreBelow };
}
