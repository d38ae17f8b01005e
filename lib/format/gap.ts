/**
 * Gap words: the fact first, then the judgement in brackets — "高于目标0.7个百分点（达标）",
 * "低于目标0.8个百分点（越低越好，达标）", "超出阶段控制线1起（严重滞后）". One wording for every
 * kind and direction, used by tables, the indicator page, the 通报, the deck and the entry preview.
 * The figures come from lib/metrics (indicatorGap, groupGap); this file only words them.
 */
import { groupGap, indicatorGap, type GapLine, type GroupProgress, type IndicatorEvaluation, type IndicatorGap } from '../metrics';
import { DASH, formatFixed } from './decimal';
import { formatValue } from './number';
import { formatPercent } from './percent';
import { STATUS_LABELS } from './status';

/** How each line is named in "快于{name}" / "超出{name}". */
const LINE_NAMES: Record<GapLine, string> = {
  time_progress: '序时',
  phased: '应完成进度',
  group_expected: '应完成进度',
  ceiling_time: '序时控制线',
  ceiling_phased: '阶段控制线',
  zero_ceiling: '零容忍控制线',
  target: '目标',
  rank: '目标名次',
  milestone: '计划节点',
};

/** The amount as shown, or null when it shows as zero at its precision. */
function shownAmount(g: IndicatorGap): string | null {
  let text: string;
  if (g.measure === 'pp') text = `${formatFixed(g.amount, 1)}个百分点`;
  else if (g.measure === 'places' || g.measure === 'steps') text = formatFixed(g.amount, 0);
  else text = formatValue(g.amount, g.unit);
  return /[1-9]/.test(text.replace(/个百分点$/, '')) ? text : null;
}

function fact(g: IndicatorGap): string {
  const amount = shownAmount(g);
  const name = LINE_NAMES[g.line];
  switch (g.line) {
    case 'time_progress':
    case 'phased':
    case 'group_expected':
      return amount === null ? `与${name}持平` : `${g.relation === 'above' ? '快于' : '慢于'}${name}${amount}`;
    case 'ceiling_time':
    case 'ceiling_phased':
      return amount === null ? `与${name}持平` : `${g.relation === 'above' ? '超出' : '低于'}${name}${amount}`;
    case 'zero_ceiling':
      return amount === null ? '未发生' : `发生${amount}`;
    case 'target':
      return amount === null ? '与目标持平' : `${g.relation === 'above' ? '高于' : '低于'}目标${amount}`;
    case 'rank':
      return amount === null ? '达到目标名次' : `${g.relation === 'above' ? '落后目标' : '优于目标'}${amount}位`;
    case 'milestone':
      return `已完成节点${g.steps?.done ?? 0}/${g.steps?.total ?? 0}${amount === null ? '' : `，逾期${amount}个`}`;
  }
}

function judgement(g: IndicatorGap): string {
  switch (g.line) {
    case 'zero_ceiling':
      return `零容忍，${g.met ? '达标' : '未达标'}`;
    case 'target':
    case 'rank':
      return `${g.lowerIsBetter ? '越低越好，' : ''}${g.met ? '达标' : '未达标'}`;
    case 'milestone':
      return g.status === 'done' ? STATUS_LABELS.done : g.met ? '按计划推进' : STATUS_LABELS.overdue;
    default:
      return STATUS_LABELS[g.status];
  }
}

/**
 * Words for a gap: fact, then judgement. Amounts: 百分点 with 1 decimal, the unit as formatValue
 * shows it (counts without decimals), places and steps whole; half-up. A gap that shows as zero
 * reads "与…持平" (or "达到目标名次", "未发生"). null ⇒ '—'.
 * @example '快于序时3.2个百分点（达到序时）', '慢于应完成进度4.0个百分点（略滞后）'
 * @example '低于目标0.8个百分点（越低越好，达标）', '发生1处（零容忍，未达标）', '落后目标2位（未达标）'
 */
export function formatGap(g: IndicatorGap | null): string {
  if (g === null) return DASH;
  return `${fact(g)}（${judgement(g)}）`;
}

/** The gap words of an evaluated indicator: formatGap(indicatorGap(e)). */
export function describeGap(e: IndicatorEvaluation): string {
  return formatGap(indicatorGap(e));
}

/** Label of a group's mean completion, which covers higher-is-better cumulative indicators only. */
export function groupCompletionLabel(count: number): string {
  return `累计型指标平均完成率（${count}项）`;
}

/**
 * A group's completion against its 应完成 line in words: "累计型指标平均完成率72.3%（12项），慢于应完成进度2.1个百分点（略滞后）";
 * without any higher-is-better cumulative indicator "无累计型指标（按状态计数）"; with some but
 * none reported "累计型指标均未报送".
 */
export function describeGroupProgress(p: GroupProgress): string {
  if (p.status === null) return '无累计型指标（按状态计数）';
  if (p.completion === null) return '累计型指标均未报送';
  return `累计型指标平均完成率${formatPercent(p.completion)}（${p.count}项），${formatGap(groupGap(p))}`;
}
