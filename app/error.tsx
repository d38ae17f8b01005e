'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * Failures above the dashboard's own error page (its layout, the admin and account areas): a plain
 * Chinese message and the 错误编号 that the server log line carries; no stack trace.
 */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-2xl px-6 py-10">
      <Alert tone="error">
        <p className="text-base font-semibold">系统暂时无法使用</p>
        <p className="mt-1">服务器处理请求时出错，已保存的数据不受影响。请稍后重试；如仍失败，请把下面的编号告知系统管理员。</p>
        {error.digest && <p className="mt-2 font-mono text-xs">错误编号：{error.digest}</p>}
        <Button className="mt-3" size="sm" onClick={reset}>
          重试
        </Button>
      </Alert>
    </main>
  );
}
