import type { Db } from '../connection';
import { people, regions, units } from '../schema';
import { COUNTIES, DEMO_LEADERS, DEPARTMENTS, HOME_COUNTY, NAMED_LEADERS, PREFECTURE, TOWNSHIPS } from './reference';

export interface Organisation {
  unitIds: Map<string, number>;
  townshipIds: number[];
  leaderIds: number[];
  namedLeaderIds: Map<string, number>;
}

/** Regions, units (townships first, in customary order, then departments) and leaders. */
export function seedOrganisation(db: Db): Organisation {
  db.insert(regions).values({ code: PREFECTURE.code, name: PREFECTURE.name, level: 'prefecture', sortOrder: 0 }).run();
  db.insert(regions)
    .values(
      COUNTIES.map((c, i) => ({ code: c.code, name: c.name, level: 'county' as const, parentCode: PREFECTURE.code, sortOrder: i + 1 })),
    )
    .run();
  db.insert(regions)
    .values(
      TOWNSHIPS.map((t, i) => ({
        code: `${HOME_COUNTY}${t.code}`,
        name: t.name,
        level: 'township' as const,
        parentCode: HOME_COUNTY,
        sortOrder: i + 1,
      })),
    )
    .run();

  const unitIds = new Map<string, number>();
  const townshipIds: number[] = [];
  TOWNSHIPS.forEach((t, i) => {
    const row = db
      .insert(units)
      .values({ name: t.name, kind: 'township', regionCode: `${HOME_COUNTY}${t.code}`, sortOrder: i + 1 })
      .returning({ id: units.id })
      .get();
    unitIds.set(t.name, row.id);
    townshipIds.push(row.id);
  });
  DEPARTMENTS.forEach((name, i) => {
    const row = db
      .insert(units)
      .values({ name, kind: 'department', sortOrder: 100 + i })
      .returning({ id: units.id })
      .get();
    unitIds.set(name, row.id);
  });

  const namedLeaderIds = new Map<string, number>();
  const leaderIds: number[] = [];
  [...NAMED_LEADERS, ...DEMO_LEADERS].forEach((p, i) => {
    const row = db
      .insert(people)
      .values({ name: p.name, title: p.title, sortOrder: i + 1 })
      .returning({ id: people.id })
      .get();
    if (i < NAMED_LEADERS.length) namedLeaderIds.set(p.name, row.id);
    else leaderIds.push(row.id);
  });
  return { unitIds, townshipIds, leaderIds, namedLeaderIds };
}
