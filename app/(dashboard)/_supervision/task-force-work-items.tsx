import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { WorkItemCounts } from '@/components/work-items/status-counts';
import { getTaskForceCompetition, listOwnerUnits, listWorkItems } from '@/db/queries/work-items';
import { can, type AuthUser } from '@/lib/auth/permissions';
import { statusCounts } from '@/lib/views/work-item';
import { CreateWorkItemForm } from '../work-items/create-form';

/** A task force's 督办 work items by status and flag, and 登记督办事项 for those who may; loads its own data. */
export async function TaskForceWorkItems({ taskForceId, period, user }: { taskForceId: number; period: string; user: AuthUser }) {
  const rows = listWorkItems({ taskForceIds: [taskForceId] });
  const counts = statusCounts(rows, period);
  const competitionId = getTaskForceCompetition(taskForceId);
  const mayCreate = can(user, 'workitem:edit', { taskForceId, competitionId });
  return (
    <Card data-testid="task-force-supervision">
      <CardHeader>
        <CardTitle>督办事项（项目化推进）</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <WorkItemCounts counts={counts} label="督办事项按状态统计" />
        {mayCreate && (
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">登记督办事项</summary>
            <CreateWorkItemForm taskForceId={taskForceId} units={listOwnerUnits()} />
          </details>
        )}
      </CardContent>
    </Card>
  );
}
