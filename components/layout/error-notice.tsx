'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** An unexpected failure in plain Chinese, no stack trace; the digest helps find the server log line. */
export function ErrorNotice({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <Alert tone="error">
        <p className="text-base font-semibold">页面暂时无法显示</p>
        <p className="mt-1">系统处理请求时出错，数据未受影响。请稍后重试；如仍失败，请把下面的编号告知系统管理员。</p>
        {digest && <p className="mt-2 font-mono text-xs">错误编号：{digest}</p>}
        <Button className="mt-3" size="sm" onClick={reset}>
          重试
        </Button>
      </Alert>
    </div>
  );
}
