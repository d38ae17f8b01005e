/** Runs an npm script of the repository as an operator would (`npm run backup -- …`). */
import { spawn } from 'node:child_process';
import { ROOT } from './env';

export interface CommandRun {
  code: number | null;
  output: string;
}

export function npmRun(script: string, args: string[], env: Record<string, string>): Promise<CommandRun> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('exit', (code) => resolve({ code, output }));
  });
}
