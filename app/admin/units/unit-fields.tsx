import { Field } from '@/components/forms/field';
import { STRUCTURE_SHEETS, UNIT_KIND_WORDS } from '@/lib/structure/sheets';
import { nameOptions, SelectField } from '../campaigns/[id]/structure/fields';

const U = STRUCTURE_SHEETS.units.columns;
const P = STRUCTURE_SHEETS.people.columns;

export function UnitFields({ v }: { v: Record<string, string> }) {
  return (
    <div className="grid gap-3 md:grid-cols-4">
      <Field label={U.name} name="name" defaultValue={v.name} />
      <Field label={U.shortName} name="shortName" defaultValue={v.shortName} />
      <SelectField
        label={U.kind}
        name="kind"
        options={Object.entries(UNIT_KIND_WORDS).map(([value, label]) => ({ value, label }))}
        defaultValue={v.kind || 'department'}
      />
      <Field
        label={U.regionCode}
        name="regionCode"
        defaultValue={v.regionCode}
        inputMode="numeric"
        hint="乡镇（街道）填 9 位统计用区划代码，如 330802005；部门不填"
      />
    </div>
  );
}

export function PersonFields({ v, units }: { v: Record<string, string>; units: string[] }) {
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <Field label={P.name} name="name" defaultValue={v.name} />
      <Field label={P.title} name="title" defaultValue={v.title} hint="如 区委常委、副区长" />
      <SelectField label={P.unit} name="unit" options={nameOptions(units)} defaultValue={v.unit} blank="（不设）" />
    </div>
  );
}
