'use client';

import { Button } from '@/components/ui/button';
import type { MeetingSlideKind as SlideKind } from '@/lib/deck/types';
import { SLIDE_KIND_LABELS } from '@/lib/deck/labels';
import type { SlideSpec } from '@/lib/deck/types';

export interface Row extends SlideSpec {
  /** Stable React key and id prefix while rows move. */
  key: number;
}

export const KINDS = Object.keys(SLIDE_KIND_LABELS) as SlideKind[];

type Option = { id: number; name: string };
/** What a slide may be about, by kind of subject. */
export interface SubjectOptions {
  competitions: Option[];
  villages: Option[];
  projects: Option[];
}

type SubjectField = 'competitionId' | 'villageId' | 'projectId';
const SUBJECTS: Partial<Record<SlideKind, { field: SubjectField; list: keyof SubjectOptions; word: string }>> = {
  competition: { field: 'competitionId', list: 'competitions', word: '竞赛' },
  village: { field: 'villageId', list: 'villages', word: '村' },
  project: { field: 'projectId', list: 'projects', word: '项目' },
};

/** The kind and its subject: the row's own when it has one, else the first on offer; the other subjects cleared. */
export function subjectsFor(kind: SlideKind, options: SubjectOptions, row?: Partial<SlideSpec>): Partial<SlideSpec> {
  const pick = (k: SlideKind, field: SubjectField, list: keyof SubjectOptions) =>
    kind === k ? (row?.[field] ?? options[list][0]?.id ?? null) : null;
  return {
    kind,
    competitionId: pick('competition', 'competitionId', 'competitions'),
    villageId: pick('village', 'villageId', 'villages'),
    projectId: pick('project', 'projectId', 'projects'),
  };
}
export const inputClass = 'h-9 w-full rounded-md border border-slate-300 px-2 text-sm focus:border-brand-600 focus:outline-none';

/** One slide of the editor: kind, its subject (competition, village or project), optional title and notes, move and remove. */
export function SlideRow({
  row,
  index,
  total,
  options,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  row: Row;
  index: number;
  total: number;
  options: SubjectOptions;
  errors: Record<string, string[]>;
  onChange: (patch: Partial<SlideSpec>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const subject = SUBJECTS[row.kind];
  const base = `slide-${row.key}`;
  const err = (field: string) => errors[`slides.${index}.${field}`];
  const described = (field: string) => (err(field) ? `${base}-${field}-error` : undefined);
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" data-testid="slide-row">
      <div className="grid gap-2 md:grid-cols-[3rem_10rem_14rem_1fr_auto] md:items-start">
        <span className="pt-2 text-sm font-semibold text-slate-700" aria-hidden>
          {n}.
        </span>
        <div>
          <label htmlFor={`${base}-kind`} className="sr-only">
            第{n}张 类型
          </label>
          <select
            id={`${base}-kind`}
            value={row.kind}
            onChange={(e) => onChange(subjectsFor(e.target.value as SlideKind, options, row))}
            className={inputClass}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {SLIDE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          {subject && (
            <>
              <label htmlFor={`${base}-${subject.field}`} className="sr-only">
                第{n}张 {subject.word}
              </label>
              <select
                id={`${base}-${subject.field}`}
                value={row[subject.field] ?? ''}
                onChange={(e) => onChange({ [subject.field]: e.target.value ? Number(e.target.value) : null })}
                className={inputClass}
                aria-invalid={err(subject.field) ? true : undefined}
                aria-describedby={described(subject.field)}
              >
                <option value="">请选择{subject.word}</option>
                {options[subject.list].map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {err(subject.field) && (
                <p id={`${base}-${subject.field}-error`} className="mt-1 text-xs text-red-700">
                  {err(subject.field)!.join('；')}
                </p>
              )}
            </>
          )}
        </div>
        <div className="space-y-2">
          <div>
            <label htmlFor={`${base}-title`} className="sr-only">
              第{n}张 标题（可选）
            </label>
            <input
              id={`${base}-title`}
              value={row.title ?? ''}
              onChange={(e) => onChange({ title: e.target.value })}
              placeholder="标题（可选，留空用默认标题）"
              maxLength={60}
              className={inputClass}
              aria-invalid={err('title') ? true : undefined}
              aria-describedby={described('title')}
            />
            {err('title') && (
              <p id={`${base}-title-error`} className="mt-1 text-xs text-red-700">
                {err('title')!.join('；')}
              </p>
            )}
          </div>
          <div>
            <label htmlFor={`${base}-notes`} className="sr-only">
              第{n}张 演讲备注
            </label>
            <textarea
              id={`${base}-notes`}
              value={row.notes}
              onChange={(e) => onChange({ notes: e.target.value })}
              placeholder="演讲备注（可选，导出到PPTX备注栏）"
              rows={2}
              className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm focus:border-brand-600 focus:outline-none"
              aria-invalid={err('notes') ? true : undefined}
              aria-describedby={described('notes')}
            />
            {err('notes') && (
              <p id={`${base}-notes-error`} className="mt-1 text-xs text-red-700">
                {err('notes')!.join('；')}
              </p>
            )}
          </div>
        </div>
        <div className="flex gap-1">
          <Button type="button" size="sm" variant="ghost" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`第${n}张上移`}>
            ↑
          </Button>
          <Button
            type="button"
            size="sm"
            variant="ghost"
            onClick={() => onMove(1)}
            disabled={index === total - 1}
            aria-label={`第${n}张下移`}
          >
            ↓
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={onRemove} aria-label={`删除第${n}张`}>
            删除
          </Button>
        </div>
      </div>
    </li>
  );
}
