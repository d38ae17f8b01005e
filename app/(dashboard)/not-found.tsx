import Link from 'next/link';

/** Not found inside the dashboard: the header (with the 年度 selector) stays, so another year can be chosen. */
export default function DashboardNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">未找到该页面</h1>
      <p className="mt-2 text-slate-600">链接可能有误，或该对象已被删除，或不属于页眉所选的年度（可在页眉“年度”中切换）。</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        返回总览
      </Link>
    </div>
  );
}
