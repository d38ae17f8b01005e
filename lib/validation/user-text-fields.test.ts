import { describe, expect, it } from 'vitest';
import { meetingSlides, progressEntries, userScopes, users } from '@/db/schema';
import { FIGURE_STATUSES } from '@/lib/reporting/status';
import { MeetingInput, SlideInput } from './meeting';
import { OpenPeriodInput, ReviewInput, SaveEntryInput } from './progress';
import { CreateUserInput, roleSchema, scopeTypeSchema } from './user';
import { zhErrorMap } from './zod-zh';

const RLO = '\u202E';
const parse = <T>(schema: { safeParse: (v: unknown, o: object) => T }, v: unknown) => schema.safeParse(v, { error: zhErrorMap });

describe('every free-text field goes through the user-text rule', () => {
  it('entry texts: bidi controls and zero-width marks removed, line breaks kept, NUL refused in Chinese', () => {
    const ok = SaveEntryInput.parse({ indicatorId: '1', period: '2020-10', workProgress: `甲${RLO}乙\r\n丙\u200B`, version: '0' });
    expect(ok.workProgress).toBe('甲乙\n丙');
    const bad = parse(SaveEntryInput, { indicatorId: '1', period: '2020-10', problems: 'a\u0000b', version: '0' });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad)).toContain('存在问题中含有空字符');
  });
  it('return reasons, display names, meeting titles, slide titles and notes are cleaned', () => {
    expect(ReviewInput.parse({ entryId: '1', version: '2', decision: 'return', reason: ` 口径${RLO}有误 ` }).reason).toBe('口径有误');
    expect(CreateUserInput.parse({ username: 'zhang', displayName: `张${RLO}三\t`, role: 'lead' }).displayName).toBe('张三');
    expect(parse(CreateUserInput, { username: 'zhang', displayName: '\u200B', role: 'lead' }).success).toBe(false);
    const slide = SlideInput.parse({ kind: 'cover', title: `封面${RLO}`, notes: '第一行\r\n第二行' });
    expect(slide).toMatchObject({ title: '封面', notes: '第一行\n第二行' });
    const m = MeetingInput.parse({ title: ` 十月${RLO}例会 `, meetingDate: '2020-10-09', period: '2020-09', slides: [{ kind: 'cover' }] });
    expect(m.title).toBe('十月例会');
  });
  it('period fields are cleaned before their format is checked', () => {
    expect(OpenPeriodInput.parse({ period: ` 2020-11\u200B`, deadline: '2020-12-05T17:00' }).period).toBe('2020-11');
    expect(parse(OpenPeriodInput, { period: '2020-13', deadline: '2020-12-05T17:00' }).success).toBe(false);
  });
});

describe('enums derive from the schema', () => {
  it('roles, scope types, slide kinds and entry statuses are the columns’ values', () => {
    expect(roleSchema.options).toEqual(users.role.enumValues);
    expect(scopeTypeSchema.options).toEqual(userScopes.scopeType.enumValues);
    expect(progressEntries.status.enumValues).toEqual([...FIGURE_STATUSES]);
    expect(parse(SlideInput, { kind: meetingSlides.kind.enumValues[0] }).success).toBe(true);
  });
});
