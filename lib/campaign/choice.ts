/**
 * The campaign (year) a user is looking at: chosen in the header's 年度 selector and kept in a
 * cookie, so every page, export, deck and 通报 the server renders shows the same year without
 * every link having to carry it. No cookie: the current campaign (the most recent year).
 * The cookie is a view preference, not a credential: the server checks it on every read.
 */

/** The cookie holding the chosen campaign's id. */
export const CAMPAIGN_COOKIE = 'saima_campaign';

/** A year's worth of seconds: the choice outlives a session, and choosing the current year clears it. */
export const CAMPAIGN_COOKIE_MAX_AGE = 366 * 24 * 3600;

/** The campaign id the cookie names: null when there is none (the current campaign); 'invalid' for anything but a plain id. */
export function parseCampaignChoice(raw: string | undefined): number | null | 'invalid' {
  if (raw === undefined || raw === '') return null;
  if (!/^[1-9]\d{0,9}$/.test(raw)) return 'invalid';
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : 'invalid';
}

/** How the header and the 年度 selector name a campaign: "2020年度“六抓六比·八大竞赛”". */
export function campaignLabel(c: { year: number; name: string }): string {
  return `${c.year}年度“${c.name}”`;
}

/** The words shown for a past (read-only) year. */
export const PAST_YEAR_MARK = '往年·只读';

/** The refusal of a write into a campaign that is not the current one (a past year). */
export function pastYearMessage(year: number, currentYear: number): string {
  return year < currentYear
    ? `${year}年度已是往年，只能查看，不能修改。当前年度是${currentYear}年度，请在页眉“年度”中切换后再操作。`
    : `该活动不是当前活动，只能查看，不能修改。当前年度是${currentYear}年度，请在页眉“年度”中切换后再操作。`;
}

/** The note of a past year's administration pages (settings and structure), which show no save button. */
export function pastYearAdminNote(year: number): string {
  return `${PAST_YEAR_MARK}：${year}年度已是往年，活动设置和结构只能查看，不能修改。`;
}
