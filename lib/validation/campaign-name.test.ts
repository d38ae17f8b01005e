import { describe, expect, it } from 'vitest';
import { CopyCampaignInput, UpdateCampaignInput } from './campaign';

const settings = {
  campaignId: '1',
  timeProgressMode: 'month',
  tolerancePp: '5',
  levelTolerancePp: '1',
  toleranceRanks: '1',
  cumulativeCap: '1.2',
  levelPenaltyPerPoint: '10',
  rankPenaltyPerPlace: '10',
  milestoneOnTime: '100',
  milestoneLate: '60',
  milestoneOverdue: '0',
  colourScheme: 'warning',
  honourListSize: '5',
  warningScoreBelow: '60',
};

describe('the campaign name follows the shared rule for typed text', () => {
  it.each(['a\u0000b'])('refuses %j in 活动设置 and 复制到新年度 with a Chinese message', (name) => {
    for (const r of [
      UpdateCampaignInput.safeParse({ ...settings, name }),
      CopyCampaignInput.safeParse({ campaignId: '1', name, year: '2021', targets: 'carry' }),
    ]) {
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/活动名称/);
    }
  });

  it('drops a direction override, as every typed text does', () => {
    expect(UpdateCampaignInput.parse({ ...settings, name: '\u202E竞赛' }).name).toBe('竞赛');
    expect(CopyCampaignInput.parse({ campaignId: '1', name: '竞赛\u200F', year: '2021', targets: 'blank' }).name).toBe('竞赛');
  });

  it('keeps an ordinary name, trimmed', () => {
    expect(UpdateCampaignInput.parse({ ...settings, name: ' 六抓六比·八大竞赛 ' }).name).toBe('六抓六比·八大竞赛');
  });
});
