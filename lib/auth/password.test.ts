import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password';
import { generatePassword, generateSessionToken, hashToken } from './tokens';

describe('password policy (等保2.0 spirit)', () => {
  it.each([
    ['Kecheng@2020', 'demo-admin'],
    ['柯城赛马Aa2020', 'lead'],
    ['correct horse Battery 9', 'x'],
    ['长长的中文密码加上Abc', 'x'],
  ])('accepts %s', (pw, username) => expect(checkPasswordPolicy(pw, username)).toBeNull());

  it.each([
    ['Ab1!', 'x', '至少需要 8 个字符'],
    ['abcdefgh', 'x', '至少 3 类'],
    ['abcd1234', 'x', '至少 3 类'],
    ['Zhangsan@2020', 'zhangsan', '不能包含用户名'],
    ['P@ssw0rd', 'x', '过于常见'],
    ['Admin@123', 'x', '过于常见'],
  ])('refuses %s with a Chinese reason', (pw, username, reason) => {
    expect(checkPasswordPolicy(pw, username)).toContain(reason);
  });

  it('hashes with argon2id m=19 MiB t=2 p=1 and verifies', async () => {
    const h = await hashPassword('Kecheng@2020');
    expect(h.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await verifyPassword(h, 'Kecheng@2020')).toBe(true);
    expect(await verifyPassword(h, 'kecheng@2020')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('tokens', () => {
  it('session tokens carry 160 random bits and differ every time; only a SHA-256 is stored', () => {
    const a = generateSessionToken();
    const b = generateSessionToken();
    expect(a).not.toBe(b);
    expect(a.length).toBe(32); // 20 bytes in base32
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
  });

  it('generated passwords satisfy the policy', () => {
    for (let i = 0; i < 50; i++) expect(checkPasswordPolicy(generatePassword(), 'admin')).toBeNull();
  });
});
