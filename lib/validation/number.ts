/**
 * Reading a number typed by a person (form or Excel cell). Accepted, and documented to users:
 * - full-width digits and signs (１２３．５, －３, ８５％) are read as their ASCII forms;
 * - thousands separators in the usual places (1,234.5 or 1，234.5);
 * - a trailing % only for indicators whose unit is % ("85%" → 85, the value in percent);
 * - blank means "no value" (null).
 * Anything else is refused with a Chinese message saying how to write it.
 */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+', '％': '%', '　': ' ' };

export function normaliseNumberText(raw: string): string {
  return raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．，－＋％　]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/[\u2212\u2013]/g, '-')
    .trim();
}

export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '％' || unit === '百分点';
}

export function parseNumberInput(raw: string | number | null | undefined, unit: string): ParsedNumber {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, message: '数值无效，请填写有限的数字。' };
  let text = normaliseNumberText(raw).replace(/\s+/g, '');
  if (text === '') return { ok: true, value: null };
  if (text.length > 30) return { ok: false, message: '数字过长，请检查是否多输入了字符。' };
  if (text.endsWith('%')) {
    if (!isPercentUnit(unit)) return { ok: false, message: `该指标单位是“${unit}”，不是百分比，请去掉 % 号后填写数值。` };
    text = text.slice(0, -1);
  }
  if (text.includes(',')) {
    if (!/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))
      return { ok: false, message: `“${raw}”中的千分位逗号位置不对，请写成 1,234.5 或直接写 1234.5。` };
    text = text.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text))
    return { ok: false, message: `“${String(raw).slice(0, 20)}”不是数字，请只填写数字（可带小数点和负号）。` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: '数值无效，请填写有限的数字。' };
  return { ok: true, value };
}
