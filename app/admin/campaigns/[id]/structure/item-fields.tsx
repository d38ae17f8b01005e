import { Field } from '@/components/forms/field';
import { DIRECTION_WORDS, KIND_WORDS, STRUCTURE_SHEETS } from '@/lib/structure/sheets';
import { ITEM_TEXT } from '@/lib/structure/admin-text';
import { CheckField, nameOptions, peopleOptions, ReadOnlyField, SelectField } from './fields';

/*
 * The fields of the competition, task force and indicator forms, labelled with the structure
 * workbook's own headers (one name per column) and named by its columns.
 */

export interface Choices {
  competitions: string[];
  taskForces: string[];
  units: { name: string; kind: 'department' | 'township' }[];
  people: { name: string; title: string }[];
}

const C = STRUCTURE_SHEETS.competitions.columns;
const T = STRUCTURE_SHEETS.taskForces.columns;
const I = STRUCTURE_SHEETS.indicators.columns;

export function CompetitionFields({ v, choices }: { v: Record<string, string>; choices: Choices }) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Field label={C.name} name="name" defaultValue={v.name} />
      <Field label={C.shortName} name="shortName" defaultValue={v.shortName} hint="不填则与竞赛名称相同" />
      <SelectField
        label={C.leadPerson}
        name="leadPerson"
        options={peopleOptions(choices.people)}
        defaultValue={v.leadPerson}
        blank="（不设）"
      />
      <SelectField
        label={C.leadUnit}
        name="leadUnit"
        options={nameOptions(choices.units.map((u) => u.name))}
        defaultValue={v.leadUnit}
        blank="（不设）"
      />
      <Field label={C.description} name="description" defaultValue={v.description} className="md:col-span-2" />
    </div>
  );
}

export function TaskForceFields({ v, members, choices }: { v: Record<string, string>; members: string[]; choices: Choices }) {
  return (
    <div className="space-y-3">
      <div className="grid gap-3 md:grid-cols-2">
        <Field label={T.name} name="name" defaultValue={v.name} />
        <SelectField label={T.competition} name="competition" options={nameOptions(choices.competitions)} defaultValue={v.competition} />
        <SelectField
          label={T.leadPerson}
          name="leadPerson"
          options={peopleOptions(choices.people)}
          defaultValue={v.leadPerson}
          blank="（不设）"
        />
        <SelectField
          label={T.leadUnit}
          name="leadUnit"
          options={nameOptions(choices.units.map((u) => u.name))}
          defaultValue={v.leadUnit}
          blank="（不设）"
        />
        <Field label={T.goal} name="goal" defaultValue={v.goal} className="md:col-span-2" />
      </div>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{T.members}</legend>
        <div className="grid gap-1 sm:grid-cols-3 lg:grid-cols-5">
          {choices.units.map((u) => (
            <label key={u.name} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="members[]" value={u.name} defaultChecked={members.includes(u.name)} />
              {u.name}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * With `locked` (reported figures), the kind and targets show read-only: 目标调整 changes them, on
 * the indicator page (`targetHref`), with a reason and a history row.
 */
export function IndicatorFields({
  v,
  choices,
  locked,
  targetHref,
}: {
  v: Record<string, string>;
  choices: Choices;
  locked: boolean;
  targetHref?: string;
}) {
  const kinds = Object.entries(KIND_WORDS).map(([value, label]) => ({ value, label }));
  const dirs = Object.entries(DIRECTION_WORDS).map(([value, label]) => ({ value, label }));
  return (
    <div className="space-y-3">
      <div className="grid gap-3 md:grid-cols-3">
        <SelectField label={I.taskForce} name="taskForce" options={nameOptions(choices.taskForces)} defaultValue={v.taskForce} />
        <Field label={I.name} name="name" defaultValue={v.name} className="md:col-span-2" />
        {locked ? (
          <ReadOnlyField label={I.kind} value={KIND_WORDS[v.kind as keyof typeof KIND_WORDS] ?? v.kind} note={ITEM_TEXT.kindLocked} />
        ) : (
          <SelectField label={I.kind} name="kind" options={kinds} defaultValue={v.kind} />
        )}
        <SelectField label={I.direction} name="direction" options={dirs} defaultValue={v.direction} />
        <Field label={I.unit} name="unit" defaultValue={v.unit} hint="如 万元、%、个、名" />
        {locked ? (
          <ReadOnlyField
            label={`${I.annualTarget} / ${I.targetRank}`}
            value={v.annualTarget || (v.targetRank ? `前${v.targetRank}名` : '（不设）')}
            note={ITEM_TEXT.targetLocked}
            link={targetHref ? { href: targetHref, label: ITEM_TEXT.targetLink } : undefined}
          />
        ) : (
          <>
            <Field
              label={I.annualTarget}
              name="annualTarget"
              defaultValue={v.annualTarget}
              inputMode="decimal"
              hint="累计型、时点型填写；排名型、节点型不填"
            />
            <Field
              label={I.targetRank}
              name="targetRank"
              defaultValue={v.targetRank}
              inputMode="numeric"
              hint="排名型填写，如全市前3填 3"
            />
          </>
        )}
        <Field label={I.weight} name="weight" defaultValue={v.weight || '1'} inputMode="decimal" />
        <SelectField
          label={I.responsibleUnit}
          name="responsibleUnit"
          options={nameOptions(choices.units.map((u) => u.name))}
          defaultValue={v.responsibleUnit}
          blank="（不设）"
        />
        <SelectField
          label={I.lagMonths}
          name="lagMonths"
          options={['0', '1', '2', '3'].map((n) => ({ value: n, label: `${n} 个月` }))}
          defaultValue={v.lagMonths || '0'}
        />
      </div>
      <div className="flex flex-wrap gap-6">
        <CheckField label={I.combinedJanFeb} name="combinedJanFeb" defaultChecked={v.combinedJanFeb === 'true'} />
        <CheckField label={I.hasCountyComparison} name="hasCountyComparison" defaultChecked={v.hasCountyComparison === 'true'} />
      </div>
    </div>
  );
}

/** A row's values as the fields' default texts. */
export function asDefaults(row: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(row ?? {})) out[k] = val === null || val === undefined ? '' : String(val);
  return out;
}
