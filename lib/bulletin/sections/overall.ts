import { headlineCounts } from '@/lib/deck/measures';
import { formatPercent, STATUS_LABELS } from '@/lib/format';
import { shareOf, type BulletinContext } from '../context';
import type { Section } from '../types';

/** 一、总体情况: indicator progress against 序时, and the county comparison. */
export function overallSection(ctx: BulletinContext, heading: string): Section {
  const { snapshot, structure } = ctx.input;
  const c = headlineCounts(snapshot.indicators);
  const pending = snapshot.indicators.filter((r) => r.pending && r.evaluation.status !== 'not_due').length;
  const notDue = snapshot.indicators.length - c.total;
  const compared = snapshot.indicators.filter((r) => r.countyRank !== null && r.countyTotal > 0);
  const top = compared.filter((r) => r.countyRank! <= 2).length;
  const bottom = compared.filter((r) => r.countyBottomThird).length;
  const up = compared.filter((r) => (r.countyMovement ?? 0) > 0).length;
  const down = compared.filter((r) => (r.countyMovement ?? 0) < 0).length;
  const first =
    `截至${ctx.periodLabel}，序时进度为${formatPercent(snapshot.timeProgress)}。全区${structure.competitions.length}项竞赛、${structure.taskForces.length}个专班共有指标${snapshot.indicators.length}项，` +
    `纳入本期评价${c.total}项${notDue > 0 ? `（另有${notDue}项未到评价期）` : ''}：${STATUS_LABELS.ahead}${c.ahead}项${shareOf(c.ahead, c.total)}；${STATUS_LABELS.behind}${c.behind}项；` +
    `${STATUS_LABELS.lagging}${c.lagging}项${shareOf(c.lagging, c.total)}；${STATUS_LABELS.no_data}${c.noData}项。` +
    (pending > 0 ? `另有${pending}项本期数据已报送、待审核，暂按已审核数据评价。` : '');
  const second = compared.length
    ? `与全市其他县（市、区）比较的${compared.length}项指标中，本区排名前两位的${top}项，排名靠后（处于后三分之一）的${bottom}项；与上期相比，排名上升的${up}项，下降的${down}项。`
    : '本期暂无与全市其他县（市、区）比较的指标数据。';
  return {
    heading,
    blocks: [
      { type: 'p', text: first },
      { type: 'p', text: second },
    ],
    subsections: [],
  };
}
