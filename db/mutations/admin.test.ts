/** The administrator's writes, moved out of the actions: accounts, scopes, periods. */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns, periods, publishedRankings, userScopes, users } from '@/db/schema';
import { DEFAULT_SETTINGS, type PublishedRecord } from '@/lib/metrics';
import { insertPeriod, togglePeriodLock } from './periods';
import { recordingActor, refusal, seededWorld, type World } from './test-fixtures';
import { insertUser, replaceUserScopes, toggleUserDisabled, updateUserRole } from './users';

let w: World;

const EMPTY_RECORD: PublishedRecord = {
  period: '',
  timeProgress: 0,
  previousPeriod: null,
  settings: DEFAULT_SETTINGS,
  taskForces: [],
  competitions: [],
  units: [],
  indicators: [],
};

beforeAll(() => {
  w = seededWorld();
});

describe('accounts', () => {
  it('creates an account that must change its password; refuses a username in use', () => {
    const actor = recordingActor(w.admin);
    const row = insertUser(w.db, actor, { username: 'zhang', displayName: '张三', role: 'lead', passwordHash: 'h' });
    expect(w.db.select().from(users).where(eq(users.id, row.id)).get()).toMatchObject({ mustChangePassword: true, role: 'lead' });
    expect(actor.rows).toMatchObject([{ action: 'user.create', entityId: row.id }]);
    expect(
      refusal(() => insertUser(w.db, actor, { username: 'zhang', displayName: '李四', role: 'lead', passwordHash: 'h' })).fieldErrors,
    ).toEqual({
      username: ['用户名已被使用'],
    });
  });
  it('keeps the last enabled administrator, and never disables oneself', () => {
    const actor = recordingActor(w.admin);
    expect(refusal(() => updateUserRole(w.db, actor, w.admin.id, 'viewer')).message).toContain('至少需要保留一个');
    expect(refusal(() => toggleUserDisabled(w.db, actor, w.admin.id)).message).toBe('不能停用自己的账号。');
    expect(updateUserRole(w.db, actor, w.lead.id, 'lead')).toBe(false);
    expect(actor.rows).toEqual([]);
  });
  it('replaces scopes, writes nothing when they are the same, refuses unknown ids', () => {
    const actor = recordingActor(w.admin);
    const ids = { competitionIds: [], taskForceIds: [w.taskForceId, w.taskForceId], indicatorIds: [] };
    expect(replaceUserScopes(w.db, actor, w.lead.id, ids)).toEqual({ count: 1, changed: false });
    expect(replaceUserScopes(w.db, actor, w.lead.id, { ...ids, competitionIds: [w.competitionId] })).toEqual({ count: 2, changed: true });
    expect(w.db.select().from(userScopes).where(eq(userScopes.userId, w.lead.id)).all()).toHaveLength(2);
    expect(refusal(() => replaceUserScopes(w.db, actor, w.lead.id, { ...ids, taskForceIds: [99999] })).code).toBe('invalid');
    expect(actor.rows).toHaveLength(1);
  });
});

describe('periods', () => {
  it('opens a round of the campaign year with its Beijing deadline, once; locks and unlocks it', () => {
    const campaign = w.db.select().from(campaigns).get()!;
    const actor = recordingActor(w.admin);
    const row = insertPeriod(w.db, actor, campaign, { period: '2020-11', deadline: '2020-12-05T17:00' });
    expect(row).toMatchObject({ period: '2020-11', deadline: '2020-12-05T09:00:00.000Z', locked: false });
    expect(refusal(() => insertPeriod(w.db, actor, campaign, { period: '2020-11', deadline: '2020-12-05T17:00' })).message).toContain(
      '已经开放',
    );
    expect(refusal(() => insertPeriod(w.db, actor, campaign, { period: '2021-01', deadline: '2021-02-05T17:00' })).message).toContain(
      '2020',
    );
    expect(refusal(() => insertPeriod(w.db, actor, campaign, { period: '2020-12', deadline: '2020-11-30T17:00' })).message).toContain(
      '不能早于',
    );
    const asked: string[] = [];
    const publish = (campaignId: number, period: string): PublishedRecord => {
      asked.push(`${campaignId}:${period}`);
      return { ...EMPTY_RECORD, period };
    };
    expect(togglePeriodLock(w.db, actor, row.id, publish)).toEqual({ period: '2020-11', locked: true, version: 1 });
    expect(w.db.select().from(periods).where(eq(periods.id, row.id)).get()).toMatchObject({ locked: true, lockedBy: w.admin.id });
    expect(togglePeriodLock(w.db, actor, row.id, publish)).toEqual({ period: '2020-11', locked: false, version: null });
    expect(togglePeriodLock(w.db, actor, row.id, publish)).toEqual({ period: '2020-11', locked: true, version: 2 });
    expect(asked).toEqual([`${campaign.id}:2020-11`, `${campaign.id}:2020-11`]);
    const stored = w.db.select().from(publishedRankings).where(eq(publishedRankings.period, '2020-11')).all();
    expect(stored.map((r) => [r.version, r.publishedBy, r.publishedAt])).toEqual([
      [1, w.admin.id, '2020-11-01T00:00:00.000Z'],
      [2, w.admin.id, '2020-11-01T00:00:00.000Z'],
    ]);
    expect(actor.rows.map((r) => r.action)).toEqual([
      'period.open',
      'period.lock',
      'ranking.publish',
      'period.unlock',
      'period.lock',
      'ranking.publish',
    ]);
  });
});
