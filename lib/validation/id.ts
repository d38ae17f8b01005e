import { z } from './zod-zh';

/**
 * A whole number that arrives from a hidden field or a link (an id, a version): ASCII digits or a
 * JavaScript integer, nothing else. Unlike z.coerce.number, `true` is not 1, '0x1F' is not 31,
 * '1e3' is not 1000 and '' is not 0: each is refused with `message`.
 */
export function wholeNumber(message: string, min: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d{1,15}\s*$/.test(v) ? Number(v) : typeof v === 'number' ? v : Number.NaN),
    z.number({ message }).int(message).min(min, message).max(Number.MAX_SAFE_INTEGER, message),
  );
}

/** An object's id (≥ 1). */
export const idSchema = (message = '编号无效') => wholeNumber(message, 1);
