import { describe, expect, it } from 'vitest';
import { cleanUserText, isBlankUserText, plainText, userTextSchema, USER_TEXT_MESSAGES } from './user-text';
import { xmlSafe, xmlSafeDeep } from './xml-safe';

const RLO = '\u202E';

describe('cleanUserText (the input rule for names, titles, notes and entry texts)', () => {
  it('normalises to NFC and keeps ordinary Chinese text, punctuation and emoji as typed', () => {
    expect(cleanUserText('招商引资专班（一）——“双招双引”😀')).toEqual({ ok: true, text: '招商引资专班（一）——“双招双引”😀' });
    expect(cleanUserText('Cafe\u0301')).toEqual({ ok: true, text: 'Café' });
  });

  it('removes C0/C1 controls, DEL, bidirectional controls, zero-width marks, lone surrogates and U+FFFE/U+FFFF', () => {
    const raw = `柯\u0007城${RLO}区\u202A\u2066\u2069\u200E\u200F\u061C\u200B\uFEFF\u0085\u007F\uD800\uFFFE\uFFFF专班`;
    expect(cleanUserText(raw)).toEqual({ ok: true, text: '柯城区专班' });
  });

  it('single-line text turns tabs and line breaks into one space; multi-line text keeps line breaks as \\n', () => {
    expect(cleanUserText(' 项目\t攻坚\r\n竞赛 ')).toEqual({ ok: true, text: '项目 攻坚 竞赛' });
    expect(cleanUserText('第一行\r\n第二行\r第三行\t缩进', { multiline: true })).toEqual({
      ok: true,
      text: '第一行\n第二行\n第三行\t缩进',
    });
  });

  it('refuses NUL with a Chinese message naming the field', () => {
    expect(cleanUserText('abc\u0000def', { label: '会议名称' })).toEqual({ ok: false, message: USER_TEXT_MESSAGES.nul('会议名称') });
    expect(USER_TEXT_MESSAGES.nul('会议名称')).toMatch(/^会议名称中含有/);
  });

  it('treats text that is only spaces or invisible marks as blank', () => {
    expect(isBlankUserText(' \u3000\u00A0\u200B\uFEFF\t\n')).toBe(true);
    expect(isBlankUserText(`${RLO}`)).toBe(true);
    expect(isBlankUserText('0')).toBe(false);
  });
});

describe('plainText (for what is written out, e.g. a file name: the removals, never a refusal)', () => {
  it('removes controls, NUL included, and bidi marks, on one line', () => {
    expect(plainText(`报表${RLO}fdp.exe\u0000\u0007\n第二行`)).toBe('报表fdp.exe 第二行');
  });
});

describe('userTextSchema (zod)', () => {
  it('cleans, then checks the length of what will be stored, with Chinese messages', () => {
    const schema = userTextSchema('姓名', { max: 4, min: 1 });
    expect(schema.parse(`  张${RLO}三 `)).toBe('张三');
    const long = schema.safeParse('一二三四五');
    expect(long.success || long.error.issues[0]!.message).toBe('姓名最多 4 个字');
    const empty = schema.safeParse(` ${RLO} `);
    expect(empty.success || empty.error.issues[0]!.message).toBe('请填写姓名');
    const nul = schema.safeParse('张\u0000三');
    expect(nul.success || nul.error.issues[0]!.message).toBe(USER_TEXT_MESSAGES.nul('姓名'));
  });
});

describe('xmlSafe (what every writer of .xlsx and .pptx applies)', () => {
  it('removes exactly the characters XML 1.0 cannot hold, plus DEL and C1 controls', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh\u0080i\u009Fj')).toBe('abcdefghij');
    expect(xmlSafe('x\uD800y\uDFFFz\uFFFE\uFFFF')).toBe('xyz');
    expect(xmlSafe('tab\tnew\nret\r😀柯城')).toBe('tab\tnew\nret\r😀柯城');
  });

  it('cleans every string inside objects and arrays, leaving numbers, booleans, null and dates alone', () => {
    const when = new Date('2020-10-09T06:30:00Z');
    const out = xmlSafeDeep({ title: 'a\u0007b', rows: [['c\uFFFE', 3, null, true]], when, nested: { notes: '\u0001' } });
    expect(out).toEqual({ title: 'ab', rows: [['c', 3, null, true]], when, nested: { notes: '' } });
    expect(out.when).toBeInstanceOf(Date);
  });
});
