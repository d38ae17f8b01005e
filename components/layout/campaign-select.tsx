'use client';

import { usePathname } from 'next/navigation';
import { useEarlyChoice } from './early-choice';
import { CAMPAIGN_COOKIE, CAMPAIGN_COOKIE_MAX_AGE } from '@/lib/campaign/choice';

export interface CampaignOption {
  id: number;
  year: number;
  name: string;
}

/** Where a change of year goes: the same list page, or 总览 from an object of the other year (its id is not in the new one). */
function targetAfterSwitch(pathname: string): string {
  return pathname.split('/').some((s) => /^\d+$/.test(s)) ? '/' : pathname;
}

/**
 * Shows campaign `id`: a cookie the server reads (cleared for the current year), then the same page
 * reloaded, or 总览 from an object of the other year.
 */
function switchTo(id: number, currentId: number, pathname: string): void {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  document.cookie =
    id === currentId
      ? `${CAMPAIGN_COOKIE}=; path=/; max-age=0; samesite=lax${secure}`
      : `${CAMPAIGN_COOKIE}=${id}; path=/; max-age=${CAMPAIGN_COOKIE_MAX_AGE}; samesite=lax${secure}`;
  window.location.assign(targetAfterSwitch(pathname));
}

/**
 * The header's 年度 selector. The choice is a cookie the server reads on every page and route
 * (every link, export, deck and 通报 then shows that year); choosing the current year clears it, so
 * the view follows the next year when one is created. The page reloads without `?period=`, which
 * names a month of the year left.
 */
export function CampaignSelect({ options, shownId, currentId }: { options: CampaignOption[]; shownId: number | null; currentId: number }) {
  const pathname = usePathname();
  const shown = shownId === null ? '' : String(shownId);
  const ref = useEarlyChoice(shown, (value) => switchTo(Number(value), currentId, pathname));
  const currentYear = options.find((c) => c.id === currentId)?.year ?? 0;
  const mark = (c: CampaignOption) => (c.id === currentId ? '（当前）' : c.year < currentYear ? '（往年）' : '（只读）');
  return (
    <label className="flex items-center gap-2 text-sm text-brand-100">
      <span>年度</span>
      <select
        aria-label="年度"
        className="h-8 rounded-md border border-brand-600 bg-brand-800 px-2 text-sm text-white"
        ref={ref}
        autoComplete="off"
        value={shown}
        onChange={(e) => switchTo(Number(e.target.value), currentId, pathname)}
      >
        {shownId === null && <option value="">所选年度不存在</option>}
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.year}年度
            {options.some((o) => o.year === c.year && o.id !== c.id) ? ` · ${c.name}` : ''}
            {mark(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
