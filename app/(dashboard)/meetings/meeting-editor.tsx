'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/forms/field';
import { useKeepForm } from '@/components/forms/use-keep-form';
import type { MeetingSlideKind as SlideKind } from '@/lib/deck/types';
import { SLIDE_KIND_LABELS } from '@/lib/deck/labels';
import type { SlideSpec } from '@/lib/deck/types';
import type { ActionResult } from '@/lib/actions/result';
import { cn } from '@/lib/utils';
import { inputClass, KINDS, SlideRow, subjectsFor, type Row, type SubjectOptions } from './slide-row';

type FormAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

export interface MeetingDraft {
  title: string;
  meetingDate: string;
  period: string;
  slides: SlideSpec[];
}

/**
 * Creates or edits a meeting: title, date, period and the ordered slides (add, change, move up or
 * down, remove). What was typed stays when the server refuses it; each slide shows its own errors.
 */
export function MeetingEditor({
  action,
  initial,
  preset,
  presetLabel,
  options,
  periods,
  meetingId,
}: {
  action: FormAction;
  initial: MeetingDraft;
  preset?: MeetingDraft;
  presetLabel?: string;
  options: SubjectOptions;
  periods: { value: string; label: string }[];
  meetingId?: number;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  const onSubmit = useKeepForm(formAction);
  const [title, setTitle] = useState(initial.title);
  const [meetingDate, setMeetingDate] = useState(initial.meetingDate);
  const [period, setPeriod] = useState(initial.period);
  const [rows, setRows] = useState<Row[]>(() => initial.slides.map((s, i) => ({ ...s, key: i })));
  // Keys of rows added later continue after the initial ones (stable ids for labels and errors).
  const nextKey = useRef(initial.slides.length);
  const withKeys = (slides: SlideSpec[]): Row[] => slides.map((s) => ({ ...s, key: nextKey.current++ }));
  const [addKind, setAddKind] = useState<SlideKind>('competition');
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const createdId =
    !meetingId && state?.ok && state.data && typeof state.data === 'object' && 'id' in state.data
      ? Number((state.data as { id: unknown }).id)
      : null;

  useEffect(() => {
    if (createdId) router.push(`/meetings/${createdId}`);
  }, [createdId, router]);

  const update = (key: number, patch: Partial<SlideSpec>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRows((rs) => {
      const to = index + by;
      if (to < 0 || to >= rs.length) return rs;
      const copy = [...rs];
      [copy[index], copy[to]] = [copy[to]!, copy[index]!];
      return copy;
    });
  const applyPreset = () => {
    if (!preset) return;
    setTitle(preset.title);
    setMeetingDate(preset.meetingDate);
    setPeriod(preset.period);
    setRows(withKeys(preset.slides));
  };
  const payload = JSON.stringify(
    rows.map(({ kind, competitionId, villageId, projectId, title: t, notes }) => ({
      kind,
      competitionId,
      villageId: villageId ?? null,
      projectId: projectId ?? null,
      title: t ?? '',
      notes,
    })),
  );

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={meetingId ? '编辑会议' : '新建会议'}>
      {meetingId && <input type="hidden" name="meetingId" value={meetingId} />}
      <input type="hidden" name="slides" value={payload} />
      {preset && (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm">
          <Button type="button" size="sm" variant="outline" onClick={applyPreset}>
            {presetLabel ?? '使用默认幻灯片'}
          </Button>
          <span className="text-slate-700">一键填入：封面、总体情况、每项竞赛一页、红榜与黄榜、弱项指标、结束页。</span>
        </div>
      )}
      <div className="grid gap-3 md:grid-cols-[1fr_12rem_12rem]">
        <Field
          label="会议名称"
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          errors={errors.title}
          maxLength={80}
        />
        <Field
          label="会议日期"
          name="meetingDate"
          type="date"
          value={meetingDate}
          onChange={(e) => setMeetingDate(e.target.value)}
          errors={errors.meetingDate}
        />
        <div className="space-y-1">
          <label htmlFor="f-period" className="block text-sm font-medium text-slate-800">
            统计期
          </label>
          <select
            id="f-period"
            name="period"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            className={inputClass}
            aria-invalid={errors.period ? true : undefined}
            aria-describedby={errors.period ? 'f-period-error' : undefined}
          >
            {periods.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          {errors.period && (
            <p id="f-period-error" className="text-xs text-red-700">
              {errors.period.join('；')}
            </p>
          )}
        </div>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-base font-semibold text-slate-900">幻灯片（{rows.length}张，按顺序演示）</legend>
        {errors.slides && (
          <p className="text-sm text-red-700" id="slides-error">
            {errors.slides.join('；')}
          </p>
        )}
        <ol className="space-y-2">
          {rows.map((r, i) => (
            <SlideRow
              key={r.key}
              row={r}
              index={i}
              total={rows.length}
              options={options}
              errors={errors}
              onChange={(patch) => update(r.key, patch)}
              onMove={(by) => move(i, by)}
              onRemove={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
            />
          ))}
        </ol>
        <div className="flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="add-kind" className="block text-sm text-slate-700">
              新增幻灯片类型
            </label>
            <select
              id="add-kind"
              value={addKind}
              onChange={(e) => setAddKind(e.target.value as SlideKind)}
              className={cn(inputClass, 'w-40')}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {SLIDE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() =>
              setRows((rs) => [
                ...rs,
                ...withKeys([{ competitionId: null, ...subjectsFor(addKind, options), kind: addKind, title: null, notes: '' }]),
              ])
            }
          >
            添加幻灯片
          </Button>
        </div>
      </fieldset>

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? '正在保存…' : meetingId ? '保存会议' : '创建会议'}
        </Button>
      </div>
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      {state?.ok && (
        <Alert>
          {state.data && typeof state.data === 'object' && 'notice' in state.data
            ? String((state.data as { notice: unknown }).notice)
            : '已保存。'}
        </Alert>
      )}
    </form>
  );
}
