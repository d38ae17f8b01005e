import { describe, expect, it } from 'vitest';
import { listenPlan, requestedHost } from './start-listen';

describe('where npm start listens', () => {
  it('a demo database listens on 127.0.0.1 only and says how to open it', () => {
    const plan = listenPlan({ demoDatabase: true, host: undefined, port: '3000' });
    expect(plan.host).toBe('127.0.0.1');
    expect(plan.lines.join('\n')).toMatch(/仅本机可访问[\s\S]*密码是公开的[\s\S]*HOST=0\.0\.0\.0/);
  });

  it('a named address is used, with a warning when a demo database is exposed', () => {
    const open = listenPlan({ demoDatabase: true, host: '0.0.0.0', port: '3000' });
    expect(open.host).toBe('0.0.0.0');
    expect(open.lines.join('\n')).toMatch(/演示账号的密码是公开的/);
    expect(listenPlan({ demoDatabase: true, host: '127.0.0.1', port: '3000' }).lines).toHaveLength(1);
  });

  it('other databases listen on every interface as before', () => {
    const plan = listenPlan({ demoDatabase: false, host: undefined, port: '3000' });
    expect(plan.host).toBeUndefined();
    expect(plan.lines.join('')).not.toMatch(/演示/);
  });

  it('reads --host, --host= and HOST, the flag first', () => {
    expect(requestedHost(['--host', '0.0.0.0'], {})).toBe('0.0.0.0');
    expect(requestedHost(['--no-demo', '--host=::'], { HOST: '10.0.0.1' })).toBe('::');
    expect(requestedHost([], { HOST: '10.0.0.1' })).toBe('10.0.0.1');
    expect(requestedHost([], {})).toBeUndefined();
    expect(requestedHost([], { HOST: '' })).toBeUndefined();
  });
});
