/**
 * The hostile-input suite's own Saima: `npm start` on a separate freshly seeded database (so that
 * what the suite writes — names full of markup, accepted odd numbers — never reaches the other
 * specs), on HOSTILE_PORT (default E2E_PORT + 52; port + 50 is the no-demo installation). Before it starts, the first competition, its
 * first task force (demo-lead's), that task force's first numeric indicator, its lead person and
 * unit are renamed to carry markup and control characters, and sessions are created directly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { hashSync } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '../../lib/auth/password';
import { generateSessionToken, hashToken } from '../../lib/auth/tokens';
import { E2E_DIR, E2E_PORT } from '../env';
import { startSaima, type StartedServer } from './security';

export const HOSTILE_PORT = Number(process.env.HOSTILE_PORT ?? E2E_PORT + 52);
export const HOSTILE_ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`;
export const HOSTILE_DB = path.join(path.dirname(E2E_DIR), 'e2e-hostile', 'saima.db');

/** Markup that runs script or adds elements if anything renders it as HTML instead of text. */
export const XSS = `<img src=x onerror="window.__xss=1"><b data-xss>粗</b><script>window.__xss=2</script>&amp;'"`;
/** Characters XML 1.0 cannot hold, and a bidi override: none may break a file or reach the screen as such. */
export const CONTROL = '\u0001\u0008\u000B\u001F\u007F\u0085\u202E\uFFFE\uFFFF';
export const SELF_PASSWORD = 'Hostile@2020-self';

export interface HostileWorld {
  server: StartedServer;
  tokens: { admin: string; lead: string; reviewer: string; self: string };
  ids: {
    competition: number;
    taskForce: number;
    indicator: number;
    countyIndicator: number;
    step: number;
    target: number;
    targetSession: string;
  } & PlaceIds;
}

function session(db: Database.Database, username: string): string {
  const token = generateSessionToken();
  const now = new Date().toISOString();
  const user = db.prepare('select id from users where username = ?').get(username) as { id: number };
  db.prepare('insert into sessions (id, user_id, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?)').run(
    hashToken(token),
    user.id,
    now,
    now,
    new Date(Date.now() + 12 * 3600_000).toISOString(),
  );
  return token;
}

const one = <T>(db: Database.Database, sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;

/** Renames the first competition and its first task force and indicator to carry XSS and control characters. */
function hostileNames(db: Database.Database) {
  const c = one<{ id: number }>(db, 'select id from competitions order by sort_order, id limit 1');
  const tf = one<{ id: number; p: number | null; u: number | null }>(
    db,
    'select id, lead_person_id as p, lead_unit_id as u from task_forces where competition_id = ? order by sort_order, id limit 1',
    c.id,
  );
  const ind = one<{ id: number }>(
    db,
    "select id from indicators where task_force_id = ? and kind != 'milestone' order by id limit 1",
    tf.id,
  );
  db.prepare('update competitions set name = ?, short_name = ? where id = ?').run(`竞赛${XSS}${CONTROL}`, `竞${XSS}`, c.id);
  db.prepare('update task_forces set name = ?, goal = ? where id = ?').run(`专班${XSS}${CONTROL}`, `目标${XSS}`, tf.id);
  db.prepare('update indicators set name = ? where id = ?').run(`指标${XSS}${CONTROL}`, ind.id);
  if (tf.p) db.prepare('update people set name = ? where id = ?').run(`领导${XSS}`, tf.p);
  if (tf.u) db.prepare('update units set name = ? where id = ?').run(`单位${XSS}${CONTROL}`, tf.u);
  const county = one<{ id: number } | undefined>(db, 'select distinct indicator_id as id from county_values order by indicator_id limit 1');
  const step = one<{ id: number }>(db, 'select id from indicator_steps order by id limit 1');
  return { competition: c.id, taskForce: tf.id, indicator: ind.id, countyIndicator: county?.id ?? ind.id, step: step.id };
}

/** Objects of the villages, projects, 督办 and campaign modules that the valid-looking bodies name. */
export interface PlaceIds {
  campaign: number;
  project: number;
  projectMilestone: number;
  projectFigure: number;
  village: number;
  venture: number;
  villageMetric: number;
  villageFigure: number;
  workItem: number;
  workItemMilestone: number;
}

function placeIds(db: Database.Database): PlaceIds {
  const id = (sql: string) => one<{ id: number }>(db, sql).id;
  const figure = one<{ id: number; venture: number; metric: number }>(
    db,
    "select v.id, v.venture_id as venture, v.metric_id as metric from village_metric_values v join village_metrics m on m.id = v.metric_id where m.granularity = 'year' order by v.id limit 1",
  );
  return {
    campaign: id('select id from campaigns order by id limit 1'),
    project: id('select id from projects order by id limit 1'),
    projectMilestone: id('select id from project_milestones where actual_date is null order by id limit 1'),
    projectFigure: id('select id from project_figures order by id limit 1'),
    village: id(`select o.village_id as id from ventures v join operators o on o.id = v.operator_id where v.id = ${figure.venture}`),
    venture: figure.venture,
    villageMetric: figure.metric,
    villageFigure: figure.id,
    workItem: id("select id from work_items where status != 'closed' order by id limit 1"),
    workItemMilestone: id('select id from work_item_milestones order by id limit 1'),
  };
}

export async function startHostileApp(): Promise<HostileWorld> {
  fs.rmSync(path.dirname(HOSTILE_DB), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(HOSTILE_DB), { recursive: true });
  const root = path.resolve(__dirname, '..', '..');
  const seeded = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'seed.ts')],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: HOSTILE_DB },
      encoding: 'utf8',
    },
  );
  if (seeded.status !== 0) throw new Error(`seeding the hostile database failed:\n${seeded.stdout}${seeded.stderr}`);
  const db = new Database(HOSTILE_DB);
  let world: Omit<HostileWorld, 'server'>;
  try {
    const ids = hostileNames(db);
    const hash = hashSync(SELF_PASSWORD, ARGON2_OPTIONS);
    const addUser = db.prepare(
      "insert into users (username, display_name, password_hash, role, password_changed_at) values (?, ?, ?, 'viewer', ?)",
    );
    const target = Number(addUser.run('hostile-target', '被操作的账号', hash, new Date().toISOString()).lastInsertRowid);
    addUser.run('hostile-self', '改密码的账号', hash, new Date().toISOString());
    const targetSession = hashToken(session(db, 'hostile-target'));
    world = {
      tokens: {
        admin: session(db, 'demo-admin'),
        lead: session(db, 'demo-lead'),
        reviewer: session(db, 'demo-reviewer'),
        self: session(db, 'hostile-self'),
      },
      ids: { ...ids, ...placeIds(db), target, targetSession },
    };
  } finally {
    db.close();
  }
  const server = await startSaima({ DATABASE_URL: HOSTILE_DB, SAIMA_BACKUP_KEEP: '3' }, HOSTILE_PORT);
  return { ...world, server };
}

/** A cookie jar (Playwright storage state) holding one session for the hostile server. */
export function stateWith(token: string) {
  return {
    cookies: [
      {
        name: 'saima_session',
        value: token,
        domain: '127.0.0.1',
        path: '/',
        expires: -1,
        httpOnly: true,
        secure: false,
        sameSite: 'Lax' as const,
      },
    ],
    origins: [],
  };
}
