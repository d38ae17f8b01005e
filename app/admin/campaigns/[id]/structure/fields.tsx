import { cn } from '@/lib/utils';

/** A labelled select; option values are what the action receives (names, as in the structure workbook). */
export function SelectField({
  label,
  name,
  options,
  defaultValue,
  blank,
  className,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  /** The label of an empty first option (e.g. 不设); none when the field is required. */
  blank?: string;
  className?: string;
}) {
  const id = `f-${name}`;
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ''}
        className="h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm focus:border-brand-600 focus:outline-none"
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A 是/否 checkbox as the workbook's yes/no columns take it (ticked sends 是). */
export function CheckField({ label, name, defaultChecked }: { label: string; name: string; defaultChecked?: boolean }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-800">
      <input type="checkbox" name={name} value="是" defaultChecked={defaultChecked} />
      {label}
    </label>
  );
}

/** A read-only value with a note, shown in place of a field that may not be changed here. */
export function ReadOnlyField({
  label,
  value,
  note,
  link,
}: {
  label: string;
  value: string;
  note: string;
  /** Where the value is changed instead (e.g. 调整年度目标 on the indicator page). */
  link?: { href: string; label: string };
}) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-slate-800">{label}</p>
      <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">{value}</p>
      <p className="text-xs text-amber-800">
        {note}
        {link && (
          <>
            {' '}
            <a href={link.href} className="font-medium text-brand-700 underline">
              {link.label}
            </a>
          </>
        )}
      </p>
    </div>
  );
}

export const peopleOptions = (people: { name: string; title: string }[]) =>
  people.map((p) => ({ value: p.name, label: `${p.name}（${p.title}）` }));
export const nameOptions = (names: string[]) => names.map((n) => ({ value: n, label: n }));
