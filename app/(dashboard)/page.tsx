import Link from 'next/link';
import { getActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { getPeriodSnapshot } from '@/db/queries/snapshot';
import { getCampaignStructure } from '@/db/queries/structure';
import { PeriodError } from '@/components/dashboard/period-error';
import { StatusCountsRow } from '@/components/dashboard/status-counts';
import { Movement } from '@/components/movement';
import { ProgressVsTime } from '@/components/progress-vs-time';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatNumber, formatPercent, formatPeriodZh, formatRank } from '@/lib/format';
import { resolvePeriodParam } from '@/lib/period-param';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const campaign = getActiveCampaign();
  const opened = listPeriods(campaign.id).map((p) => p.period);
  const resolved = resolvePeriodParam(params.period, opened, campaign.currentPeriod);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/" />;
  const period = resolved.period;
  const snapshot = getPeriodSnapshot(campaign, period);
  const structure = getCampaignStructure(campaign.id);
  const byId = new Map(snapshot.competitions.map((c) => [c.id, c]));
  const q = `?period=${period}`;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">总览 · {formatPeriodZh(period)}</h1>
          <p className="mt-1 text-sm text-slate-600">
            八大竞赛得分与排名（按已审核数据计算）。序时进度 <strong className="tabular">{formatPercent(snapshot.timeProgress)}</strong>
          </p>
        </div>
      </div>
      <section aria-label="八大竞赛" className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
        {structure.competitions.map((c) => {
          const r = byId.get(c.id);
          if (!r) return null;
          const leader = c.leadPersonId ? structure.people.get(c.leadPersonId) : undefined;
          const unit = c.leadUnitId ? structure.units.get(c.leadUnitId) : undefined;
          return (
            <Card key={c.id} data-testid={`competition-card-${c.id}`}>
              <CardHeader>
                <div>
                  <CardTitle>
                    <Link href={`/competitions/${c.id}${q}`} className="hover:underline">
                      {c.name}
                    </Link>
                  </CardTitle>
                  <p className="mt-0.5 text-xs text-slate-500">
                    {leader ? `${leader.name}（${leader.title}）` : '—'} · {unit?.name ?? '—'} · {r.taskForceIds.length}个专班
                  </p>
                </div>
                <div className="text-right">
                  <div className="text-xs text-slate-500">{formatRank(r.rank, snapshot.competitions.length)}</div>
                  <Movement delta={r.movement} className="text-xs" />
                </div>
              </CardHeader>
              <CardContent className="space-y-3">
                <div className="flex items-baseline gap-1">
                  <span className="text-xs text-slate-500">得分</span>
                  <span className="tabular text-3xl font-bold text-slate-900" data-testid="competition-score">
                    {formatNumber(r.score, 1)}
                  </span>
                </div>
                <ProgressVsTime completion={r.completion} timeProgress={snapshot.timeProgress} label="平均完成率" />
                <StatusCountsRow counts={r.counts} />
              </CardContent>
            </Card>
          );
        })}
      </section>
    </div>
  );
}
