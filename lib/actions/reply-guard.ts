/**
 * A server action called with a text body carries its arguments in React's string encoding: JSON in
 * which a string starting with `$` is a special value. A real client writes only the inline forms
 * there ($$… for a string that starts with $, $undefined, $NaN, $Infinity, $-Infinity, $-0, $D…
 * for a date, $n… for a big integer); a reference to another part ($1, $Q1, $B1 …) exists only in
 * multipart bodies. React's decoder fails on such a forged reference, or on a body that is not JSON,
 * and Next answers that with a 500, so proxy.ts refuses these bodies first with a Chinese 400.
 * Dependency-free: proxy.ts imports it.
 */

const INLINE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/s;

export const FORGED_BODY_MESSAGE = '请求内容无法识别，操作没有执行。请刷新页面后从页面上重新提交。';

/** True when `body` is not what React's string encoding produces: not JSON, or a `$` reference that only multipart bodies have. */
export function forgedActionBody(body: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return true;
  }
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.startsWith('$') && !INLINE.test(v)) return true;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const item of Object.values(v)) stack.push(item);
    }
  }
  return false;
}

/** Whether a request is a server-action call with a text body (the only kind checked here). */
export function isTextActionCall(method: string, headers: Headers): boolean {
  return method === 'POST' && headers.has('next-action') && (headers.get('content-type') ?? '').toLowerCase().startsWith('text/plain');
}
