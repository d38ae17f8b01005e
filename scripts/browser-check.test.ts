import { describe, expect, it } from 'vitest';
import { planBrowser, type MachineFacts } from './browser-check';

const base: MachineFacts = { named: undefined, working: ['/usr/bin/chromium'], cjkFonts: true, root: false, apt: true };

describe('planBrowser', () => {
  it('runs the tests when a Chromium answers and CJK fonts are there', () => {
    expect(planBrowser(base)).toEqual({ kind: 'ready', executable: '/usr/bin/chromium' });
  });

  it('prefers CHROMIUM_PATH when it works', () => {
    expect(planBrowser({ ...base, named: '/opt/c/chrome', working: ['/opt/c/chrome', '/usr/bin/chromium'] })).toEqual({
      kind: 'ready',
      executable: '/opt/c/chrome',
    });
  });

  it('stops on a CHROMIUM_PATH that does not start, even as root', () => {
    const plan = planBrowser({ ...base, named: '/nope', root: true });
    expect(plan.kind).toBe('stop');
  });

  it('installs what is missing as root on Debian', () => {
    expect(planBrowser({ ...base, working: [], cjkFonts: false, root: true })).toEqual({
      kind: 'install',
      packages: ['chromium', 'fonts-noto-cjk'],
    });
    expect(planBrowser({ ...base, cjkFonts: false, root: true })).toEqual({ kind: 'install', packages: ['fonts-noto-cjk'] });
  });

  it('otherwise stops with one line in Chinese and English naming the command', () => {
    const plan = planBrowser({ ...base, working: [] });
    expect(plan.kind).toBe('stop');
    if (plan.kind !== 'stop') return;
    expect(plan.message).not.toContain('\n');
    expect(plan.message).toContain('apt-get install -y chromium');
    expect(plan.message).toMatch(/请先运行/);
    expect(plan.message).toMatch(/Browser tests need chromium/);
    expect(planBrowser({ ...base, working: [], root: true, apt: false }).kind).toBe('stop');
  });
});
