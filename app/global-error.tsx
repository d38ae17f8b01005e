'use client';

import './globals.css';

/** When even the root layout fails: the same Chinese message as app/error.tsx, in its own document. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <main className="mx-auto max-w-2xl px-6 py-10">
          <h1 className="text-xl font-semibold">系统暂时无法使用</h1>
          <p className="mt-2">服务器处理请求时出错，已保存的数据不受影响。请稍后刷新页面重试；如仍失败，请把下面的编号告知系统管理员。</p>
          {error.digest && <p className="mt-2 font-mono text-xs">错误编号：{error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
