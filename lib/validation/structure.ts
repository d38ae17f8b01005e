/**
 * One zod schema per sheet of the structure workbook, over the cells' values (structure-cells.ts).
 * Every message is Chinese, names the column and says what to write. Cross-sheet references and
 * duplicates are checked afterwards (lib/structure/plan.ts).
 */
import { directions, indicatorKinds } from '@/db/schema';
import {
  DIRECTION_WORDS,
  KIND_ALIASES,
  KIND_WORDS,
  NO,
  UNIT_KIND_ALIASES,
  UNIT_KIND_WORDS,
  YES,
  MEMBER_SEPARATOR,
} from '@/lib/structure/sheets';
import { cleanUserText } from '@/lib/text/user-text';
import { isCalendarDate } from './date';
import { normaliseDate, normalisePeriod } from './structure-cells';
import { z } from './zod-zh';

const reverse = <T extends string>(words: Record<T, string>, aliases: Record<string, T> = {}) => {
  const out: Record<string, T> = { ...aliases };
  for (const [k, v] of Object.entries(words) as [T, string][]) {
    out[v] = k;
    out[k] = k;
  }
  return out;
};
const KINDS = reverse(KIND_WORDS, KIND_ALIASES);
const DIRECTIONS = reverse(DIRECTION_WORDS);
const UNIT_KINDS = reverse(UNIT_KIND_WORDS, UNIT_KIND_ALIASES);

const asText = (v: unknown) => (typeof v === 'number' ? String(v) : v);

/** A text cell under the one input rule (lib/text/user-text.ts): cleaned, NUL refused, then measured. */
const text = (label: string, max: number, multiline: boolean) =>
  z
    .string({ error: `${label}应为文字` })
    .transform((raw, ctx) => {
      const cleaned = cleanUserText(raw, { label, multiline });
      if (cleaned.ok) return cleaned.text;
      ctx.addIssue({ code: 'custom', message: cleaned.message });
      return z.NEVER;
    })
    .pipe(z.string().max(max, `${label}最多 ${max} 个字，请缩短`));
const required = (label: string, max = 100, multiline = false) =>
  z.preprocess(
    asText,
    z
      .string({ error: `${label}不能为空，请填写` })
      .pipe(text(label, max, multiline))
      .pipe(z.string().min(1, `${label}不能为空，请填写`)),
  );
const optional = (label: string, max = 100, multiline = false) =>
  z.preprocess(
    asText,
    text(label, max, multiline)
      .nullable()
      .transform((s) => (s ? s : null)),
  );

const toNumber = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v.trim())) ? Number(v.trim()) : v);
const number = (label: string, example: string) =>
  z.preprocess(toNumber, z.number({ error: `${label}应为数字，例如 ${example}` }).refine(Number.isFinite, `${label}应为数字`));
const optionalNumber = (label: string, example: string) => number(label, example).nullable();

const word = <T extends string>(label: string, map: Record<string, T>, words: readonly string[], values: readonly [T, ...T[]]) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (map[v.trim()] ?? v) : v),
    z.enum(values, { error: `${label}应为 ${words.join('、')} 之一，请从下拉列表中选择` }),
  );
const yesNo = (label: string) =>
  z.preprocess(
    (v) => (v === null ? NO : v),
    z.enum([YES, NO], { error: `${label}应填“是”或“否”` }).transform((s) => s === YES),
  );

const UnitRow = z.object({
  name: required('单位名称', 50),
  shortName: optional('简称', 20),
  kind: word('类型', UNIT_KINDS, Object.values(UNIT_KIND_WORDS), ['department', 'township']),
  regionCode: z.preprocess(
    asText,
    z
      .string()
      .trim()
      .regex(/^\d{9}(\d{3})?$/, '区划代码应为 9 位统计用区划代码，例如 330802005')
      .nullable(),
  ),
});

const PersonRow = z.object({ name: required('姓名', 30), title: required('职务', 50), unit: optional('所在单位', 50) });

const CompetitionRow = z.object({
  name: required('竞赛名称', 50),
  shortName: optional('简称', 20),
  description: optional('说明', 500, true),
  leadPerson: optional('牵头领导', 30),
  leadUnit: optional('牵头部门', 50),
});

