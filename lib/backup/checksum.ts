/**
 * SHA-256 checksums beside each backup, in the format of `sha256sum` (`<hex>  <name>`), so that an
 * operator can also check a copied backup with `sha256sum -c saima-….db.sha256`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const CHECKSUM_SUFFIX = '.sha256';

/** Hex SHA-256 of a file's bytes, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function checksumLine(file: string, hex: string): string {
  return `${hex}  ${path.basename(file)}\n`;
}

/** The hex checksum recorded beside `file`, or null when there is none or it is malformed. */
export function readChecksum(file: string): string | null {
  const side = file + CHECKSUM_SUFFIX;
  if (!fs.existsSync(side)) return null;
  const m = /^([0-9a-f]{64})\s/.exec(fs.readFileSync(side, 'utf8'));
  return m ? m[1]! : null;
}

export type ChecksumState = 'ok' | 'mismatch' | 'missing';

/** Compares a file with the checksum recorded beside it. */
export async function verifyChecksum(file: string): Promise<ChecksumState> {
  const recorded = readChecksum(file);
  if (!recorded) return 'missing';
  return (await sha256File(file)) === recorded ? 'ok' : 'mismatch';
}
