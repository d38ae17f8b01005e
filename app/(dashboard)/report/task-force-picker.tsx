/** An administrator reports for one task force at a time: which one (?tf=), keeping the round. */
export function TaskForcePicker({
  period,
  current,
  taskForces,
}: {
  period: string;
  current?: number;
  taskForces: { id: number; name: string }[];
}) {
  return (
    <form className="flex items-end gap-2 text-sm" action="/report">
      <input type="hidden" name="period" value={period} />
      <label>
        专班（管理员可代填）
        <select name="tf" defaultValue={current} className="ml-2 h-8 rounded border px-2">
          {taskForces.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <button className="h-8 rounded bg-brand-700 px-3 text-white">切换</button>
    </form>
  );
}
