import Link from 'next/link';
import { logoutAction } from '@/app/(auth)/login/actions';
import { ROLE_LABELS, type AuthUser } from '@/lib/auth/permissions';
import { TodoLinks, type HeaderTodos } from './todo-links';

/** The header's right side: 待办, who is logged in, 修改密码, 退出. */
export function UserMenu({ user, todos }: { user: AuthUser; todos: HeaderTodos }) {
  return (
    <div className="ml-auto flex items-center gap-3 text-sm text-brand-100">
      <TodoLinks todos={todos} />
      <span>
        {user.displayName}
        <span className="ml-1 rounded bg-brand-800 px-1.5 py-0.5 text-xs">{ROLE_LABELS[user.role]}</span>
      </span>
      <Link href="/account/password" className="hover:text-white hover:underline">
        修改密码
      </Link>
      <form action={logoutAction}>
        <button type="submit" className="rounded border border-brand-600 px-2 py-0.5 hover:bg-brand-800 hover:text-white">
          退出
        </button>
      </form>
    </div>
  );
}
