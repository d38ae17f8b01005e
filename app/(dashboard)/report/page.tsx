import type { Metadata } from 'next';
import Link from 'next/link';
import { getActiveCampaign, listPeriods } from '@/db/queries/campaign';
import { getLeadTodos, getReportRows, isPastDeadline, type ReportRow } from '@/db/queries/reporting';
import { getCampaignSettings } from '@/db/queries/snapshot';
import { getCampaignStructure } from '@/db/queries/structure';
import { ActionForm } from '@/components/forms/action-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { can, roleHas, ROLE_LABELS, type AuthUser } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { formatBeijingTime, formatDateZh, formatPercent, formatPeriodZh, formatValue, KIND_LABELS } from '@/lib/format';
import { timeProgress } from '@/lib/metrics';
import { saveCountyAction, setStepAction } from './actions';
import { EntryForm } from './entry-form';
import { ExcelPanel } from './excel-panel';
import { TodoPanel } from './todo-panel';

export const metadata: Metadata = { title: '填报' };

type Search = Promise<Record<string, string | string[] | undefined>>;

function editState(user: AuthUser, row: ReportRow, locked: boolean): { editable: boolean; reason?: string } {
  const admin = can(user, 'period:edit-locked');
  if (locked && !admin) return { editable: false, reason: '该统计期已锁定，不能再修改。' };
  const s = row.entry?.status;
  if (!admin && s === 'submitted') return { editable: false, reason: '已提交，正在审核；如需更正，请联系审核员退回。' };
  if (!admin && s === 'approved') return { editable: false, reason: '已审核通过。如需更正，请联系系统管理员。' };
  return { editable: true };
}

