/**
 * FormData → a plain object for the action's zod schema. A field named `ids[]` (checkboxes, the
 * PHP/Rails convention) arrives as the array `ids`, also when one box or none is ticked would leave
 * it a single value; a field sent several times is an array as well. The object has no prototype, so
 * a field named `__proto__[]` or `constructor[]` is a field like any other, not a crash.
 */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of new Set(fd.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = fd.getAll(key);
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      out[name] = [...((out[name] as unknown[] | undefined) ?? []), ...all];
    } else {
      out[key] = all.length > 1 ? all : all[0];
    }
  }
  return out;
}
