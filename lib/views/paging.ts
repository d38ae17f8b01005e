/**
 * Server-side pages of a long dashboard table: `?page-<table id>=N` picks the page, so a page's HTML
 * holds at most one page of rows whatever the campaign's size (the export holds every row).
 */
export type QueryParams = Record<string, string | string[] | undefined>;

/** Where a table's pager links lead: the page's path and query, and the table's anchor. */
export interface PagingLocation {
  path: string;
  params: QueryParams;
  anchor?: string;
}

export interface TablePage {
  page: number;
  pages: number;
  from: number;
  to: number;
  href: (page: number) => string;
}

export const pageParamName = (tableId: string) => `page-${tableId}`;

/**
 * The page of `total` rows shown (1-based, clamped to 1…pages; anything but a plain positive
 * integer reads as 1), its row range [from, to) and the link to any other page, keeping the
 * other query parameters.
 */
export function tablePage(tableId: string, total: number, size: number, at: PagingLocation): TablePage {
  const name = pageParamName(tableId);
  const raw = at.params[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const pages = Math.max(1, Math.ceil(total / size));
  const asked = typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
  const page = Math.min(asked, pages);
  const href = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(at.params)) {
      if (k === name || k === 'all' || v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
    }
    if (n > 1) q.set(name, String(n));
    const qs = q.toString();
    return `${at.path}${qs ? `?${qs}` : ''}${at.anchor ? `#${at.anchor}` : ''}`;
  };
  return { page, pages, from: (page - 1) * size, to: Math.min(total, page * size), href };
}
