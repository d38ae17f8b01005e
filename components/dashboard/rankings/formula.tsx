import { Card } from '@/components/ui/card';
import type { CampaignSettings } from '@/lib/metrics';
import { formatNumber } from '@/lib/format';

/** The scoring and ranking rules in force, written out from the campaign's settings (people argue about rankings). */
export function FormulaCard({ settings }: { settings: CampaignSettings }) {
  const r = settings.scoreRules;
  const n = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
  const items: [string, string][] = [
    ['序时进度', settings.timeProgressMode === 'day' ? '统计期末已过天数 ÷ 全年天数' : '统计期月份 ÷ 12（如9月为75%）'],
    ['应完成进度', '有阶段性目标时 = 阶段性目标 ÷ 年度目标；否则 = 序时进度'],
    ['累计型得分', `100 × min(完成率 ÷ 应完成进度, ${n(r.cumulativeCap)})，最低0分（最高${n(100 * r.cumulativeCap)}分）`],
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
      `达到序时：不慢于应完成进度；略滞后：慢${n(settings.tolerancePp)}个百分点以内（时点/比率型${n(settings.levelTolerancePp)}个百分点、排名型${n(settings.toleranceRanks)}位以内）；严重滞后：超过上述范围`,
    ],
    ['争先进位', '上期名次 − 本期名次（正数为上升）'],
    [
      '红榜、黄榜',
      `红榜：前${settings.honourListSize}名且得分不低于100分；黄榜：后${settings.honourListSize}名，以及得分低于${n(settings.warningScoreBelow)}分的专班`,
    ],
    ['弱项', '严重滞后的指标，以及全市排名处于后三分之一（六县中第5、6名）的指标'],
  ];
  return (
    <Card className="p-4" data-testid="formula">
      <h2 className="text-base font-semibold text-slate-900">现行计分与排名规则</h2>
      <p className="mt-0.5 text-xs text-slate-600">由本活动的设置生成，调整设置后此处随之更新。</p>
      <dl className="mt-3 grid grid-cols-[7.5em_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        {items.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-700">{k}</dt>
            <dd className="text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
