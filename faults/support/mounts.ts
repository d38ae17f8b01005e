/**
 * File-system faults for the storage scenario (root only; chmod means nothing to root): a small
 * tmpfs for the data directory, a filler file that takes every free byte, and a read-only bind
 * mount of the database file onto itself.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const run = (args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function mountTmpfs(dir: string, megabytes: number): void {
  fs.mkdirSync(dir, { recursive: true });
  run(['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=0755`, 'tmpfs', dir]);
}

export function unmount(target: string): void {
  execFileSync('umount', ['-l', target], { stdio: 'pipe' });
}

export function isMountPoint(target: string): boolean {
  return fs
    .readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .some((l) => l.split(' ')[1] === target);
}

/** Writes zeros into `file` until the file system refuses with ENOSPC; returns the bytes written. */
export function fillDisk(file: string): number {
  const chunk = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'w');
  let written = 0;
  try {
    for (;;) {
      try {
        written += fs.writeSync(fd, chunk, 0, chunk.length);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOSPC') break;
        throw e;
      }
    }
    // The last partial block, byte by byte in 4 KiB steps.
    for (;;) {
      try {
        written += fs.writeSync(fd, chunk, 0, 4096);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOSPC') break;
        throw e;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return written;
}

/** Makes one file read-only (for everyone, root included) while its directory stays writable. */
export function bindReadOnly(file: string): void {
  run(['--bind', file, file]);
  run(['-o', 'remount,bind,ro', file]);
}
