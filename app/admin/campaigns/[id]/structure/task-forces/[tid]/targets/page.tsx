import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PastYearNote, YearForm } from '../../../../year-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { gridCellName } from '@/db/mutations/structure-targets';
import { getTargetGrid } from '@/db/queries/structure-admin';
import { ITEM_TEXT } from '@/lib/structure/admin-text';
import { saveTargetGridAction } from '../../../../../structure-actions';
import { segmentId, structurePage } from '../../../page-guard';

export const metadata: Metadata = { title: '阶段目标' };

export default async function TargetGridPage({ params }: { params: Promise<{ id: string; tid: string }> }) {
  const campaign = await structurePage(params);
  const tid = segmentId((await params).tid);
  const grid = tid === null ? null : getTargetGrid(campaign.id, tid);
  if (!grid) notFound();
  const months = Array.from({ length: 12 }, (_, i) => `${campaign.year}-${String(i + 1).padStart(2, '0')}`);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold">专班“{grid.taskForce.name}”阶段目标</h1>
        <Link
          href={`/admin/campaigns/${campaign.id}/structure/task-forces/${grid.taskForce.id}`}
          className="text-sm text-brand-700 underline"
        >
          返回专班
        </Link>
      </div>
      {campaign.readOnly && <PastYearNote year={campaign.year} />}
      <Card>
        <CardHeader>
          <CardTitle>{campaign.year}年各月阶段目标（累计型为 1 月至当月的累计目标；空白表示不设）</CardTitle>
        </CardHeader>
        <CardContent>
          {grid.columns.length === 0 ? (
            <p className="text-sm text-slate-600">此专班没有累计型或时点型指标，无需设阶段目标。</p>
          ) : (
            <YearForm readOnly={campaign.readOnly} action={saveTargetGridAction} submitLabel="保存阶段目标" label="阶段目标">
              <input type="hidden" name="campaignId" value={campaign.id} />
              <input type="hidden" name="taskForceId" value={grid.taskForce.id} />
              <div className="overflow-x-auto">
                <table className="border-collapse text-sm">
                  <caption className="sr-only">阶段目标：月份 × 指标</caption>
                  <thead>
                    <tr>
                      <th className="whitespace-nowrap px-2 py-1 text-left">月份</th>
                      {grid.columns.map((c) => (
                        <th key={c.indicator.id} scope="col" className="px-2 py-1 text-left">
                          {c.indicator.name}（{c.indicator.unit}）
                          {c.reported && <span className="block text-xs font-normal text-amber-800">{ITEM_TEXT.gridReported}</span>}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {months.map((m) => (
                      <tr key={m} className="border-t">
                        <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-normal">
                          {Number(m.slice(5))}月
                        </th>
                        {grid.columns.map((c) => (
                          <td key={c.indicator.id} className="px-2 py-1">
                            <input
                              name={gridCellName(c.indicator.id, m)}
                              aria-label={`${c.indicator.name} ${Number(m.slice(5))}月`}
                              defaultValue={c.targets[m] === undefined ? '' : String(c.targets[m])}
                              inputMode="decimal"
                              className="h-8 w-28 rounded border border-slate-300 px-2 text-right tabular-nums"
                            />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {grid.columns.some((c) => c.reported) && <ReasonField />}
            </YearForm>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

/** 调整原因: required by the server when a changed cell belongs to an indicator with reported figures. */
function ReasonField() {
  return (
    <div className="max-w-2xl space-y-1">
      <label htmlFor="grid-reason" className="block text-sm font-medium text-slate-800">
        {ITEM_TEXT.gridReasonLabel}
      </label>
      <p id="grid-reason-hint" className="text-xs text-slate-600">
        {ITEM_TEXT.gridReasonHint}
      </p>
      <textarea
        id="grid-reason"
        name="reason"
        rows={2}
        maxLength={500}
        aria-describedby="grid-reason-hint"
        className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
    </div>
  );
}
