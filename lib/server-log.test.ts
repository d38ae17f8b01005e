import { describe, expect, it } from 'vitest';
import { redact, serverErrorLine, storageFailureLine } from './server-log';

describe('server error lines', () => {
  it('one line with the digest, the route and the first message line, no query string', () => {
    const err = Object.assign(new Error('unable to open database file\n    at Database (/app/node_modules/x.js:1:2)'), {
      digest: '2401939806',
      code: 'SQLITE_CANTOPEN',
    });
    const line = serverErrorLine(
      err,
      { path: '/report?period=2020-09&token=abc', method: 'GET' },
      { routeType: 'render', routePath: '/(dashboard)/report' },
    );
    expect(line).toBe(
      '服务器错误 digest=2401939806 type=render method=GET path="/report" route=/(dashboard)/report code=SQLITE_CANTOPEN message="unable to open database file"',
    );
    expect(line).not.toContain('\n');
  });

  it('masks passwords and token-like strings', () => {
    expect(redact('login failed password=Kecheng@2020 for x')).toBe('login failed password=*** for x');
    expect(redact('Cookie: saima_session=abcdefghijklmnopqrstuvwxyz234567')).not.toContain('abcdefghijklmnopqrstuvwxyz234567');
    expect(redact('session a3f9c0e1b2d4a3f9c0e1b2d4a3f9c0e1 expired')).toBe('session *** expired');
    expect(redact('UNIQUE constraint failed: users.username')).toBe('UNIQUE constraint failed: users.username');
  });

  it('an error without a digest or a code, and a thrown non-error', () => {
    expect(serverErrorLine('boom', { path: '/', method: 'POST' }, { routeType: 'action', routePath: '/' })).toBe(
      '服务器错误 digest=- type=action method=POST path="/" route=/ message="boom"',
    );
    expect(storageFailureLine('progress.save', Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toBe(
      '存储故障 action=progress.save code=SQLITE_FULL message="database or disk is full"',
    );
  });
});
