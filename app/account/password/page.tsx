import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: '修改密码' };

export default async function PasswordPage() {
  const user = await requireUser({ allowPasswordChange: true });
  return (
    <main className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">修改密码</h1>
      {user.mustChangePassword ? (
        <p className="mt-2 rounded bg-amber-100 px-3 py-2 text-sm text-amber-900">
          首次登录或密码已被重置：请先设置您自己的密码，然后才能使用系统。
        </p>
      ) : (
        <p className="mt-2 text-sm text-slate-600">
          账号：{user.displayName}（{user.username}）·{' '}
          <Link href="/" className="text-brand-700 underline">
            返回总览
          </Link>
        </p>
      )}
      <div className="mt-6 rounded-lg border bg-white p-6">
        <PasswordForm />
      </div>
    </main>
  );
}
