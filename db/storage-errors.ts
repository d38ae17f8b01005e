/**
 * Failures of the storage under the database rather than of the request: the disk is full, the
 * file or its file system is read-only, the disk reports an I/O error, or the database stayed
 * locked past busy_timeout. SQLite rolls the transaction back in each case, so nothing is half
 * written; the user is told in Chinese what happened and that the input was not saved.
 */

export type StorageFailure = 'full' | 'readonly' | 'ioerr' | 'busy' | 'cantopen';

/** SQLite result codes (better-sqlite3's SqliteError.code, extended codes included) and errno codes. */
const KINDS: [RegExp, StorageFailure][] = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)$/, 'full'],
  [/^(SQLITE_READONLY(_\w+)?|EROFS)$/, 'readonly'],
  [/^(SQLITE_IOERR(_\w+)?|EIO)$/, 'ioerr'],
  [/^(SQLITE_BUSY(_\w+)?|SQLITE_LOCKED(_\w+)?)$/, 'busy'],
  [/^SQLITE_CANTOPEN(_\w+)?$/, 'cantopen'],
];

const SAFE_INPUT = '本次操作没有保存，已填写的内容仍保留在表单中。';

export const STORAGE_MESSAGES: Record<StorageFailure, string> = {
  full: `服务器磁盘空间已满，${SAFE_INPUT}请联系系统管理员清理磁盘空间后再提交。`,
  readonly: `数据库目前只能读取、不能写入，${SAFE_INPUT}请联系系统管理员检查数据文件的写入权限后再提交。`,
  ioerr: `服务器读写磁盘时出错，${SAFE_INPUT}请稍后重试；如仍失败，请联系系统管理员检查磁盘。`,
  busy: `系统正忙，${SAFE_INPUT}请稍等几秒后再提交。`,
  cantopen: `暂时无法打开数据库，${SAFE_INPUT}请联系系统管理员检查数据文件。`,
};

/** A download refused because its audit row could not be written: the file was not sent. */
export const STORAGE_DOWNLOAD_MESSAGE =
  '服务器存储故障（磁盘已满、数据库只读或读写出错），暂时无法提供下载，文件没有发出。请联系系统管理员。';

/** The kind of storage failure `e` is (by its SQLite or errno code), or null for any other error. */
export function storageFailure(e: unknown): StorageFailure | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  return KINDS.find(([re]) => re.test(code))?.[1] ?? null;
}

/** The error's code, for the one-line log entry. */
export function errorCode(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}
