import type { Db } from '../db/connection';

/** Lines telling how to log in. Accounts arrive with the accounts module; until then the app is open. */
export function prepareAccounts(_db: Db, _opts: { demo: boolean }): string[] {
  return ['当前版本尚未启用登录，打开上面的地址即可使用。'];
}