const TaskForceRow = z.object({
  name: required('专班名称', 50),
  competition: required('所属竞赛', 50),
  goal: required('目标', 500, true),
  leadPerson: optional('牵头领导', 30),
  leadUnit: optional('牵头单位', 50),
  members: optional('成员单位', 2000, true).transform((s) =>
    s ? [...new Set(s.split(MEMBER_SEPARATOR).map((m) => m.trim()))].filter(Boolean) : [],
  ),
});

const IndicatorRow = z
  .object({
    taskForce: required('所属专班', 50),
    name: required('指标名称', 100),
    kind: word('类型', KINDS, Object.values(KIND_WORDS), indicatorKinds),
    direction: z.preprocess((v) => (v === null ? 'higher' : v), word('方向', DIRECTIONS, Object.values(DIRECTION_WORDS), directions)),
    unit: required('计量单位', 20),
    annualTarget: optionalNumber('年度目标', '12000'),
    targetRank: optionalNumber('目标排名', '3'),
    weight: z.preprocess(
      (v) => (v === null ? 1 : v),
      number('权重', '1').refine((n) => n > 0 && n <= 100, '权重应大于 0、不超过 100'),
    ),
    responsibleUnit: optional('责任单位', 50),
    lagMonths: z.preprocess(
      (v) => (v === null ? 0 : v),
      number('滞后月数', '1').refine((n) => Number.isInteger(n) && n >= 0 && n <= 3, '滞后月数应为 0 到 3 的整数'),
    ),
    combinedJanFeb: yesNo('1—2月合并'),
    hasCountyComparison: yesNo('县区比较'),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((r.kind === 'cumulative' || r.kind === 'level') && r.annualTarget === null)
      issue('annualTarget', `${KIND_WORDS[r.kind]}指标须填年度目标`);
    if (r.kind === 'cumulative' && r.annualTarget !== null && r.annualTarget < 0) issue('annualTarget', '累计型指标的年度目标不能为负数');
    if (r.kind === 'rank' && (r.targetRank === null || !Number.isInteger(r.targetRank) || r.targetRank < 1 || r.targetRank > 99))
      issue('targetRank', '排名型指标须填目标排名：1 到 99 的整数，例如全市前3填 3');
    if (r.kind !== 'rank' && r.targetRank !== null) issue('targetRank', '只有排名型指标填目标排名，请清空');
    if ((r.kind === 'rank' || r.kind === 'milestone') && r.annualTarget !== null)
      issue('annualTarget', `${KIND_WORDS[r.kind]}指标不填年度目标，请清空`);
  });

const PhasedRow = z.object({
  taskForce: required('所属专班', 50),
  indicator: required('指标名称', 100),
  period: z.preprocess(
    (v) => (typeof v === 'string' ? normalisePeriod(v) : v),
    z.string({ error: '统计期不能为空，例如 2020-06' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '统计期应写成 2020-06 或 2020年6月'),
  ),
  target: number('阶段目标', '6000'),
});

const StepRow = z.object({
  taskForce: required('所属专班', 50),
  indicator: required('指标名称', 100),
  title: required('节点名称', 100),
  plannedDate: z.preprocess(
    (v) => (typeof v === 'string' ? normaliseDate(v) : v),
    z
      .string({ error: '计划完成日期不能为空，例如 2020-10-04' })
      .refine(isCalendarDate, '计划完成日期应为真实存在的日期，写成 2020-10-04 或 2020年10月4日'),
  ),
});

/** The row schema of each sheet. */
export const STRUCTURE_ROW_SCHEMAS = {
  competitions: CompetitionRow,
  taskForces: TaskForceRow,
  indicators: IndicatorRow,
  phasedTargets: PhasedRow,
  steps: StepRow,
  units: UnitRow,
  people: PersonRow,
} as const;

/** New campaign: name, year and the district it belongs to (its GB/T 2260 county code). */
export const NewCampaignInput = z.object({
  name: required('活动名称', 50),
  year: z.coerce
    .number({ error: '年度应为四位数年份，例如 2021' })
    .int('年度应为四位数年份，例如 2021')
    .min(2000, '年度应在 2000 至 2100 之间')
    .max(2100, '年度应在 2000 至 2100 之间'),
  regionName: required('本区（县）名称', 30),
  regionCode: z
    .string({ error: '请填写行政区划代码' })
    .trim()
    .regex(/^\d{6}$/, '行政区划代码应为 6 位数字（GB/T 2260），例如 330802'),
});
