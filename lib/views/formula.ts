/** The scoring and ranking rules in force, written out from the campaign's settings (shown on the rankings page). */
import { formatNumber } from '@/lib/format';
import type { CampaignSettings } from '@/lib/metrics';

/** Each rule as [name, wording], from the campaign's settings: a change of settings changes the words. */
export function formulaRules(settings: CampaignSettings): [string, string][] {
  const r = settings.scoreRules;
  const n = (raw: number) => {
    const v = Math.round(raw * 1e6) / 1e6; // 100 × 1.1 is 110.00000000000001 in binary floating point
    return formatNumber(v, Number.isInteger(v) ? 0 : 1);
  };
  return [
    ['序时进度', settings.timeProgressMode === 'day' ? '统计期末已过天数 ÷ 全年天数' : '统计期月份 ÷ 12（如9月为75%）'],
    ['应完成进度', '有阶段性目标时 = 阶段性目标 ÷ 年度目标；否则 = 序时进度'],
    ['累计型得分', `100 × min(完成率 ÷ 应完成进度, ${n(r.cumulativeCap)})，最低0分（最高${n(100 * r.cumulativeCap)}分）`],
    [
      '控制线型得分',
      `越低越好的累计型指标：100 × min(控制线进度 ÷ 实际, ${n(r.cumulativeCap)})，控制线进度为阶段控制线或控制线 × 序时进度；实际为0时${n(100 * r.cumulativeCap)}分，控制线为0（零容忍）时发生即0分`,
    ],
    ['时点/比率型得分', `达到目标100分，每低1个百分点扣${n(r.levelPenaltyPerPoint)}分`],
    [
      '节点型得分',
      `到期节点按时完成${n(r.milestoneOnTime)}分、逾期完成${n(r.milestoneLate)}分、逾期未完成${n(r.milestoneOverdue)}分，取平均`,
    ],
    ['排名型得分', `达到目标名次100分，每落后1位扣${n(r.rankPenaltyPerPlace)}分`],
    ['未报送', '0分，并标注“未报送”；已报送未审核的数值不计分，标注“待审核”'],
    ['专班得分', '所属指标得分按权重加权平均（默认权重1）'],
    ['竞赛得分', '所属专班得分的平均'],
    ['部门、乡镇得分', '其作为责任单位的指标得分按权重加权平均'],
    ['名次', '得分（保留一位小数）从高到低；得分相同名次并列（如1、2、2、4）'],
    [
      '状态',
      `达到序时：不慢于应完成进度（控制线型：不超过控制线进度）；略滞后：慢${n(settings.tolerancePp)}个百分点以内（控制线型超出不多于控制线的${n(settings.tolerancePp)}%，时点/比率型${n(settings.levelTolerancePp)}个百分点、排名型${n(settings.toleranceRanks)}位以内）；严重滞后：超过上述范围`,
    ],
    ['平均完成率', '只计越高越好的累计型指标（每项最高按150%计），与其应完成进度的平均比较；其他指标按状态计数'],
    ['争先进位', '上期名次 − 本期名次（正数为上升）；活动首期或上期无数据时不计升降'],
    [
      '红榜、黄榜',
      `红榜：前${settings.honourListSize}名且得分不低于100分；黄榜：后${settings.honourListSize}名，以及得分低于${n(settings.warningScoreBelow)}分的专班`,
    ],
    ['弱项', '严重滞后的指标，以及全市排名处于后三分之一（六县中第5、6名）的指标'],
  ];
}
