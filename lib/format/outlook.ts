/**
 * Words for an indicator's headline figure (完成率 / 控制线使用 / 零容忍) and its year-end outlook.
 * The figures come from lib/metrics (progressFigure, yearEndOutlook); a ceiling is never worded
 * as a completion, and never as "全年红".
 */
import type { ProgressFigure, YearEndOutlook } from '../metrics';
import { formatAmount } from './number';
import { formatPercent } from './percent';

export interface FigureWords {
  /** Key-figure label: 完成率, 控制线使用, 零容忍控制线, 节点完成. */
  label: string;
  /** The figure alone: '75.0%', '已发生1处', '3/5'. */
  value: string;
  /** In a sentence: '完成率75.0%', '已用控制线75.0%', '零容忍控制线，已发生1处'. */
  text: string;
}

/** The headline figure in words; null when there is none (level, rank, no data). */
export function formatProgressFigure(f: ProgressFigure | null, unit: string): FigureWords | null {
  if (f === null) return null;
  switch (f.kind) {
    case 'completion':
      return { label: '完成率', value: formatPercent(f.completion), text: `完成率${formatPercent(f.completion)}` };
    case 'ceiling_use':
      return { label: '控制线使用', value: formatPercent(f.use), text: `已用控制线${formatPercent(f.use)}` };
    case 'zero_ceiling': {
      const value = f.occurrences > 0 ? `已发生${formatAmount(f.occurrences, unit)}` : '未发生';
      return { label: '零容忍控制线', value, text: `零容忍控制线，${value}` };
    }
    case 'milestone':
      return { label: '节点完成', value: `${f.done}/${f.total}`, text: `已完成节点${f.done}/${f.total}` };
  }
}

export interface OutlookWords {
  /** The projection: '按当前进度，全年预计完成90.0%' or '按当前趋势全年约12起，与控制线持平'. */
  headline: string;
  /** The projection as an amount: '预计全年1,080.0万元' ('' for ceilings, whose headline says it). */
  amount: string;
  /** The verdict: '按此进度可实现“全年红”', '按此趋势将突破控制线，需加强管控', … */
  verdict: string;
  good: boolean;
  /** What is left: '剩余3个月，每月平均还需完成130.0万元（距年度目标390.0万元）', '控制线内尚余3起'. */
  need: string;
}

function ceilingWords(o: Extract<YearEndOutlook, { kind: 'ceiling' }>, unit: string): OutlookWords {
  const margin = formatAmount(Math.abs(o.margin), unit);
  const shows = /[1-9]/.test(margin);
  const against = !shows ? '与控制线持平' : o.margin > 0 ? `低于控制线${margin}` : `超出控制线${margin}`;
  return {
    headline: `按当前趋势全年约${formatAmount(o.projection, unit)}，${against}`,
    amount: '',
    // Level with the line (to the shown precision) is not safe: one more occurrence breaks it.
    verdict: !shows ? '按此趋势将触及控制线，需严控增量' : o.within ? '按此趋势可控制在控制线以内' : '按此趋势将突破控制线，需加强管控',
    good: shows && o.within,
    need: o.headroom >= 0 ? `控制线内尚余${formatAmount(o.headroom, unit)}` : `已超出控制线${formatAmount(-o.headroom, unit)}`,
  };
}

/**
 * The year-end outlook in words; null ⇒ '暂无数据，无法预计' as the headline. Amounts by
 * formatAmount (亿元 scaling, counts without decimals), percentages with 1 decimal, half-up.
 */
export function formatOutlook(o: YearEndOutlook | null, unit: string): OutlookWords {
  if (o === null) return { headline: '暂无数据，无法预计', amount: '', verdict: '', good: false, need: '—' };
  if (o.kind === 'ceiling') return ceilingWords(o, unit);
  if (o.kind === 'zero_ceiling') {
    const none = o.occurrences <= 0;
    return {
      headline: none ? '零容忍控制线：目前未发生' : `零容忍控制线：已发生${formatAmount(o.occurrences, unit)}`,
      amount: '',
      verdict: none ? '保持零发生即达标' : '已突破零容忍控制线，需加强管控',
      good: none,
      need: none ? '全年须保持零发生' : `已超出控制线${formatAmount(o.occurrences, unit)}`,
    };
  }
  let need = `距年度目标${formatAmount(o.remaining, unit)}`;
  if (o.achieved) need = '已完成年度目标';
  else if (o.requiredMonthly !== null)
    need = `剩余${o.monthsLeft}个月，每月平均还需完成${formatAmount(o.requiredMonthly, unit)}（距年度目标${formatAmount(o.remaining, unit)}）`;
  return {
    headline: `按当前进度，全年预计完成${formatPercent(o.projectionCompletion)}`,
    amount: `预计全年${formatAmount(o.projection, unit)}`,
    verdict: o.reachable ? '按此进度可实现“全年红”' : '按此进度完不成年度目标，需加快进度',
    good: o.reachable,
    need,
  };
}
