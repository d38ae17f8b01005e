'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { TARGET_PLAN_TEXT } from '@/lib/structure/target-plan';
import type { StructurePreview } from '@/lib/views/structure-preview';
import { cn } from '@/lib/utils';

const TONE = { add: 'text-emerald-800', change: 'text-amber-800', same: 'text-slate-600', error: 'text-red-800 font-semibold' } as const;

/** The import preview: counts per sheet, the rows that change or are wrong, and 确认导入 when nothing blocks it. */
export function PreviewTable({
  preview,
  pending,
  onCommit,
  onCancel,
  reason,
}: {
  preview: StructurePreview;
  pending: boolean;
  onCommit: () => void;
  onCancel: () => void;
  /** The one reason of the import's 目标调整 (typed text, its field error). */
  reason: { value: string; onChange: (v: string) => void; error: string | null };
}) {
  const { counts } = preview;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          预览：新增 {counts.add} 项，修改 {counts.change} 项，不变 {counts.same} 项，错误 {counts.error} 行
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <ul className="text-sm text-slate-700" aria-label="各表汇总">
          {preview.sheets.map((s) => (
            <li key={s.sheet}>
              {s.sheet}：{s.text}
            </li>
          ))}
        </ul>
        {preview.lines.length > 0 && (
          <table className="w-full text-sm" aria-label="导入预览">
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th className="py-1">工作表</th>
                <th>行</th>
                <th>名称</th>
                <th>结果</th>
                <th>说明</th>
              </tr>
            </thead>
            <tbody>
              {preview.lines.map((l) => (
                <tr key={`${l.sheet}-${l.row}`} className="border-b last:border-0" data-status={l.status}>
                  <td className="py-1">{l.sheet}</td>
                  <td>第{l.row}行</td>
                  <td>{l.name}</td>
                  <td className={cn(TONE[l.status])}>{l.statusWord}</td>
                  <td>{l.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {counts.same > 0 && <p className="text-xs text-slate-500">不变的 {counts.same} 项未逐行列出。</p>}
        {preview.targetChanges > 0 && !preview.blocked && <ReasonField count={preview.targetChanges} {...reason} />}
        {preview.blocked ? (
          <Alert tone="warning">{preview.blocked}</Alert>
        ) : (
          <div className="flex gap-2">
            <Button type="button" size="sm" onClick={onCommit} disabled={pending}>
              {pending ? '正在导入…' : '确认导入'}
            </Button>
            <Button type="button" size="sm" variant="outline" onClick={onCancel} disabled={pending}>
              取消
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function ReasonField({
  count,
  value,
  onChange,
  error,
}: {
  count: number;
  value: string;
  onChange: (v: string) => void;
  error: string | null;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor="target-reason" className="block text-sm font-medium text-slate-800">
        {TARGET_PLAN_TEXT.reasonLabel}
      </label>
      <p id="target-reason-hint" className="text-xs text-slate-600">
        {TARGET_PLAN_TEXT.reasonHint(count)}
      </p>
      <textarea
        id="target-reason"
        name="targetReason"
        rows={2}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'target-reason-hint target-reason-error' : 'target-reason-hint'}
        className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      {error && (
        <p id="target-reason-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
