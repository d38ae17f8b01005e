import type { Metadata } from 'next';
import Link from 'next/link';
import { getActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { getLeadTodos, getReportRows, isPastDeadline } from '@/db/queries/reporting';
import { getCampaignSettings } from '@/db/queries/snapshot';
import { getCampaignStructure } from '@/db/queries/structure';
import { parseId } from '@/db/queries/dashboard-context';
import { Alert } from '@/components/ui/alert';
import { can, roleHas, ROLE_LABELS } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import { timeProgress } from '@/lib/metrics';
import { entryEditState, lockedMonthsFor } from '@/lib/reporting/edit-state';
import { ExcelPanel } from './excel-panel';
import { IndicatorCard } from './indicator-card';
import { TodoPanel } from './todo-panel';

export const metadata: Metadata = { title: '填报' };

type Search = Promise<Record<string, string | string[] | undefined>>;

function NoReporting({ role, reviews }: { role: string; reviews: boolean }) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="text-2xl font-bold">填报</h1>
      <Alert className="mt-4">
        月度数据由专班填报员填报。您的角色是“{role}”，没有填报权限。
        {reviews && (
          <>
            {' '}
            待审核的条目请到{' '}
            <Link href="/review" className="underline">
              审核
            </Link>{' '}
            页面处理。
          </>
        )}
      </Alert>
    </div>
  );
}

function TaskForcePicker({
  period,
  current,
  taskForces,
}: {
  period: string;
  current?: number;
  taskForces: { id: number; name: string }[];
}) {
  return (
    <form className="flex items-end gap-2 text-sm" action="/report">
      <input type="hidden" name="period" value={period} />
      <label>
        专班（管理员可代填）
        <select name="tf" defaultValue={current} className="ml-2 h-8 rounded border px-2">
          {taskForces.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <button className="h-8 rounded bg-brand-700 px-3 text-white">切换</button>
    </form>
  );
}

export default async function ReportPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const params = await searchParams;
  const campaign = getActiveCampaign();
  if (!roleHas(user.role, 'progress:edit'))
    return <NoReporting role={ROLE_LABELS[user.role]} reviews={roleHas(user.role, 'progress:review')} />;
  const all = listPeriods(campaign.id);
  const open = all.filter((p) => !p.locked);
  const requested = typeof params.period === 'string' ? params.period : undefined;
  const current = all.find((p) => p.period === requested) ?? open[open.length - 1];
  if (!current) return <Alert className="mt-6">目前没有开放填报的统计期，请等待系统管理员开放。</Alert>;
  const structure = getCampaignStructure(campaign.id);
  const admin = can(user, 'period:edit-locked');
  const tfParam = parseId(params.tf);
  const taskForceId = admin ? (structure.taskForces.find((t) => t.id === tfParam) ?? structure.taskForces[0])?.id : undefined;
  const rows = getReportRows(user, campaign, current.period, taskForceId);
  const settings = getCampaignSettings(campaign);
  const expectedDefault = timeProgress(current.period, settings.timeProgressMode);
  const lockedMonths = lockedMonthsFor(user, all);
  const missing = rows.filter(
    (r) => r.indicator.kind !== 'milestone' && (!r.entry || r.entry.status === 'draft' || r.entry.status === 'returned'),
  );
  const overdue = isPastDeadline(current);
  const q = (p: string) => `/report?period=${p}${taskForceId && admin ? `&tf=${taskForceId}` : ''}`;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">填报 · {formatPeriodZh(current.period)}</h1>
          <p className="mt-1 text-sm text-slate-600">
            截止时间：{formatBeijingTime(current.deadline)}
            {current.locked ? '（已锁定）' : overdue ? '（已过截止时间，现在提交将标记为逾期）' : ''} · 本期还有{' '}
            <strong>{missing.length}</strong> 项未提交
          </p>
        </div>
        <nav aria-label="统计期" className="flex flex-wrap gap-2 text-sm">
          {open.map((p) => (
            <Link
              key={p.period}
              href={q(p.period)}
              aria-current={p.period === current.period ? 'page' : undefined}
              className={`rounded border px-3 py-1 ${p.period === current.period ? 'border-brand-700 bg-brand-700 text-white' : 'bg-white'}`}
            >
              {formatPeriodZh(p.period)}
            </Link>
          ))}
        </nav>
      </div>
      <TodoPanel todos={getLeadTodos(user, campaign)} />
      <ExcelPanel period={current.period} taskForceId={admin ? taskForceId : undefined} />
      {admin && <TaskForcePicker period={current.period} current={taskForceId} taskForces={structure.taskForces} />}
      {rows.length === 0 && <Alert>您目前没有被分配任何专班，请联系系统管理员设置授权范围。</Alert>}
      {rows.map((row) => {
        const phased = row.phasedTargets.find((t) => t.period === current.period);
        const annual = row.indicator.annualTarget;
        const state = entryEditState(user, row.entry?.status, current.locked);
        return (
          <IndicatorCard
            key={row.indicator.id}
            row={row}
            period={current.period}
            settings={settings}
            lockedMonths={lockedMonths}
            state={{
              ...state,
              expected: phased && annual ? phased.target / annual : expectedDefault,
              countyEditable: row.canEditCounty && (!current.locked || admin),
            }}
          />
        );
      })}
    </div>
  );
}
