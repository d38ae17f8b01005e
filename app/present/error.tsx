'use client';

import Link from 'next/link';

/** A deck that cannot be built (e.g. a slide names a competition that no longer exists): say so plainly. */
export default function PresentError({ error }: { error: Error & { digest?: string } }) {
  return (
    <main className="mx-auto max-w-2xl p-10">
      <h1 className="text-2xl font-bold">无法演示该会议</h1>
      <p className="mt-3">幻灯片生成时出错，数据未受影响。请返回会议页检查幻灯片设置后重试；如仍失败，请把下面的编号告知系统管理员。</p>
      {error.digest && <p className="mt-2 font-mono text-xs">错误编号：{error.digest}</p>}
      <p className="mt-4">
        <Link className="text-brand-700 underline" href="/meetings">
          返回会议列表
        </Link>
      </p>
    </main>
  );
}
