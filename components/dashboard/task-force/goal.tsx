/** 一个目标 and the member units of a task force. */
export function TaskForceGoal({ goal, members }: { goal: string; members: string[] }) {
  return (
    <section
      aria-label="专班目标与成员"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white px-5 py-4 text-sm shadow-sm lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
    >
      <div>
        <h2 className="text-xs font-semibold text-slate-600">目标</h2>
        <p className="mt-1 text-base text-slate-900">{goal}</p>
      </div>
      <div>
        <h2 className="text-xs font-semibold text-slate-600">成员单位（{members.length}个）</h2>
        <p className="mt-1 text-slate-800">{members.join('、') || '—'}</p>
      </div>
    </section>
  );
}
