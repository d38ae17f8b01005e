import { parsePeriod } from '@/lib/metrics';

export type PeriodParam = { ok: true; period: string } | { ok: false; message: string };

/**
 * Validates the `?period=` search parameter against the campaign's opened periods.
 * Missing → the campaign's current period. Messages are Chinese and say how to fix it.
 */
export function resolvePeriodParam(raw: string | string[] | undefined, opened: string[], fallback: string): PeriodParam {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === '') return { ok: true, period: fallback };
  if (!parsePeriod(value)) {
    return { ok: false, message: `统计期“${value.slice(0, 20)}”格式不正确：应为“年-月”，例如 2020-09（月份 01—12）。` };
  }
  if (!opened.includes(value)) {
    const first = opened[0];
    const last = opened[opened.length - 1];
    return { ok: false, message: `统计期 ${value} 尚未开放填报，暂无数据。可选的统计期为 ${first} 至 ${last}。` };
  }
  return { ok: true, period: value };
}
