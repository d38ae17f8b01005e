import { roles, type Role } from '@/db/schema';
import { ROLE_LABELS } from '@/lib/auth/permissions';

export function RoleSelect({ name, defaultValue = 'viewer' }: { name: string; defaultValue?: Role }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        角色
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={defaultValue}
        className="h-9 w-full rounded-md border border-slate-300 px-2 text-sm"
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
    </div>
  );
}
