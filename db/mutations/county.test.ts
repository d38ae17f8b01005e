import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { countyValues, indicators } from '@/db/schema';
import { shiftPeriod } from '@/lib/metrics';
import { prefectureCounties, saveCountyValues } from './county';
import { recordingActor, refusal, seededWorld, type World } from './test-fixtures';

let w: World;
let indicatorId: number;
/** The data month the round 2020-10 owes for the indicator (错月: 2020-10 − lag). */
let owed: string;
const stored = (period: string) =>
  Object.fromEntries(
    w.db
      .select()
      .from(countyValues)
      .where(and(eq(countyValues.indicatorId, indicatorId), eq(countyValues.period, period)))
      .all()
      .map((v) => [v.regionCode, v.value]),
  );

beforeAll(() => {
  w = seededWorld();
  indicatorId = w.db
    .select()
    .from(indicators)
    .where(and(eq(indicators.taskForceId, w.taskForceId), eq(indicators.hasCountyComparison, true)))
    .get()!.id;
  const lag = w.db.select().from(indicators).where(eq(indicators.id, indicatorId)).get()!.lagMonths;
  owed = shiftPeriod('2020-10', -lag);
});

describe('saveCountyValues', () => {
  it('knows the six counties of 衢州市 in their order', () => {
    const { prefecture, counties } = prefectureCounties(w.db, '330802');
    expect(prefecture).toBe('衢州市');
    expect(counties.map((c) => c.code)).toEqual(['330802', '330803', '330822', '330824', '330825', '330881']);
  });

  it('refuses the prefecture itself, a township, an unknown code: nothing is written', () => {
    for (const code of ['330800', '330802005', '999999']) {
      const e = refusal(() =>
        saveCountyValues(w.db, recordingActor(w.lead), { indicatorId, period: '2020-10', values: { '330802': '1', [code]: '2' } }),
      );
      expect(e.code).toBe('invalid');
      expect(e.message).toContain(`“${code}”不是衢州市的县（市、区）`);
      expect(e.fieldErrors).toHaveProperty(`county_${code}`);
    }
    expect(stored(owed)).toEqual({});
  });

  it('names the county of a bad number; writes the six values; an unchanged save writes nothing', () => {
    const e = refusal(() =>
      saveCountyValues(w.db, recordingActor(w.lead), { indicatorId, period: '2020-10', values: { '330881': 'abc' } }),
    );
    expect(e.message).toMatch(/江山市：“abc”不是数字/);
    const values = { '330802': '1', '330803': '2', '330822': '3', '330824': '4', '330825': '5', '330881': '6' };
    const actor = recordingActor(w.lead);
    saveCountyValues(w.db, actor, { indicatorId, period: '2020-10', values });
    saveCountyValues(w.db, actor, { indicatorId, period: '2020-10', values });
    expect(stored(owed)).toEqual({ '330802': 1, '330803': 2, '330822': 3, '330824': 4, '330825': 5, '330881': 6 });
    expect(actor.rows).toMatchObject([{ action: 'county.save', detail: owed }]);
  });

  it('refuses a lead in a locked period', () => {
    expect(
      refusal(() => saveCountyValues(w.db, recordingActor(w.lead), { indicatorId, period: '2020-08', values: { '330802': '1' } })).code,
    ).toBe('locked');
  });
});
