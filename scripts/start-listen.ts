/**
 * Where `npm start` listens and what it says about it. A demo database has accounts whose password
 * is public (README), so unless the operator names an address (HOST or --host) it listens on
 * 127.0.0.1 only; other databases listen on every interface as before.
 */
export interface ListenPlan {
  /** undefined: every interface. */
  host: string | undefined;
  lines: string[];
}

/** `--host 0.0.0.0` or `--host=0.0.0.0` among the arguments, else HOST, else undefined. */
export function requestedHost(argv: string[], env: { HOST?: string }): string | undefined {
  const i = argv.findIndex((a) => a === '--host' || a.startsWith('--host='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return flag || env.HOST || undefined;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

export function listenPlan(opts: { demoDatabase: boolean; host: string | undefined; port: string }): ListenPlan {
  const { demoDatabase, host, port } = opts;
  const url = (h: string) => `http://${h.includes(':') ? `[${h}]` : h}:${port}`;
  if (host === undefined && demoDatabase) {
    return {
      host: '127.0.0.1',
      lines: [
        `赛马已启动：${url('127.0.0.1')}（仅本机可访问）`,
        '演示账号的密码是公开的（见 README），所以演示数据库默认只在本机（127.0.0.1）监听。',
        '要让其他电脑访问：先在“管理 → 账号与授权”中重置或停用演示账号，再用 HOST=0.0.0.0 npm start（或 npm start -- --host 0.0.0.0）启动。',
      ],
    };
  }
  if (host === undefined)
    return { host, lines: [`赛马已启动：${url('localhost')}（在所有网络接口上监听；HOST=127.0.0.1 则只允许本机访问）`] };
  const open = host === '0.0.0.0' || host === '::' ? `${url('localhost')}（在所有网络接口上监听）` : url(host);
  const lines = [`赛马已启动：${open}`];
  if (demoDatabase && !isLoopback(host)) {
    lines.push(
      '注意：这是演示数据库，演示账号的密码是公开的（见 README），能访问本机的任何人都能用它们登录。',
      '正式使用前请在“管理 → 账号与授权”中重置或停用演示账号，或用 npm start -- --no-demo 在新数据库上启动。',
    );
  }
  return { host, lines };
}
