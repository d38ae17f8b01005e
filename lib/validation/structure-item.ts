/**
 * The inputs of the single-item structure actions. Only their shape is checked here (ids, text
 * sizes); the fields themselves are checked by the structure import's row schemas
 * (lib/structure/single.ts), so a form and a workbook row follow one rule.
 */
import { userTextSchema } from '@/lib/text/user-text';
import { idSchema } from './id';
import { z } from './zod-zh';

const cell = z.string({ error: '应为文字' }).max(2000, '内容过长，请缩短').optional();
const optionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), idSchema().nullable());

export const CompetitionItemInput = z.object({
  campaignId: idSchema(),
  competitionId: optionalId,
  name: cell,
  shortName: cell,
  description: cell,
  leadPerson: cell,
  leadUnit: cell,
});

export const TaskForceItemInput = z.object({
  campaignId: idSchema(),
  taskForceId: optionalId,
  name: cell,
  competition: cell,
  goal: cell,
  leadPerson: cell,
  leadUnit: cell,
  members: z.array(z.string().max(100, '单位名称过长')).max(500, '成员单位过多').default([]),
});

export const IndicatorItemInput = z.object({
  campaignId: idSchema(),
  indicatorId: optionalId,
  taskForce: cell,
  name: cell,
  kind: cell,
  direction: cell,
  unit: cell,
  annualTarget: cell,
  targetRank: cell,
  weight: cell,
  responsibleUnit: cell,
  lagMonths: cell,
  combinedJanFeb: cell,
  hasCountyComparison: cell,
});

export const StepItemInput = z.object({
  campaignId: idSchema(),
  indicatorId: idSchema(),
  stepId: optionalId,
  title: cell,
  plannedDate: cell,
  intent: z.enum(['save', 'delete'], { error: '请选择保存或删除' }).default('save'),
});

/** The grid: `t_<indicatorId>_<MM>` cells, each a number or blank. */
export const TargetGridInput = z
  .object({
    campaignId: idSchema(),
    taskForceId: idSchema(),
    /** The reason of the 目标调整 of reported indicators' cells (required then, by the mutation). */
    reason: userTextSchema('调整原因', { max: 500, multiline: true }).optional().default(''),
  })
  .catchall(z.string().max(50, '阶段目标过长，请填写数字'))
  .refine((o) => Object.keys(o).length <= 3 + 12 * 200, '阶段目标过多');

const itemKind = z.enum(['competition', 'taskForce', 'indicator', 'unit', 'person'], { error: '对象类型无效' });

export const MoveItemInput = z.object({
  campaignId: idSchema(),
  kind: z.enum(['competition', 'taskForce', 'indicator'], { error: '对象类型无效' }),
  id: idSchema(),
  direction: z.enum(['up', 'down'], { error: '请选择上移或下移' }),
});

export const ItemStateInput = z.object({
  campaignId: optionalId,
  kind: itemKind,
  id: idSchema(),
  intent: z.enum(['archive', 'restore', 'delete'], { error: '请选择归档、恢复或删除' }),
});

export const UnitItemInput = z.object({ unitId: optionalId, name: cell, shortName: cell, kind: cell, regionCode: cell });
export const PersonItemInput = z.object({ personId: optionalId, name: cell, title: cell, unit: cell });
