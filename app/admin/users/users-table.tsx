import Link from 'next/link';
import type { listUsers } from '@/db/queries/users';
import { Card, CardContent } from '@/components/ui/card';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { formatBeijingTimeShort } from '@/lib/format';

type UserRow = ReturnType<typeof listUsers>[number];

function stateOf(u: UserRow): string {
  if (u.disabled) return '⛔ 已停用';
  if (u.locked) return '🔒 已锁定';
  return u.mustChangePassword ? '待改密码' : '✔ 正常';
}

/** Every account: role, scopes, state, sessions, and the link to manage it. */
export function UsersTable({ rows }: { rows: UserRow[] }) {
  return (
    <Card>
      <CardContent className="overflow-x-auto pt-4">
        <table className="w-full text-sm">
          <thead className="border-b text-left text-slate-600">
            <tr>
              {['用户名', '姓名', '角色', '授权范围', '状态', '在线会话', '创建时间'].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3">
                  {h}
                </th>
              ))}
              <th scope="col" className="py-2">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-b last:border-0">
                <td className="py-2 pr-3 font-medium">{u.username}</td>
                <td className="py-2 pr-3">{u.displayName}</td>
                <td className="py-2 pr-3">{ROLE_LABELS[u.role]}</td>
                <td className="py-2 pr-3">{u.scopes.length ? `${u.scopes.length} 项` : '—'}</td>
                <td className="py-2 pr-3">{stateOf(u)}</td>
                <td className="py-2 pr-3 tabular">{u.sessionCount}</td>
                <td className="py-2 pr-3">{formatBeijingTimeShort(u.createdAt)}</td>
                <td className="py-2">
                  <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline">
                    管理
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}
