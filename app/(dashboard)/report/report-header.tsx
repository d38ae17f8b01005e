import Link from 'next/link';
import type { Period } from '@/db/schema';
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import type { RoundTodo } from '@/lib/metrics';

function deadlineNote(round: Period, todo: RoundTodo | undefined): string {
  if (round.locked) return '（已锁定）';
  return todo?.pastDeadline ? '（已过截止时间，现在提交将标记为逾期）' : '';
}

/**
 * The round's title, deadline and what is still missing in it (roundTodo: 错月 figures are counted
 * in the round that owes them), and the open rounds to move between.
 */
export function ReportHeader({
  round,
  todo,
  open,
  href,
}: {
  round: Period;
  todo: RoundTodo | undefined;
  open: Period[];
  href: (period: string) => string;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold">填报 · {formatPeriodZh(round.period)}</h1>
        <p className="mt-1 text-sm text-slate-600" data-testid="round-summary">
          截止时间：{formatBeijingTime(round.deadline)}
          {deadlineNote(round, todo)} · 本期还有 <strong>{todo?.missing ?? 0}</strong> 项未提交
        </p>
      </div>
      <nav aria-label="统计期" className="flex flex-wrap gap-2 text-sm">
        {open.map((p) => (
          <Link
            key={p.period}
            href={href(p.period)}
            aria-current={p.period === round.period ? 'page' : undefined}
            className={`rounded border px-3 py-1 ${p.period === round.period ? 'border-brand-700 bg-brand-700 text-white' : 'bg-white'}`}
          >
            {formatPeriodZh(p.period)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
