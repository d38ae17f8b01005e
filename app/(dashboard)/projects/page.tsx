import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/dashboard/page-title';
import { PeriodError } from '@/components/dashboard/period-error';
import { MilestoneTimeline } from '@/components/projects/milestone-timeline';
import { ProjectFacts } from '@/components/projects/project-facts';
import { ProjectFigures } from '@/components/projects/project-figures';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { listProjects } from '@/db/queries/projects';
import { requirePermission } from '@/lib/auth/session';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { periodEndDate } from '@/lib/metrics';
import { projectView } from '@/lib/views/projects';

export const metadata: Metadata = { title: '重点项目' };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('dashboard:read');
  const resolved = await resolveDashboard(await searchParams);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/projects" />;
  const { period } = resolved.ctx;
  const views = listProjects({ statuses: ['approved'] }).map((r) => projectView(r, period));
  return (
    <div className="space-y-5">
      <PageTitle title={`重点项目 · ${formatPeriodZh(period)}`}>
        业主单位、用地、计划与完成投资、建设阶段、责任专班；节点按{formatDateZh(periodEndDate(period))}（统计期末）判断是否滞后。
      </PageTitle>
      <div className="grid gap-4 xl:grid-cols-2">
        {views.map((v) => (
          <Card key={v.id} data-testid={`project-${v.id}`}>
            <CardHeader>
              <CardTitle>
                <Link href={v.href} className="text-brand-700 hover:underline">
                  {v.name}
                </Link>
                {v.demo && <span className="ml-2 rounded bg-slate-100 px-1 text-xs font-normal text-slate-600">演示数据</span>}
              </CardTitle>
              <span className={v.lateSteps ? 'text-xs font-semibold text-red-800' : 'text-xs text-slate-600'}>
                {v.lateSteps ? `${v.lateSteps}个节点滞后或逾期完成` : '节点均按计划'}
              </span>
            </CardHeader>
            <CardContent className="space-y-3">
              <ProjectFacts view={v} />
              <MilestoneTimeline steps={v.steps} label={`${v.name}的节点`} />
              {v.figures.length > 0 && <ProjectFigures figures={v.figures.slice(0, 4)} caption={`${v.name}的进度数据`} />}
            </CardContent>
          </Card>
        ))}
      </div>
    </div>
  );
}
