import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getDb } from '@/db';
import { openDueRounds } from '@/db/mutations/period-schedule';
import { findActiveCampaign, findCampaign, listCampaigns } from '@/db/queries/campaign';
import { invalidateDerived } from '@/db/queries/cache';
import { getNow } from '@/db/queries/clock';
import type { Campaign } from '@/db/schema';
import { CAMPAIGN_COOKIE, parseCampaignChoice } from '@/lib/campaign/choice';

/** The campaign a request shows, the current one, and whether the shown one is a past (read-only) year. */
export interface ShownCampaign {
  campaign: Campaign;
  current: Campaign;
  /** Not the current campaign: read-only (往年·只读). */
  readOnly: boolean;
}

export type ShownCampaignResult =
  | { kind: 'shown'; shown: ShownCampaign; current: Campaign }
  /** The installation holds no campaign yet. */
  | { kind: 'none' }
  /** The cookie names a campaign that does not exist (forged, or gone after a restore). */
  | { kind: 'missing'; current: Campaign };

/**
 * The current campaign, with the rounds its schedule has opened by now stored first (lazily: the
 * first read after a round's opening day creates it, and moves the current period to it; see
 * db/mutations/period-schedule.ts).
 */
export function getCurrentCampaign(): Campaign | undefined {
  const current = findActiveCampaign();
  if (!current || openDueRounds(getDb(), current, getNow()) === 0) return current;
  invalidateDerived();
  // Opening a round may have moved the current period: read the campaign again.
  return findActiveCampaign();
}

/**
 * The campaign this request shows: the one chosen in the header (cookie `saima_campaign`), else
 * the current one. Resolved once per request; every page, route and export reads it here.
 */
export const getShownCampaign = cache(async (): Promise<ShownCampaignResult> => {
  const current = getCurrentCampaign();
  if (!current) return { kind: 'none' };
  const choice = parseCampaignChoice((await cookies()).get(CAMPAIGN_COOKIE)?.value);
  const campaign = choice === 'invalid' ? undefined : choice === null ? current : findCampaign(choice);
  if (!campaign) return { kind: 'missing', current };
  return { kind: 'shown', shown: { campaign, current, readOnly: campaign.id !== current.id }, current };
});

/** The 年度 selector's options, the most recent year first. */
export function listCampaignChoices(): { id: number; year: number; name: string }[] {
  return listCampaigns().map((c) => ({ id: c.id, year: c.year, name: c.name }));
}

/** The message of a page or route whose chosen year does not exist. */
export const MISSING_CAMPAIGN_MESSAGE = '未找到所选年度的竞赛活动，可能链接有误或该年度已不存在。请在页眉“年度”中重新选择。';
