import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsFormValues } from '@/lib/metrics/settings';
import { CopyCampaignInput, settingsOfInput, UpdateCampaignInput } from './campaign';

const settings = { campaignId: '1', ...settingsFormValues(DEFAULT_SETTINGS) };

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

describe('the settings form posts what it was prefilled with', () => {
  it('reads back exactly the settings it was filled from', () => {
    const changed = {
      ...DEFAULT_SETTINGS,
      timeProgressMode: 'day' as const,
      scoreRules: { ...DEFAULT_SETTINGS.scoreRules, cumulativeCap: 1.1 },
    };
    for (const s of [DEFAULT_SETTINGS, changed]) {
      const parsed = UpdateCampaignInput.parse({ campaignId: '1', name: '六抓六比', ...settingsFormValues(s) });
      expect(settingsOfInput(parsed)).toEqual(s);
    }
  });
});
