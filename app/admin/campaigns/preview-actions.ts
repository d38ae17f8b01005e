'use server';

import { findCampaign, listPeriods } from '@/db/queries/campaign';
import { getSettingsPreview } from '@/db/queries/snapshot';
import { action } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { formatPeriodZh } from '@/lib/format';
import { IMPORT_TEXT } from '@/lib/structure/sheets';
import { settingsOfInput, UpdateCampaignInput } from '@/lib/validation/campaign';
import { periodSchema } from '@/lib/validation/progress';

const PreviewSettingsInput = UpdateCampaignInput.extend({ previewPeriod: periodSchema });

/**
 * 预览排名变化: the settings form as typed (the same schema as 保存设置, so the same messages),
 * computed on an opened period's figures with lib/metrics and compared with the ranking in force.
 * Administrators only; reads only, writes and audits nothing.
 */
export const previewSettingsAction = action({
  name: 'campaign.settings_preview',
  schema: PreviewSettingsInput,
  permission: 'campaign:manage',
  run: (ctx) => {
    const campaign = findCampaign(ctx.input.campaignId);
    if (!campaign) throw new ActionError(IMPORT_TEXT.noCampaign, 'not_found');
    const period = ctx.input.previewPeriod;
    if (!listPeriods(campaign.id).some((p) => p.period === period)) {
      const message = `${formatPeriodZh(period)}尚未开放，没有可预览的排名。请选择已开放的统计期。`;
      throw new ActionError(message, 'invalid', { previewPeriod: [message] });
    }
    return getSettingsPreview(campaign, period, settingsOfInput(ctx.input));
  },
});
