import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';

export default async function ForbiddenPage() {
  const user = await requireUser();
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">无权访问</h1>
      <p className="mt-2 text-slate-600">
        您（{user.displayName}）的账号没有打开该页面的权限，此次访问已记录。如需权限，请联系系统管理员。
      </p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        返回总览
      </Link>
    </main>
  );
}
