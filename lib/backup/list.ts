/** The backups in a directory, for the admin page: time, size and whether the checksum matches. */
import fs from 'node:fs';
import path from 'node:path';
import { verifyChecksum, type ChecksumState } from './checksum';
import { backupNames } from './create';
import { backupTime } from './paths';

export interface BackupEntry {
  name: string;
  at: Date;
  size: number;
  checksum: ChecksumState;
}

/** Every backup in `dir`, newest first, each checksum verified against the file's bytes. */
export async function listBackups(dir: string): Promise<BackupEntry[]> {
  const names = backupNames(dir);
  const entries = await Promise.all(names.map((name) => describe(dir, name)));
  return entries.filter((e): e is BackupEntry => e !== null);
}

/** One backup's facts; null when rotation deleted it since the directory was read. */
async function describe(dir: string, name: string): Promise<BackupEntry | null> {
  const file = path.join(dir, name);
  try {
    return { name, at: backupTime(name)!, size: fs.statSync(file).size, checksum: await verifyChecksum(file) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
