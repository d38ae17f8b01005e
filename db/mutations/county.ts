/** The prefecture's counties' values of an indicator for a period (county comparison). */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/connection';
import { countyValues, regions } from '@/db/schema';
import { ActionError } from '@/lib/actions/result';
import { can } from '@/lib/auth/permissions';
import { parseNumberInput } from '@/lib/validation/number';
import { roundGate } from '@/lib/reporting/save';
import { indicatorScope, owedFigure, refuse, requireNotArchived, workflowActor, type Actor } from './context';

/** The county-level divisions of the prefecture the district belongs to, in their customary order. */
export function prefectureCounties(db: Db, homeRegionCode: string): { prefecture: string; counties: { code: string; name: string }[] } {
  const home = db.select().from(regions).where(eq(regions.code, homeRegionCode)).get();
  const parent = home?.parentCode ? db.select().from(regions).where(eq(regions.code, home.parentCode)).get() : undefined;
  if (!home || !parent) return { prefecture: '本市', counties: home ? [{ code: home.code, name: home.name }] : [] };
  const counties = db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.parentCode, parent.code), eq(regions.level, 'county')))
    .orderBy(asc(regions.sortOrder))
    .all();
  return { prefecture: parent.name, counties };
}

/** Field errors are keyed by the form's field names, `county_<code>`. */
function parseValues(db: Db, homeRegionCode: string, unit: string, raw: Record<string, string>) {
  const { prefecture, counties } = prefectureCounties(db, homeRegionCode);
  const byCode = new Map(counties.map((c) => [c.code, c.name]));
  const errors: Record<string, string[]> = {};
  const problems: string[] = [];
  const values: { regionCode: string; value: number | null }[] = [];
  for (const [code, text] of Object.entries(raw)) {
    const name = byCode.get(code);
    if (!name) {
      errors[`county_${code}`] = [`“${code}”不是${prefecture}的县（市、区）`];
      problems.push(`代码“${code}”不是${prefecture}的县（市、区），只能填写${counties.map((c) => c.name).join('、')}`);
      continue;
    }
    const parsed = parseNumberInput(text, unit);
    if (!parsed.ok) {
      errors[`county_${code}`] = [parsed.message];
      problems.push(`${name}：${parsed.message}`);
    } else values.push({ regionCode: code, value: parsed.value });
  }
  if (problems.length) throw new ActionError(`县（市、区）数据未保存。${problems.join('；')}`, 'invalid', errors);
  return values;
}

/**
 * Enters the counties' values of the figure an indicator owes in reporting round `period`
 * (administrators, or its leads): stored under the data month (错月: round − lag), like the entry,
 * and locked with the round. Only the prefecture's county-level divisions are accepted; blank
 * clears a value; unchanged values write nothing.
 */
export function saveCountyValues(
  db: Db,
  actor: Actor,
  input: { indicatorId: number; period: string; values: Record<string, string> },
): void {
  const scope = indicatorScope(db, input.indicatorId);
  if (!scope) throw new ActionError('该指标不存在或已被删除，请刷新页面。', 'not_found');
  if (!can(actor.user, 'county:edit', scope)) throw new ActionError('无权录入该指标的县（市、区）数据。', 'forbidden');
  requireNotArchived(scope, 'county');
  const owed = owedFigure(db, scope, input.period);
  const gate = roundGate(owed.round, workflowActor(actor));
  if (gate) refuse(gate);
  const month = owed.dataPeriod;
  const values = parseValues(db, scope.homeRegionCode, scope.unit, input.values);
  const key = and(eq(countyValues.indicatorId, input.indicatorId), eq(countyValues.period, month));
  const before = Object.fromEntries(
    db
      .select()
      .from(countyValues)
      .where(key)
      .all()
      .map((b) => [b.regionCode, b.value]),
  );
  const changed = values.filter((v) => (before[v.regionCode] ?? null) !== v.value);
  if (changed.length === 0) return;
  const nowIso = actor.now.toISOString();
  for (const v of changed) {
    if (v.value === null) {
      db.delete(countyValues)
        .where(and(key, eq(countyValues.regionCode, v.regionCode)))
        .run();
      continue;
    }
    db.insert(countyValues)
      .values({
        indicatorId: input.indicatorId,
        period: month,
        regionCode: v.regionCode,
        value: v.value,
        updatedBy: actor.user.id,
        updatedAt: nowIso,
      })
      .onConflictDoUpdate({
        target: [countyValues.indicatorId, countyValues.period, countyValues.regionCode],
        set: { value: v.value, updatedBy: actor.user.id, updatedAt: nowIso },
      })
      .run();
  }
  actor.audit({
    action: 'county.save',
    entityType: 'indicator',
    entityId: input.indicatorId,
    before: Object.fromEntries(changed.map((v) => [v.regionCode, before[v.regionCode] ?? null])),
    after: Object.fromEntries(changed.map((v) => [v.regionCode, v.value])),
    detail: month,
  });
}
