import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { MilestoneTimeline } from '@/components/projects/milestone-timeline';
import { ProjectFacts } from '@/components/projects/project-facts';
import { ProjectFigures } from '@/components/projects/project-figures';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { parseId, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { getProjectEntry, listProjects } from '@/db/queries/projects';
import { requirePermission } from '@/lib/auth/session';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { periodEndDate } from '@/lib/metrics';
import { openProjectFigures } from '@/lib/views/project-entry';
import { projectView } from '@/lib/views/projects';
import { ProjectEntryPanel, ProjectMilestoneForm } from './entry';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await requirePermission('dashboard:read');
  const id = parseId((await params).id);
  const row = id === null ? undefined : listProjects({ id })[0];
  return { title: row?.project.name ?? '未找到' };
}

export default async function ProjectPage({
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
  if (!resolved.ok) return <PeriodError message={resolved.message} path={`/projects/${id}`} />;
  const { period } = resolved.ctx;
  const row = listProjects({ id })[0];
  if (!row) notFound();
  const view = projectView({ ...row, figures: row.figures.filter((f) => f.status === 'approved' || f.status === 'submitted') }, period);
  const entry = getProjectEntry(user, row, resolved.ctx.campaign.id);
  const actual = new Map(row.milestones.map((m) => [m.id, m.actualDate && /^\d{4}-\d{2}-\d{2}$/.test(m.actualDate) ? m.actualDate : null]));
  return (
    <div className="space-y-5">
      <PageTitle title={view.name}>
        <Link href={`/projects?period=${period}`} className="text-brand-700 underline underline-offset-2">
          重点项目
        </Link>
        {' · '}
        {formatPeriodZh(period)}
        {view.demo && ' · 演示数据'}
      </PageTitle>
      <Card>
        <CardContent className="space-y-3 pt-4">
          <ProjectFacts view={view} />
          {view.description && <p className="text-sm text-slate-700">{view.description}</p>}
        </CardContent>
      </Card>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card>
          <CardHeader>
            <CardTitle>节点（计划与实际）</CardTitle>
            <span className="text-xs text-slate-600">按{formatDateZh(periodEndDate(period))}判断</span>
          </CardHeader>
          <CardContent>
            <MilestoneTimeline steps={view.steps} label="项目节点">
              {(s) => (entry ? <ProjectMilestoneForm step={s} actual={actual.get(s.id) ?? null} /> : null)}
            </MilestoneTimeline>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>进度数据</CardTitle>
          </CardHeader>
          <CardContent>
            <ProjectFigures figures={view.figures} caption="项目进度数据" />
          </CardContent>
        </Card>
      </div>
      {entry && <ProjectEntryPanel projectId={view.id} open={openProjectFigures(user, entry.open)} names={entry.names} />}
    </div>
  );
}
