/** The words of the admin 备份 page, in one place. */
import type { ChecksumState } from './checksum';

export const CHECKSUM_LABELS: Record<ChecksumState, string> = {
  ok: '✓ 校验一致',
  mismatch: '✗ 校验不符（文件已损坏或被改动，不能用于恢复）',
  missing: '✗ 缺少校验文件（不能用于恢复）',
};

/** Bytes as 'x.xx MB' (or 'x KB' under 1 MB). */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
