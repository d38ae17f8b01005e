import type { Metadata } from 'next';
import { findActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { publishedVersionsByPeriod } from '@/db/queries/published-rankings';
import { Alert } from '@/components/ui/alert';
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import { shiftPeriod } from '@/lib/metrics';
import { openPeriodAction, togglePeriodLockAction } from './actions';

export const metadata: Metadata = { title: '统计期管理' };

export default async function PeriodsPage() {
  await requirePermission('period:manage');
  const campaign = findActiveCampaign();
  if (!campaign) return <Alert>系统中还没有竞赛活动，建立活动后才能开放统计期。</Alert>;
  const list = listPeriods(campaign.id);
  const published = publishedVersionsByPeriod(campaign.id);
  const last = list[list.length - 1]?.period ?? `${campaign.year}-01`;
  const next = shiftPeriod(last, 1);
  const nextDeadline = `${shiftPeriod(next, 1)}-05T17:00`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">统计期管理</h1>
      <Card>
        <CardHeader>
          <CardTitle>开放新的统计期</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={openPeriodAction} submitLabel="开放填报" inline label="开放新的统计期">
            <Field label="统计期（年-月）" name="period" defaultValue={next} className="w-40" />
            <Field label="截止时间（北京时间）" name="deadline" type="datetime-local" defaultValue={nextDeadline} className="w-60" />
          </ActionForm>
          <p className="mt-2 text-xs text-slate-500">默认截止为次月 5 日 17:00。截止后提交的条目标记为逾期。</p>
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-4">
          <table className="w-full text-sm">
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th className="py-2">统计期</th>
                <th>截止时间</th>
                <th>状态</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {[...list].reverse().map((p) => (
                <tr key={p.id} className="border-b last:border-0" data-testid={`period-${p.period}`}>
                  <td className="py-2 font-medium">{formatPeriodZh(p.period)}</td>
                  <td>{formatBeijingTime(p.deadline)}</td>
                  <td>
                    {p.locked ? '🔒 已锁定（仅管理员可改）' : '✎ 开放填报'}
                    {published.has(p.period) && (
                      <span className="ml-2 text-xs text-slate-600">排名已发布第{published.get(p.period)}版</span>
                    )}
                  </td>
                  <td className="py-1">
                    <ActionForm
                      action={togglePeriodLockAction}
                      label={`${p.locked ? '解锁' : '锁定'}${formatPeriodZh(p.period)}`}
                      submitLabel={p.locked ? '解锁' : '锁定'}
                      variant="outline"
                      inline
                      confirmText={
                        p.locked
                          ? `确定解锁${formatPeriodZh(p.period)}？`
                          : `确定锁定${formatPeriodZh(p.period)}？锁定后填报员不能再修改，并发布本期排名。`
                      }
                    >
                      <input type="hidden" name="periodId" value={p.id} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
    </div>
  );
}
