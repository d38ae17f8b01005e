import { completenessNote, COUNTY_STANDING_LABELS, formatPercent, STATUS_LABELS } from '@/lib/format';
import { headlineFigures } from '@/lib/metrics';
import { shareOf, type BulletinContext } from '../context';
import type { Section } from '../types';

/** 一、总体情况: indicator progress against 序时 (lib/metrics headlineFigures), and the county comparison. */
export function overallSection(ctx: BulletinContext, heading: string): Section {
  const { snapshot, structure } = ctx.input;
  const { counts: c, county: k } = headlineFigures(snapshot.indicators);
  const notDue = snapshot.indicators.length - c.total;
  const note = completenessNote(snapshot.completeness);
  const first =
    `截至${ctx.periodLabel}，序时进度为${formatPercent(snapshot.timeProgress)}。全区${structure.competitions.length}项竞赛、${structure.taskForces.length}个专班共有指标${snapshot.indicators.length}项，` +
    `纳入本期评价${c.total}项${notDue > 0 ? `（另有${notDue}项未到评价期）` : ''}：${STATUS_LABELS.ahead}${c.ahead}项${shareOf(c.ahead, c.total)}；${STATUS_LABELS.behind}${c.behind}项；` +
    `${STATUS_LABELS.lagging}${c.lagging}项${shareOf(c.lagging, c.total)}；${STATUS_LABELS.no_data}${c.noData}项。` +
    (c.pending > 0 ? `另有${c.pending}项本期数据已报送、待审核，暂按已审核数据评价。` : '') +
    (note ? `本期${note}。` : '');
  const moved = snapshot.indicators.some((r) => r.countyMovement !== null);
  const second = k.compared
    ? `与全市其他县（市、区）比较的${k.compared}项指标中，${COUNTY_STANDING_LABELS.top}的${k.top}项，${COUNTY_STANDING_LABELS.bottom}的${k.bottom}项；` +
      (moved ? `与上期相比，排名上升的${k.up}项，下降的${k.down}项。` : '上期无可比排名，不计排名升降。')
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
