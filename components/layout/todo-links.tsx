import Link from 'next/link';

/** What the header's 待办 shows: a lead's figures still due (null: not a lead), a reviewer's queue (null: not a reviewer). */
export interface HeaderTodos {
  due: number | null;
  queue: number | null;
  /** A district leader's overdue 督办 items (红色督办) this period (null: not a leader). */
  overdue?: number | null;
}

/** 待办 in the header: a lead's figures still due in the open rounds, a reviewer's queue. */
export function TodoLinks({ todos }: { todos: HeaderTodos }) {
  return (
    <>
      {todos.overdue != null && (
        <Link
          href="/work-items"
          className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 hover:bg-white"
          data-testid="todo-supervision"
        >
          逾期督办 {todos.overdue}
        </Link>
      )}
      {todos.due !== null && todos.due > 0 && (
        <Link href="/report" className="rounded bg-amber-300 px-2 py-0.5 text-xs font-semibold text-amber-950 hover:bg-amber-200">
          待填报 {todos.due}
        </Link>
      )}
      {todos.queue !== null && (
        <Link href="/review" className="rounded bg-white/90 px-2 py-0.5 text-xs font-semibold text-brand-900 hover:bg-white">
          待审核 {todos.queue}
        </Link>
      )}
    </>
  );
}
