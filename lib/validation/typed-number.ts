import type { z as Z } from 'zod';
import { parseNumberInput } from './number';
import { z } from './zod-zh';

/**
 * A number field a person types outside an entry (a setting such as 空闲超时): read by the same rule
 * as every typed number (parseNumberInput: full-width digits, thousands separators), then checked by
 * `inner`. Text that is not a number reaches `inner` as NaN, so `inner`'s own message answers it.
 */
export function typedNumber<T extends Z.ZodType>(inner: T) {
  return z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    const parsed = parseNumberInput(v, '');
    return parsed.ok && parsed.value !== null ? parsed.value : Number.NaN;
  }, inner);
}
