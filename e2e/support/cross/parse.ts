/**
 * Reading figures back from what a surface shows, into one normal form per quantity, so that
 * "第3名/8", "第3名" and an Excel 3 formatted "第"0"名" all read "3". Written from the words the
 * screens use (the domain's), not from lib/format.
 */

export const DASH = '—';

const STATUS_WORDS: [string, string][] = [
  ['严重滞后', 'lagging'],
  ['略滞后', 'behind'],
  ['达到序时', 'ahead'],
  ['未报送', 'no_data'],
  ['待审核', 'no_data'],
  ['已完成', 'done'],
  ['已逾期', 'overdue'],
  ['未到期', 'not_due'],
];

/** A score as shown ("92.4", "92.4分"), or "—". */
export function readScore(text: string): string {
  const t = text.replace(/分$/, '').trim();
  if (t === DASH || t === '') return DASH;
  if (!/^-?\d+(\.\d)?$/.test(t)) throw new Error(`not a score: "${text}"`);
  return Number(t).toFixed(1);
}

/** A rank "第3名", "第3名/8", "全区第3名/40" → "3"; "—" → "—". */
export function readRank(text: string): string {
  const m = /第(\d+)名/.exec(text);
  if (m) return m[1]!;
  if (text.trim() === DASH) return DASH;
  throw new Error(`not a rank: "${text}"`);
}

/** The total of a rank "第3名/8" → "3/8" (county ranks). */
export function readRankOf(text: string): string {
  const m = /第(\d+)名\/(\d+)/.exec(text);
  if (m) return `${m[1]}/${m[2]}`;
  if (text.trim() === DASH) return DASH;
  throw new Error(`not a rank with total: "${text}"`);
}

/** 争先进位 "▲ 上升2位" → "+2", "下降1位" → "-1", "持平" → "0", "—" → "—". */
export function readMovement(text: string): string {
  const up = /上升(\d+)位/.exec(text);
  if (up) return `+${up[1]}`;
  const down = /下降(\d+)位/.exec(text);
  if (down) return `-${down[1]}`;
  if (text.includes('持平')) return '0';
  if (text.replace(/[▲▼–\s]/g, '') === DASH) return DASH;
  throw new Error(`not a movement: "${text}"`);
}

/** A percentage "82.4%" → "82.4" (one decimal); the words of a group without one are kept. */
export function readPercent(text: string): string {
  if (text.includes('无累计型指标')) return '无累计型指标';
  if (text.includes('均未报送')) return '均未报送';
  const m = /(-?\d+(?:\.\d+)?)%/.exec(text);
  if (m) return Number(m[1]).toFixed(1);
  if (text.trim() === DASH) return DASH;
  throw new Error(`not a percentage: "${text}"`);
}

/** A status from its word (the first status word in the text), or "none" for a group counted by status. */
export function readStatus(text: string): string {
  if (/按状态计数|无累计型指标/.test(text)) return 'none';
  const hit = STATUS_WORDS.map(([w, s]) => [text.indexOf(w), s] as const)
    .filter(([i]) => i >= 0)
    .sort((a, b) => a[0] - b[0])[0];
  if (!hit) throw new Error(`no status word in "${text}"`);
  return hit[1];
}

/** A group's gap "快于应完成进度10.6个百分点（…）" → "+10.6", "慢于…3.3…" → "-3.3", "与应完成进度持平" → "0.0"; otherwise "—". */
export function readGroupGap(text: string): string {
  const m = /(快于|慢于)应完成进度(\d+\.\d)个百分点/.exec(text);
  if (m) return `${m[1] === '快于' ? '+' : '-'}${m[2]}`;
  if (text.includes('与应完成进度持平')) return '0.0';
  return DASH;
}

/** 应完成 line "应完成71.8%" (a card's or page's caption) → "71.8"; "—" when absent. */
export function readExpected(text: string): string {
  const m = /应完成(?:进度)?(\d+(?:\.\d+)?)%/.exec(text);
  return m ? Number(m[1]).toFixed(1) : DASH;
}

/** Counts by status in words ("✔ 达到序时 29 ▲ 略滞后 1 …") → "29/1/3/4" (ahead/behind/lagging/no data). */
export function readCounts(text: string): string {
  const n = (w: string) => {
    const m = new RegExp(`${w}\\s*(\\d+)`).exec(text);
    if (!m) throw new Error(`no count of ${w} in "${text}"`);
    return m[1];
  };
  return [n('达到序时'), n('略滞后'), n('严重滞后'), n('未报送')].join('/');
}

/**
 * A number as Excel displays it under a number format with `digits` decimals (after ×`scale`, 100
 * for "0.0%"): Excel rounds at 15 significant digits, then half away from zero.
 */
export function excelShown(value: number, digits: number, scale = 1): string {
  const x = Number((value * scale).toPrecision(15));
  const f = 10 ** digits;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
  return (Object.is(r, -0) ? 0 : r).toFixed(digits);
}

/** Text without whitespace or arrows/icons (cells break lines anywhere; icons are decoration). */
export const flat = (s: string) => s.replace(/[\s▲▼✔✖○⧗…–]/g, '');
