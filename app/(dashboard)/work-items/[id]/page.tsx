import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { MilestoneTimeline } from '@/components/projects/milestone-timeline';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { FlagBadge } from '@/components/work-items/flag-badge';
import { WorkItemFacts } from '@/components/work-items/work-item-facts';
import { parseId, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { listWorkItems } from '@/db/queries/work-items';
import { requirePermission } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { workItemView } from '@/lib/views/work-item';
import { workItemRights } from '@/lib/work-items/rules';
import { CloseForm, ExtensionDecisionForms, ExtensionRequestForm, MilestoneForm, StatusForm } from './forms';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await requirePermission('dashboard:read');
  const id = parseId((await params).id);
  return { title: (id === null ? undefined : listWorkItems({ id })[0]?.item.title) ?? '未找到' };
}

export default async function WorkItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePermission('dashboard:read');
  const id = parseId((await params).id);
  if (id === null) notFound();
  const resolved = await resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/work-items/${id}`} />;
  const { period } = resolved.ctx;
  const row = listWorkItems({ id })[0];
  if (!row) notFound();
  const view = workItemView(row, period);
  const rights = workItemRights(user, row.scope, row.item.status, view.pendingExtension);
  const actual = new Map(row.milestones.map((m) => [m.id, m.actualDate && /^\d{4}-\d{2}-\d{2}$/.test(m.actualDate) ? m.actualDate : null]));
  return (
    <div className="space-y-5">
      <PageTitle title={view.title} actions={<FlagBadge flag={view.flag} />}>
        督办事项 · {formatPeriodZh(period)} · 状态：<span data-testid="work-item-status">{view.status}</span>
        {view.demo && ' · 演示数据'}
      </PageTitle>
      <WorkItemFacts view={view} />
      <Card>
        <CardHeader>
          <CardTitle>节点（计划与实际）</CardTitle>
        </CardHeader>
        <CardContent>
          <MilestoneTimeline steps={view.steps} label="事项节点">
            {(s) => (rights.edit && view.statusKey !== 'closed' ? <MilestoneForm step={s} actual={actual.get(s.id) ?? null} /> : null)}
          </MilestoneTimeline>
        </CardContent>
      </Card>
      <div className="grid gap-4 xl:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>状态与销号</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3 text-sm">
            {view.closed && <p data-testid="close-record">{view.closed}</p>}
            <StatusForm view={view} rights={rights} />
            {rights.canClose && <CloseForm view={view} />}
            {!rights.verify && view.statusKey === 'done' && (
              <p className="text-xs text-slate-600">已完成的事项由其竞赛的审核员或系统管理员核实后销号。</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>延期申请与完成时限记录</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3 text-sm">
            {view.extensions.length === 0 && <p className="text-slate-600">无延期申请。</p>}
            <ul className="space-y-2" data-testid="extension-history">
              {view.extensions.map((e) => (
                <li key={e.id} className="rounded border border-slate-200 p-2">
                  <p>
                    <span className="mr-1 rounded bg-slate-100 px-1 text-xs">{e.status}</span>
                    {e.text}
                  </p>
                  {e.decision && <p className="mt-1 text-xs text-slate-600">{e.decision}</p>}
                  {e.pending && rights.verify && <ExtensionDecisionForms ext={e} />}
                </li>
              ))}
            </ul>
            {rights.canRequestExtension && <ExtensionRequestForm view={view} />}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
