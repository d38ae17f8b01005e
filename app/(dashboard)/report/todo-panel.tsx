import Link from 'next/link';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import type { RoundTodo } from '@/lib/metrics';

/** 待办: what is still due per open round (错月 figures in the round that owes them), overdue marked. */
export function TodoPanel({ todos }: { todos: RoundTodo[] }) {
  const open = todos.filter((t) => t.missing > 0);
  if (open.length === 0) return null;
  return (
    <section aria-label="待办" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 className="font-semibold">待办</h2>
      <ul className="mt-1 space-y-1">
        {open.map((t) => (
          <li key={t.round}>
            <Link href={`/report?period=${t.round}`} className="underline">
              {formatPeriodZh(t.round)}
            </Link>
            ：还有 {t.missing} 项未提交（共 {t.total} 项）
            {t.returned > 0 && `，其中 ${t.returned} 项被退回需修改`}
            {t.overdue ? (
              <strong className="ml-1 text-red-800">已逾期（截止 {formatBeijingTime(t.deadline)}）</strong>
            ) : (
              `，截止 ${formatBeijingTime(t.deadline)}`
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
