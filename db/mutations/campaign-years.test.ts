import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '@/db/schema';
import { pastYearMessage } from '@/lib/campaign/choice';
import { currentCampaignRow, pastYearRefusal } from './campaign-years';
import { copyCampaignToYear } from './structure';
import { recordingActor, seededWorld, type World } from './test-fixtures';

let w: World;
let demoId: number;
let demoYear: number;

beforeAll(() => {
  w = seededWorld();
  const demo = w.db.select().from(campaigns).get()!;
  demoId = demo.id;
  demoYear = demo.year;
});

describe('the read-only rule of past years', () => {
  it('takes writes into the current campaign, and none into another (its prepared read follows a new campaign)', () => {
    expect(currentCampaignRow(w.db)?.id).toBe(demoId);
    expect(pastYearRefusal(w.db, [demoId, demoId, null, undefined])).toBeNull();
    expect(pastYearRefusal(w.db, [])).toBeNull();
    const demo = w.db.select().from(campaigns).where(eq(campaigns.id, demoId)).get()!;
    const next = copyCampaignToYear(w.db, recordingActor(w.admin), demo, { name: demo.name, year: demoYear + 1, targets: 'carry' });
    expect(currentCampaignRow(w.db)?.id).toBe(next.id);
    expect(pastYearRefusal(w.db, [next.id])).toBeNull();
    expect(pastYearRefusal(w.db, [demoId])).toBe(pastYearMessage(demoYear, demoYear + 1));
    expect(pastYearRefusal(w.db, [next.id, demoId])).toBe(pastYearMessage(demoYear, demoYear + 1));
    // An unknown id is left to the action's own checks.
    expect(pastYearRefusal(w.db, [next.id, 999_999])).toBeNull();
  });
});
