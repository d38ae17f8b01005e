/**
 * Run before the browser tests (`npm test`): finds a Chromium and CJK fonts; as root on
 * Debian/Ubuntu installs what is missing; otherwise stops at once with one line naming the command.
 */
import { spawnSync } from 'node:child_process';
import { planBrowser, readMachine } from './browser-check';

function main(): number {
  let plan = planBrowser(readMachine());
  if (plan.kind === 'install') {
    console.log(`正在安装浏览器测试所需的软件包 / Installing for the browser tests: ${plan.packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...plan.packages], { stdio: 'inherit', env })
        : update;
    if (install.status !== 0) {
      console.error(
        `安装失败，请手动运行：apt-get install -y ${plan.packages.join(' ')} / Install failed: run \`apt-get install -y ${plan.packages.join(' ')}\`.`,
      );
      return 1;
    }
    plan = planBrowser(readMachine());
  }
  if (plan.kind === 'stop' || plan.kind === 'install') {
    console.error(plan.kind === 'stop' ? plan.message : `仍缺少 / still missing: ${plan.packages.join(' ')}`);
    return 1;
  }
  console.log(`浏览器测试使用 / Browser tests use: ${plan.executable}`);
  return 0;
}

process.exit(main());
