/**
 * Password hashing (argon2id, m = 19 MiB, t = 2, p = 1) and the password policy, in the spirit of
 * 等保2.0: at least 8 characters with 3 of 4 character classes, not a common password, not the
 * username. Long and Chinese passwords are accepted as typed (no trimming, no normalisation).
 */
import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords';

const ARGON2ID = 2;
export const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: ARGON2ID } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False (never throws) for a malformed stored hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A fixed hash verified for unknown usernames so that they take as long as wrong passwords. */
let dummyHash: Promise<string> | null = null;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('saima-timing-equaliser-不存在的账号');
  return dummyHash.then((h) => verifyPassword(h, password));
}

/**
 * Checks the policy. Returns null when acceptable, else a Chinese message saying how to fix it.
 * Character classes: lower-case Latin, upper-case Latin, digits, others (symbols, Chinese, …).
 */
export function checkPasswordPolicy(password: string, username: string): string | null {
  if ([...password].length < 8) return '密码至少需要 8 个字符。';
  if ([...password].length > 128) return '密码不能超过 128 个字符。';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return '密码需包含小写字母、大写字母、数字、其他字符（符号或汉字）中的至少 3 类。';
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) return '密码不能包含用户名。';
  if (COMMON_PASSWORDS.has(lower)) return '该密码过于常见，容易被猜中，请换一个。';
  return null;
}
