import 'server-only';
import { notFound } from 'next/navigation';
import { findCampaign } from '@/db/queries/campaign-admin';
import { getCurrentCampaign } from '@/db/queries/shown-campaign';
import type { Campaign } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';

/**
 * The campaign of an admin page (administrators only), or the 404 page; `readOnly` for a past year
 * (not the current campaign): its pages show what is set and offer no write.
 */
export async function structurePage(params: Promise<{ id: string }>): Promise<Campaign & { readOnly: boolean }> {
  await requirePermission('campaign:manage');
  const { id } = await params;
  const campaign = /^\d{1,9}$/.test(id) ? findCampaign(Number(id)) : undefined;
  if (!campaign) notFound();
  return { ...campaign, readOnly: getCurrentCampaign()?.id !== campaign.id };
}

/** A positive id of a route segment or query value, or null. */
export function segmentId(raw: string | string[] | undefined): number | null {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return typeof v === 'string' && /^[1-9]\d{0,8}$/.test(v) ? Number(v) : null;
}
