/**
 * What every writer of an XML-based file (.xlsx, .pptx) applies to the text it writes: XML 1.0
 * cannot hold C0 controls other than tab, line feed and carriage return, lone surrogates, or
 * U+FFFE/U+FFFF, and one such character makes Excel or PowerPoint refuse the whole file. DEL and
 * the C1 controls are legal but never meaningful text and some readers choke on them; they go too.
 */

// With the u flag a lone surrogate is one code point (D800–DFFF), outside every range kept here.
const XML_UNSAFE = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `s` without the characters an XML file cannot (or should not) hold. */
export function xmlSafe(s: string): string {
  return s.replace(XML_UNSAFE, '');
}

/** A copy of `value` in which every string (in objects and arrays, at any depth) has gone through {@link xmlSafe}. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafeDeep(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = xmlSafeDeep(v);
  return out as T;
}
