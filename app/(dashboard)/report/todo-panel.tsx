import Link from 'next/link';
import type { Todo } from '@/db/queries/reporting';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';

/** 待办: what is still due per open period, overdue marked. */
export function TodoPanel({ todos }: { todos: Todo[] }) {
  const open = todos.filter((t) => t.missing > 0);
  if (open.length === 0) return null;
  return (
    <section aria-label="待办" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 className="font-semibold">待办</h2>
      <ul className="mt-1 space-y-1">
        {open.map((t) => (
          <li key={t.period}>
            <Link href={`/report?period=${t.period}`} className="underline">
              {formatPeriodZh(t.period)}
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
