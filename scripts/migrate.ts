import { openDb, databasePath } from '../db/connection';
import { runMigrations } from '../db/migrate';

const db = openDb();
runMigrations(db);
db.$client.close();
console.log(`数据库已迁移：${databasePath()}`);
