import { describe, expect, it } from 'vitest';
import { z, zhErrorMap } from './zod-zh';

const ENGLISH = /[A-Za-z]{3,}/;

describe('Chinese zod messages', () => {
  const schema = z.object({
    ids: z.array(z.coerce.number().int().positive()).min(1),
    name: z.string().min(2).max(4),
    kind: z.enum(['a', 'b']),
    count: z.number(),
    when: z.iso.date(),
    strict: z.strictObject({ a: z.string() }),
  });

  it('no issue of a schema without its own messages is in English', () => {
    const inputs: unknown[] = [
      {},
      { ids: 'x', name: 5, kind: 'c', count: 'x', when: '2020-13-01', strict: { a: 'x', b: 1 } },
      { ids: [], name: 'x', kind: null, count: Number.NaN, when: 5, strict: null },
      { ids: ['a', -1, 1.5], name: 'abcdef', kind: 'a', count: 1, when: '2020-01-01', strict: { a: 'x' } },
    ];
    for (const input of inputs) {
      const r = schema.safeParse(input);
      expect(r.success).toBe(false);
      for (const issue of r.error!.issues) expect(issue.message, JSON.stringify(issue)).not.toMatch(ENGLISH);
    }
  });

  it('says what to do: missing, too short, too many, a choice', () => {
    const r = schema.safeParse({ ids: [], name: 'x', kind: 'c' });
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.ids).toBe('请至少选择 1 项');
    expect(byPath.name).toBe('至少 2 个字');
    expect(byPath.kind).toBe('请从列表中选择');
    expect(byPath.count).toBe('缺少此项，请填写后重新提交。');
  });

  it('a schema’s own message wins over the map, also when the map is passed to the parse', () => {
    const own = z.string().min(2, '用户名至少 2 个字符');
    expect(own.safeParse('x', { error: zhErrorMap }).error!.issues[0]!.message).toBe('用户名至少 2 个字符');
  });
});
