import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns, periods } from '@/db/schema';
import { openDueRounds } from './period-schedule';
import { copyCampaignToYear } from './structure';
import { recordingActor, seededWorld, type World } from './test-fixtures';

let w: World;
let id: number;
const row = () => w.db.select().from(campaigns).where(eq(campaigns.id, id)).get()!;
const opened = () =>
  w.db
    .select({ p: periods.period })
    .from(periods)
    .where(eq(periods.campaignId, id))
    .all()
    .map((r) => r.p);

beforeAll(() => {
  w = seededWorld();
  const demo = w.db.select().from(campaigns).get()!;
  id = copyCampaignToYear(w.db, recordingActor(w.admin), demo, { name: demo.name, year: 2021, targets: 'carry' }).id;
});

describe('openDueRounds', () => {
  it('opens the rounds due by schedule and moves the current period to the newest of them', () => {
    expect(row().currentPeriod).toBe('2021-01');
    expect(openDueRounds(w.db, row(), new Date('2020-12-31T12:00:00Z'))).toBe(0);
    expect(openDueRounds(w.db, row(), new Date('2021-01-04T00:00:00Z'))).toBe(1);
    expect(row().currentPeriod).toBe('2021-01');
    // First read in March: February and March open at once; the pages show March.
    expect(openDueRounds(w.db, row(), new Date('2021-03-02T00:00:00Z'))).toBe(2);
    expect(opened()).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(row().currentPeriod).toBe('2021-03');
    const moved = w.db.select().from(auditLog).where(eq(auditLog.action, 'campaign.current_period')).all();
    expect(moved.map((a) => [a.before, a.after, a.detail])).toEqual([
      [{ currentPeriod: '2021-01' }, { currentPeriod: '2021-03' }, '按计划开放新统计期，当前统计期随之更新'],
    ]);
  });

  it('never moves the current period back, nor without a new round', () => {
    w.db.update(campaigns).set({ currentPeriod: '2021-05' }).where(eq(campaigns.id, id)).run();
    expect(openDueRounds(w.db, row(), new Date('2021-04-02T00:00:00Z'))).toBe(1);
    expect(row().currentPeriod).toBe('2021-05');
    expect(openDueRounds(w.db, row(), new Date('2021-04-20T00:00:00Z'))).toBe(0);
    expect(row().currentPeriod).toBe('2021-05');
  });
});
