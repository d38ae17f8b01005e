import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listPeriods } from '@/db/queries/campaign';
import { getNow } from '@/db/queries/clock';
import { parseId } from '@/db/queries/dashboard-context';
import { getLeadTodos, getReportRows, getRoundTodos } from '@/db/queries/reporting';
import { getCampaignSettings } from '@/db/queries/snapshot';
import { getCampaignStructureIn } from '@/db/queries/structure';
import { getShownCampaign } from '@/db/queries/shown-campaign';
import type { Campaign, Period } from '@/db/schema';
import { Alert } from '@/components/ui/alert';
import { can, roleHas, ROLE_LABELS, type AuthUser } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { pastYearMessage } from '@/lib/campaign/choice';
import { asksCorrectionReason, entryEditState, lockedMonthsFor, PAST_YEAR_STATE } from '@/lib/reporting/edit-state';
import { ExcelPanel } from './excel-panel';
import { IndicatorCard } from './indicator-card';
import { NoReporting } from './no-reporting';
import { ReportHeader } from './report-header';
import { TaskForcePicker } from './task-force-picker';
import { TodoPanel } from './todo-panel';

export const metadata: Metadata = { title: '填报' };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The round asked for (?period=), else the latest open one. */
function chooseRound(all: Period[], requested: unknown): Period | undefined {
  const open = all.filter((p) => !p.locked);
  return all.find((p) => p.period === requested) ?? open[open.length - 1];
}

interface RowsProps {
  user: AuthUser;
  campaign: Campaign;
  readOnly: boolean;
  round: Period;
  taskForceId?: number;
  all: Period[];
}

function Rows({ user, campaign, readOnly, round, taskForceId, all }: RowsProps) {
  const rows = getReportRows(user, campaign, round.period, taskForceId);
  if (rows.length === 0) return <Alert>您目前没有被分配任何专班，请联系系统管理员设置授权范围。</Alert>;
  const settings = getCampaignSettings(campaign);
  const lockedMonths = lockedMonthsFor(user, all);
  const admin = can(user, 'period:edit-locked');
  return rows.map((row) => (
    <IndicatorCard
      key={row.indicator.id}
      row={row}
      round={round.period}
      settings={settings}
      lockedMonths={lockedMonths}
      state={
        readOnly
          ? { ...PAST_YEAR_STATE, countyEditable: false }
          : {
              ...entryEditState(user, row.entry?.status, round.locked),
              countyEditable: row.canEditCounty && (!round.locked || admin),
              askReason: asksCorrectionReason(user, round.locked),
            }
      }
    />
  ));
}

export default async function ReportPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const params = await searchParams;
  if (!roleHas(user.role, 'progress:edit'))
    return <NoReporting role={ROLE_LABELS[user.role]} reviews={roleHas(user.role, 'progress:review')} />;
  const shown = await getShownCampaign();
  if (shown.kind !== 'shown') notFound();
  const { campaign, readOnly, current } = shown.shown;
  const all = listPeriods(campaign.id);
  const round = chooseRound(all, params.period);
  if (!round) return <Alert className="mt-6">目前没有开放填报的统计期，请等待系统管理员开放。</Alert>;
  const structure = getCampaignStructureIn(campaign.id, round.period);
  const admin = can(user, 'period:edit-locked');
  const tfParam = parseId(params.tf);
  const taskForceId = admin ? (structure.taskForces.find((t) => t.id === tfParam) ?? structure.taskForces[0])?.id : undefined;
  const now = getNow();
  const [todo] = getRoundTodos(user, campaign, [round], now, taskForceId);
  const href = (p: string) => `/report?period=${p}${taskForceId && admin ? `&tf=${taskForceId}` : ''}`;
  return (
    <div className="space-y-5">
      <ReportHeader round={round} todo={todo} open={all.filter((p) => !p.locked)} href={href} />
      {readOnly ? (
        <Alert>{pastYearMessage(campaign.year, current.year)}</Alert>
      ) : (
        <>
          <TodoPanel todos={getLeadTodos(user, campaign, now)} />
          <ExcelPanel period={round.period} taskForceId={admin ? taskForceId : undefined} />
        </>
      )}
      {admin && <TaskForcePicker period={round.period} current={taskForceId} taskForces={structure.taskForces} />}
      <Rows user={user} campaign={campaign} readOnly={readOnly} round={round} taskForceId={taskForceId} all={all} />
    </div>
  );
}
