import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units, villageMetricValues, villageMetrics, villages, ventures, operators } from '@/db/schema';
import type { AuthUser } from '@/lib/auth/permissions';
import { recordingActor, refusal, seededWorld, setLocked, type World } from './test-fixtures';
import { reviewVillageFigure, saveVillageFigure } from './village-figures';

let w: World;
let tea: number;
let market: number;
let visitors: number;
let shuangxi: number;
let villageLead: AuthUser;
let townReviewer: AuthUser;
beforeAll(() => {
  w = seededWorld();
  shuangxi = w.db.select().from(villages).where(eq(villages.name, '双溪村')).get()!.id;
  tea = w.db
    .select({ id: ventures.id })
    .from(ventures)
    .innerJoin(operators, eq(operators.id, ventures.operatorId))
    .where(and(eq(operators.shortName, '优宿'), eq(ventures.kind, 'tea')))
    .get()!.id;
  market = w.db.select().from(villageMetrics).where(eq(villageMetrics.key, 'tea_leaf_market_price')).get()!.id;
  visitors = w.db.select().from(villageMetrics).where(eq(villageMetrics.key, 'visitors')).get()!.id;
  const shiliang = w.db.select().from(units).where(eq(units.name, '石梁镇')).get()!.id;
  villageLead = { ...w.lead, id: 90, scopes: { competitionIds: [], taskForceIds: [], indicatorIds: [], villageIds: [shuangxi] } };
  townReviewer = { ...w.reviewer, id: 91, scopes: { competitionIds: [], taskForceIds: [], indicatorIds: [], townshipIds: [shiliang] } };
});
afterAll(() => w.db.$client.close());

const input = (over: Partial<Parameters<typeof saveVillageFigure>[2]> = {}) => ({
  ventureId: tea,
  metricId: market,
  period: '2020',
  value: 40,
  qualifier: null,
  note: null,
  version: 0,
  submit: true,
  ...over,
});

describe('village figures through the workflow', () => {
  it('a user with the village in scope submits; a reviewer of its township approves; both audited', () => {
    const actor = recordingActor(villageLead);
    const saved = saveVillageFigure(w.db, actor, input());
    expect(saved).toMatchObject({ status: 'submitted', version: 1, submittedBy: 90, value: 40 });
    expect(actor.rows.map((r) => r.action)).toEqual(['village.submit']);
    const reviewer = recordingActor(townReviewer);
    const approved = reviewVillageFigure(w.db, reviewer, { figureId: saved.id, version: 1, decision: 'approve' });
    expect(approved).toMatchObject({ status: 'approved', reviewedBy: 91, version: 2 });
    expect(reviewer.rows.map((r) => r.action)).toEqual(['village.approve']);
  });

  it('outsiders are refused: a task-force lead, a reviewer of another township', () => {
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(w.lead), input({ period: '2018' }))).code).toBe('forbidden');
    const s = saveVillageFigure(w.db, recordingActor(villageLead), input({ period: '2018' }));
    expect(
      refusal(() => reviewVillageFigure(w.db, recordingActor(w.reviewer), { figureId: s.id, version: 1, decision: 'approve' })).code,
    ).toBe('forbidden');
  });

  it('the source page’s own figure is never rewritten; an existing key needs its version', () => {
    const source = w.db
      .select()
      .from(villageMetricValues)
      .where(and(eq(villageMetricValues.metricId, market), eq(villageMetricValues.period, '2019')))
      .get()!;
    expect(
      refusal(() => saveVillageFigure(w.db, recordingActor(w.admin), input({ period: '2019', version: source.version }))).message,
    ).toContain('报道原文');
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(villageLead), input())).code).toBe('conflict');
  });

  it('the period follows the metric: a year for a yearly metric, an opened unlocked month for a monthly one', () => {
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(villageLead), input({ period: '2020-10' }))).message).toContain('按年填报');
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(villageLead), input({ period: '2021' }))).message).toContain('不能晚于');
    const homestay = w.db
      .select({ id: ventures.id })
      .from(ventures)
      .innerJoin(operators, eq(operators.id, ventures.operatorId))
      .where(and(eq(operators.shortName, '优宿'), eq(ventures.kind, 'homestay')))
      .get()!.id;
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(villageLead), input({ ventureId: homestay }))).message).toContain('不适用');
    const m = input({ ventureId: homestay, metricId: visitors, value: 500 });
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(villageLead), { ...m, period: '2020-08' })).code).toBe('locked');
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(villageLead), { ...m, period: '2020-11' })).message).toContain('尚未开放');
    expect(saveVillageFigure(w.db, recordingActor(villageLead), { ...m, period: '2020-10', submit: false }).status).toBe('draft');
  });

  it('a year figure is owed by the latest opened round: once it is locked, only an administrator writes', () => {
    setLocked(w.db, '2020-10', true);
    expect(refusal(() => saveVillageFigure(w.db, recordingActor(villageLead), input({ period: '2017' }))).code).toBe('locked');
    expect(saveVillageFigure(w.db, recordingActor(w.admin), input({ period: '2017' })).status).toBe('submitted');
    setLocked(w.db, '2020-10', false);
  });
});