export default async function ReportPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  const params = await searchParams;
  const campaign = getActiveCampaign();
  if (!roleHas(user.role, 'progress:edit')) {
    return (
      <div className="mx-auto max-w-2xl py-8">
        <h1 className="text-2xl font-bold">填报</h1>
        <Alert className="mt-4">
          月度数据由专班填报员填报。您的角色是“{ROLE_LABELS[user.role]}”，没有填报权限。
          {roleHas(user.role, 'progress:review') && (
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
  const all = listPeriods(campaign.id);
  const open = all.filter((p) => !p.locked);
  const requested = typeof params.period === 'string' ? params.period : undefined;
  const current = all.find((p) => p.period === requested) ?? open[open.length - 1];
  if (!current) return <Alert className="mt-6">目前没有开放填报的统计期，请等待系统管理员开放。</Alert>;
  const structure = getCampaignStructure(campaign.id);
  const admin = can(user, 'period:edit-locked');
  const tfParam = Number(params.tf);
  const taskForceId = admin ? (Number.isInteger(tfParam) && tfParam > 0 ? tfParam : structure.taskForces[0]?.id) : undefined;
  const rows = getReportRows(user, campaign, current.period, taskForceId);
  const settings = getCampaignSettings(campaign);
  const expectedDefault = timeProgress(current.period, settings.timeProgressMode);
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
      {admin && (
        <form className="flex items-end gap-2 text-sm" action="/report">
          <input type="hidden" name="period" value={current.period} />
          <label>
            专班（管理员可代填）
            <select name="tf" defaultValue={taskForceId} className="ml-2 h-8 rounded border px-2">
              {structure.taskForces.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <button className="h-8 rounded bg-brand-700 px-3 text-white">切换</button>
        </form>
      )}
      {rows.length === 0 && <Alert>您目前没有被分配任何专班，请联系系统管理员设置授权范围。</Alert>}
      {rows.map((row) => {
        const ind = row.indicator;
        const phased = row.phasedTargets.find((t) => t.period === current.period);
        const expected = phased && ind.annualTarget ? phased.target / ind.annualTarget : expectedDefault;
        const last = row.history[row.history.length - 1];
        const state = editState(user, row, current.locked);
        return (
          <Card key={ind.id} data-testid={`report-indicator-${ind.id}`}>
            <CardContent className="space-y-3 pt-4">
              <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                <h2 className="text-base font-semibold">{ind.name}</h2>
                <span className="text-xs text-slate-500">
                  {row.taskForceName} · {KIND_LABELS[ind.kind]} · 单位 {ind.unit}
                </span>
                <span className="text-xs text-slate-600">
                  {ind.kind === 'rank'
                    ? `目标：全市前${ind.targetRank}名`
                    : ind.kind === 'milestone'
                      ? `节点 ${row.steps.length} 个`
                      : `年度目标 ${formatValue(ind.annualTarget, ind.unit)}`}
                  {ind.kind === 'cumulative' && ` · 本期应达序时 ${formatPercent(expected)}`}
                  {last && ` · 上期（${formatPeriodZh(last.period)}）${formatValue(last.value, ind.unit)}`}
                </span>
                <Link href={`/indicators/${ind.id}?period=${current.period}`} className="ml-auto text-xs text-brand-700 underline">
                  指标详情与历史
                </Link>
              </div>
              {ind.kind === 'milestone' ? (
                <ul className="space-y-2">
                  {row.steps.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-end gap-3 text-sm">
                      <span className="w-56">{s.title}</span>
                      <span className="text-xs text-slate-500">计划 {formatDateZh(s.plannedDate)}</span>
                      {state.editable ? (
                        <ActionForm action={setStepAction} submitLabel="保存" inline variant="outline" successMessage="已保存。">
                          <input type="hidden" name="stepId" value={s.id} />
                          <input type="hidden" name="period" value={current.period} />
                          <label className="text-xs">
                            完成日期
                            <input type="date" name="doneDate" defaultValue={s.doneDate ?? ''} className="ml-1 h-8 rounded border px-2" />
                          </label>
                        </ActionForm>
                      ) : (
                        <span className="text-xs">{s.doneDate ? `已完成 ${formatDateZh(s.doneDate)}` : '未完成'}</span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <EntryForm
                  indicatorId={ind.id}
                  period={current.period}
                  unit={ind.unit}
                  input={{
                    kind: ind.kind,
                    direction: ind.direction,
                    unit: ind.unit,
                    annualTarget: ind.annualTarget,
                    targetRank: ind.targetRank,
                    lagMonths: ind.lagMonths,
                    combinedJanFeb: ind.combinedJanFeb,
                    phasedTargets: row.phasedTargets,
                  }}
                  history={row.history}
                  settings={settings}
                  entry={row.entry}
                  editable={state.editable}
                  lockedReason={state.reason}
                />
              )}
              {row.county && (
                <details
                  className="rounded border bg-slate-50 p-3"
                  open={row.canEditCounty && row.county.every((c) => c.value === null) ? false : undefined}
                >
                  <summary className="cursor-pointer text-sm font-medium">全市六县（市、区）本期数值</summary>
                  {row.canEditCounty && !current.locked ? (
                    <ActionForm action={saveCountyAction} submitLabel="保存县（市、区）数据" className="mt-2">
                      <input type="hidden" name="indicatorId" value={ind.id} />
                      <input type="hidden" name="period" value={current.period} />
                      <div className="grid grid-cols-2 gap-2 md:grid-cols-6">
                        {row.county.map((c) => (
                          <label key={c.regionCode} className="text-xs">
                            {c.name}
                            <input
                              name={`county_${c.regionCode}`}
                              defaultValue={c.value ?? ''}
                              inputMode="decimal"
                              className="mt-0.5 h-8 w-full rounded border px-2 text-right"
                            />
                          </label>
                        ))}
                      </div>
                    </ActionForm>
                  ) : (
                    <p className="mt-2 text-sm">{row.county.map((c) => `${c.name} ${formatValue(c.value, ind.unit)}`).join('　')}</p>
                  )}
                </details>
              )}
            </CardContent>
          </Card>
        );
      })}
    </div>
  );
}
