import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { isDemoDatabase } from '@/db/queries/campaign';
import { safeNext } from '@/lib/auth/safe-next';
import { getSessionUser } from '@/lib/auth/session';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: '登录' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  const user = await getSessionUser();
  if (user) redirect(user.mustChangePassword ? '/account/password' : next);
  const demo = isDemoDatabase();
  return (
    <main className="flex min-h-screen items-center justify-center bg-brand-900 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-xl">
        <h1 className="text-2xl font-bold text-brand-900">赛马</h1>
        <p className="mt-1 text-sm text-slate-600">工作竞赛看板 · 请登录</p>
        {demo && (
          <p className="mt-3 rounded bg-amber-100 px-2 py-1 text-xs text-amber-900">
            演示环境：可用 demo-admin、demo-leader、demo-reviewer、demo-lead、demo-viewer 登录，密码见 README。
          </p>
        )}
        <div className="mt-6">
          <LoginForm next={next === '/' ? undefined : next} />
        </div>
      </div>
    </main>
  );
}
