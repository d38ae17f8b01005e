import { describe, expect, it } from 'vitest';
import { formDataToObject } from './form-data';

describe('formDataToObject with hostile field names', () => {
  it('fields named after Object.prototype members are plain fields, never a crash or a prototype', () => {
    const fd = new FormData();
    for (const key of ['__proto__[]', 'constructor[]', 'toString[]', 'hasOwnProperty', '__proto__', 'valueOf']) fd.append(key, 'x');
    const out = formDataToObject(fd);
    expect(Object.getPrototypeOf(out)).toBe(null);
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'].sort());
    expect(out['constructor']).toEqual(['x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
