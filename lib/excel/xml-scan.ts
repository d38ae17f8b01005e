/**
 * A single forward pass over an XML part that reports start and end tags with their byte offsets,
 * building no tree: enough to count and bound what a workbook declares before a spreadsheet
 * library builds it, and to cut out whole elements. It works on the UTF-8 bytes (the markup
 * characters < > " ' never occur inside a multi-byte sequence) and decodes only the attribute
 * values it is asked for.
 *
 * Stricter than needed where that is safe: a DOCTYPE (never present in Office files; the door to
 * entity expansion), a UTF-16 part, or markup that does not close is a refusal.
 */

export interface StartTag {
  /** The local name: `x:mergeCell` and `mergeCell` are both `mergeCell` (counting both is safe). */
  name: string;
  /**
   * An attribute value, entities decoded; undefined when absent. Only unprefixed names. Valid
   * during the `open` call only (the scan reuses it for the next tag).
   */
  attr: (name: string) => string | undefined;
  /** Byte offset of `<` and just after `>`. */
  start: number;
  end: number;
  /** `<x/>` */
  selfClosing: boolean;
}

export interface ScanHandlers {
  /** A refusal (a message) stops the scan. */
  open: (tag: StartTag) => string | void;
  /** Called for `</x>` and for self-closing tags; `end` is just after the `>`. */
  close?: (name: string, end: number) => void;
}

export type ScanProblem = 'malformed' | 'doctype' | 'elements';
export type ScanResult = { ok: true; elements: number } | { ok: false; problem: ScanProblem } | { ok: false; message: string };

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; null for anything else. */
export function decodeEntities(raw: string): string | null {
  if (!raw.includes('&')) return raw;
  let bad = false;
  const out = raw.replace(/&([^;]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) bad = true;
    if (body in ENTITIES) return ENTITIES[body]!;
    const code = /^#x[0-9a-f]+$/i.test(body) ? parseInt(body.slice(2), 16) : /^#\d+$/.test(body) ? Number(body.slice(1)) : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) bad = true;
    return bad ? '' : String.fromCodePoint(code);
  });
  return bad ? null : out;
}

type Attrs = Map<string, [number, number]>;

/** Reads the attributes of a start tag from `j`; the offset after `>` or -1. */
function readAttributes(b: Buffer, j: number, attrs: Attrs): { end: number; selfClosing: boolean } | null {
  for (;;) {
    while (isSpace(b[j])) j++;
    if (j >= b.length) return null;
    if (b[j] === GT) return { end: j + 1, selfClosing: false };
    if (b[j] === SLASH) return b[j + 1] === GT ? { end: j + 2, selfClosing: true } : null;
    const nameStart = j;
    while (j < b.length && b[j] !== EQ && !isSpace(b[j]) && b[j] !== GT && b[j] !== SLASH) j++;
    const name = b.toString('latin1', nameStart, j);
    while (isSpace(b[j])) j++;
    if (b[j] !== EQ || name === '') return null;
    j++;
    while (isSpace(b[j])) j++;
    const quote = b[j];
    if (quote !== 0x22 && quote !== 0x27) return null;
    const close = b.indexOf(quote, j + 1);
    if (close < 0) return null;
    attrs.set(name, [j + 1, close]);
    j = close + 1;
  }
}

/** Walks `b` once, calling `handlers` per tag, with at most `maxElements` elements. */
export function scanXml(b: Buffer, handlers: ScanHandlers, maxElements: number): ScanResult {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return { ok: false, problem: 'malformed' };
  let elements = 0;
  let i = 0;
  // One attribute table for the whole scan, refilled per tag: a sheet has hundreds of thousands.
  const attrs: Attrs = new Map();
  const attr = (n: string) => {
    const at = attrs.get(n);
    return at ? (decodeEntities(b.toString('utf8', at[0], at[1])) ?? '\u0000') : undefined;
  };
  for (;;) {
    const lt = b.indexOf(LT, i);
    if (lt < 0) return { ok: true, elements };
    const next = b[lt + 1];
    if (next === 0x21 /* ! */) {
      const head = b.toString('latin1', lt, lt + 9);
      const endMark = head.startsWith('<!--') ? '-->' : head === '<![CDATA[' ? ']]>' : null;
      if (!endMark) return { ok: false, problem: 'doctype' };
      const e = b.indexOf(endMark, lt + 4, 'latin1');
      if (e < 0) return { ok: false, problem: 'malformed' };
      i = e + 3;
      continue;
    }
    if (next === 0x3f /* ? */) {
      const e = b.indexOf('?>', lt + 2, 'latin1');
      if (e < 0) return { ok: false, problem: 'malformed' };
      i = e + 2;
      continue;
    }
    if (next === SLASH) {
      const e = b.indexOf(GT, lt + 2);
      if (e < 0) return { ok: false, problem: 'malformed' };
      handlers.close?.(localName(b.toString('latin1', lt + 2, e).trim()), e + 1);
      i = e + 1;
      continue;
    }
    let j = lt + 1;
    while (j < b.length && !isSpace(b[j]) && b[j] !== GT && b[j] !== SLASH) j++;
    const name = localName(b.toString('latin1', lt + 1, j));
    attrs.clear();
    const read = name ? readAttributes(b, j, attrs) : null;
    if (!read) return { ok: false, problem: 'malformed' };
    if (++elements > maxElements) return { ok: false, problem: 'elements' };
    const refused = handlers.open({ name, attr, start: lt, end: read.end, selfClosing: read.selfClosing });
    if (refused) return { ok: false, message: refused };
    if (read.selfClosing) handlers.close?.(name, read.end);
    i = read.end;
  }
}

/** `b` without the byte ranges `cuts` (sorted, not overlapping). */
export function cutRanges(b: Buffer, cuts: [number, number][]): Buffer {
  if (cuts.length === 0) return b;
  const parts: Buffer[] = [];
  let from = 0;
  for (const [s, e] of cuts) {
    parts.push(b.subarray(from, s));
    from = e;
  }
  parts.push(b.subarray(from));
  return Buffer.concat(parts);
}
