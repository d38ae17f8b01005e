/**
 * The one input rule for text people type or paste (names, titles, notes, the three entry texts,
 * Excel cells): what is stored is what a reader sees.
 *
 * - NFC, so that the same word is stored the same way whatever keyboard produced it;
 * - line breaks become \n; single-line fields turn tabs and line breaks into a space;
 * - removed: C0 and C1 controls (except tab and, in multi-line text, line feed), DEL, the
 *   bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: one of them in
 *   a name reverses the text shown after it), zero-width space, word joiner, BOM, lone surrogates
 *   and U+FFFE/U+FFFF (which make an .xlsx or .pptx unreadable);
 * - refused: NUL, the mark of binary data pasted as text, with a Chinese message;
 * - trimmed.
 */
import { z } from 'zod';

export const USER_TEXT_MESSAGES = {
  nul: (label: string) => `${label}中含有空字符（NUL），通常是从其他软件复制时带入的乱码。请清空后重新输入，或先粘贴到记事本再复制过来。`,
  required: (label: string) => `请填写${label}`,
  tooLong: (label: string, max: number) => `${label}最多 ${max} 个字`,
} as const;

export type CleanedText = { ok: true; text: string } | { ok: false; message: string };

export interface CleanOptions {
  /** Keep line breaks (notes, the entry texts); otherwise they become spaces. */
  multiline?: boolean;
  /** The field's name in the refusal message, e.g. '会议名称'. */
  label?: string;
}

// Controls other than tab and line feed, DEL, C1, bidi controls, ZWSP, word joiner, BOM,
// U+FFFE/U+FFFF, and (u flag) lone surrogates.
const REMOVED =
  /[\u0001-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFE\uFFFF]|\p{Cs}/gu;

/** `raw` as it will be stored, or a refusal (NUL). */
export function cleanUserText(raw: string, options: CleanOptions = {}): CleanedText {
  if (raw.includes('\u0000')) return { ok: false, message: USER_TEXT_MESSAGES.nul(options.label ?? '内容') };
  let text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  if (!options.multiline) text = text.replace(/[\t\n]+/g, ' ');
  text = text.replace(REMOVED, '');
  return { ok: true, text: text.trim() };
}

/** `raw` with everything the rule removes removed, on one line, NUL included: for text written out (a file name). */
export function plainText(raw: string): string {
  const cleaned = cleanUserText(raw.replace(/\u0000/g, ''));
  return cleaned.ok ? cleaned.text : '';
}

/** True when nothing visible is left once the rule has run (spaces, invisible marks only). */
export function isBlankUserText(raw: string): boolean {
  const cleaned = cleanUserText(raw.replace(/\u0000/g, ''), { multiline: true });
  return cleaned.ok && cleaned.text === '';
}

/**
 * A zod schema applying {@link cleanUserText}, then the length rules to the cleaned text:
 * `userTextSchema('会议名称', { min: 1, max: 80 })`. Messages are Chinese and name the field.
 */
export function userTextSchema(label: string, rules: { max: number; min?: number; multiline?: boolean }) {
  return z
    .string()
    .transform((raw, ctx) => {
      const cleaned = cleanUserText(raw, { label, multiline: rules.multiline });
      if (cleaned.ok) return cleaned.text;
      ctx.addIssue({ code: 'custom', message: cleaned.message });
      return z.NEVER;
    })
    .pipe(
      z
        .string()
        .min(rules.min ?? 0, USER_TEXT_MESSAGES.required(label))
        .max(rules.max, USER_TEXT_MESSAGES.tooLong(label, rules.max)),
    );
}
