/**
 * A figure with the approximation word the source prints beside it ("50多户", "近300名",
 * "85%以上", "超5亿元", "3万多元"). Words before the number: 近 将近 约 超; after the number: 余 多
 * (in 万元 after the 万: "1.5万余元"); after the unit: 以上.
 */
import { DASH, formatFixed, isFiniteNumber } from './decimal';

/**
 * A figure as typed: up to 4 decimals, trailing zeros dropped, thousands grouped from 10,000 on
 * (as the page prints "8000元"), then the unit exactly as given ('60元/公斤', '36.4亩', '1.5万元',
 * '12,345户'); null/non-finite → '—'.
 */
export function formatAsEntered(value: number | null | undefined, unit: string): string {
  if (!isFiniteNumber(value)) return DASH;
  const grouped = formatFixed(value, 4);
  const fixed = Math.abs(value) < 10000 ? grouped.replace(/,/g, '') : grouped;
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return `${trimmed}${unit}`;
}

/**
 * {@link formatAsEntered} with the qualifier in its place; an unknown qualifier is put in front.
 * 余 and 多 with 万元 go after the 万 ("1.5万余元", "3万多元") unless the source's own words put
 * them before it ("投入20余万元" → "20余万元"): pass `printed` to follow them.
 */
export function formatQualified(
  value: number | null | undefined,
  unit: string,
  qualifier: string | null | undefined,
  printed?: string | null,
): string {
  const plain = formatAsEntered(value, unit);
  if (!qualifier || plain === DASH) return plain;
  if (qualifier === '以上') return `${plain}以上`;
  if (qualifier === '余' || qualifier === '多') {
    const number = plain.slice(0, -2);
    if (unit === '万元' && printed?.includes(`${number}${qualifier}万`)) return `${number}${qualifier}万元`;
    if (unit === '万元' && plain.endsWith('万元')) return `${number}万${qualifier}元`;
    return unit && plain.endsWith(unit) ? `${plain.slice(0, -unit.length)}${qualifier}${unit}` : `${plain}${qualifier}`;
  }
  return `${qualifier}${plain}`;
}

/** A month 'YYYY-MM' as '2019年3月'; a year 'YYYY' as '2019年'; a day as '2020年10月4日'; else as given. */
export function formatLooseDate(d: string | null | undefined): string {
  if (!d) return DASH;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d.trim());
  if (!m) return d;
  if (m[3]) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  if (m[2]) return `${m[1]}年${Number(m[2])}月`;
  return `${m[1]}年`;
}
