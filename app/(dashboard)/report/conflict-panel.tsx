'use client';

import { Button } from '@/components/ui/button';
import type { ConflictInfo } from '@/lib/actions/result';

export interface EntryFields {
  value: string;
  workProgress: string;
  problems: string;
  nextSteps: string;
}

export const FIELD_LABELS: [keyof EntryFields, string][] = [
  ['value', '本期数值'],
  ['workProgress', '工作进展'],
  ['problems', '存在问题'],
  ['nextSteps', '下步打算'],
];

const shown = (s: string | undefined) => (s ? s : '（空）');

/**
 * A save conflict: the stored version beside what the user typed, and the two ways out — save the
 * typed version over the one now seen, or take the stored one into the form.
 */
export function ConflictPanel({
  conflict,
  mine,
  unit,
  pending,
  onOverwrite,
  onTakeTheirs,
}: {
  conflict: ConflictInfo;
  mine: EntryFields;
  unit: string;
  pending: boolean;
  onOverwrite: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <section aria-label="保存冲突" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">
        {conflict.by}于{conflict.at}保存了另一个版本（状态：{conflict.fields.status}）。请对比后选择：
      </p>
      <table className="w-full border-collapse text-left text-xs">
        <thead>
          <tr className="border-b border-amber-200">
            <th scope="col" className="w-20 py-1 pr-2 font-medium">
              项目
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {conflict.by}的版本
            </th>
            <th scope="col" className="py-1 font-medium">
              您的输入（未保存）
            </th>
          </tr>
        </thead>
        <tbody>
          {FIELD_LABELS.map(([key, label]) => (
            <tr key={key} className="border-b border-amber-100 align-top last:border-0">
              <th scope="row" className="py-1 pr-2 font-normal text-amber-900">
                {label}
              </th>
              <td className="py-1 pr-2 whitespace-pre-wrap">
                {shown(conflict.fields[key])}
                {key === 'value' && conflict.fields.value ? ` ${unit}` : ''}
              </td>
              <td className="py-1 whitespace-pre-wrap">
                {shown(mine[key])}
                {key === 'value' && mine.value ? ` ${unit}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-2">
        {conflict.canOverwrite && (
          <Button type="button" size="sm" onClick={onOverwrite} disabled={pending}>
            用我的输入覆盖
          </Button>
        )}
        <Button type="button" size="sm" variant="outline" onClick={onTakeTheirs} disabled={pending}>
          采用对方的版本
        </Button>
      </div>
      {!conflict.canOverwrite && (
        <p className="text-xs">该条目已提交或已审核，您不能再覆盖；采用对方的版本后如需更正，请联系审核员退回。</p>
      )}
    </section>
  );
}
