/**
 * What the browser tests need from the machine: a Chromium that starts, and CJK fonts (without
 * them every Chinese glyph is a box). Pure decisions here; scripts/ensure-browser.ts acts on them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Where a Chromium may be, in order: the one named by CHROMIUM_PATH, Playwright's own, the system's. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export interface MachineFacts {
  /** CHROMIUM_PATH, if set. */
  named: string | undefined;
  /** Candidate executables that exist and answer `--version`. */
  working: string[];
  /** A font with Chinese glyphs is installed (fontconfig knows one for :lang=zh). */
  cjkFonts: boolean;
  root: boolean;
  /** Debian or Ubuntu with apt-get. */
  apt: boolean;
}

export type Plan = { kind: 'ready'; executable: string } | { kind: 'install'; packages: string[] } | { kind: 'stop'; message: string };

export const INSTALL_COMMAND = 'sudo apt-get install -y chromium fonts-noto-cjk';

/**
 * Decides what to do before the browser tests: run them, install the missing Debian packages
 * (only as root on Debian/Ubuntu), or stop with one line in Chinese and English naming the command.
 * A CHROMIUM_PATH that does not work is an error of its own (never silently replaced).
 */
export function planBrowser(f: MachineFacts): Plan {
  if (f.named && !f.working.includes(f.named)) {
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH=${f.named} 无法启动，请改为可用的 Chromium 路径 / CHROMIUM_PATH=${f.named} does not start; point it at a working Chromium.`,
    };
  }
  const executable = f.named ?? f.working[0];
  const missing = [...(executable ? [] : ['chromium']), ...(f.cjkFonts ? [] : ['fonts-noto-cjk'])];
  if (missing.length === 0 && executable) return { kind: 'ready', executable };
  if (f.root && f.apt) return { kind: 'install', packages: missing };
  const what = missing.join(' ');
  return {
    kind: 'stop',
    message: `浏览器测试需要 ${what}，请先运行：sudo apt-get install -y ${what}（或设置 CHROMIUM_PATH） / Browser tests need ${what}: run \`sudo apt-get install -y ${what}\` (or set CHROMIUM_PATH).`,
  };
}

function answers(executable: string): boolean {
  if (!fs.existsSync(executable)) return false;
  try {
    execFileSync(executable, ['--version'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** Playwright's own downloaded Chromium, when there is one. */
function playwrightChromium(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function hasCjkFonts(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 20_000 }).trim().length > 0;
  } catch {
    return false;
  }
}

function isDebianLike(): boolean {
  try {
    const osRelease = fs.readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease) && fs.existsSync('/usr/bin/apt-get');
  } catch {
    return false;
  }
}

/** Reads the facts of this machine (starts each candidate once with --version). */
export function readMachine(env: NodeJS.ProcessEnv = process.env): MachineFacts {
  const named = env.CHROMIUM_PATH || undefined;
  const candidates = [...new Set([named, playwrightChromium(), ...SYSTEM_CHROMIUMS].filter((p): p is string => !!p))];
  return {
    named,
    working: candidates.filter(answers),
    cjkFonts: hasCjkFonts(),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    apt: isDebianLike(),
  };
}

/** The Chromium the browser tests drive: CHROMIUM_PATH, else Playwright's own, else the system's. */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return playwrightChromium() ?? SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p)) ?? SYSTEM_CHROMIUMS[0]!;
}
