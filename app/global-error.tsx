'use client';

import './globals.css';
import { ErrorNotice } from '@/components/layout/error-notice';

/** A failure of the root layout itself: Next's own page would be in English. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <ErrorNotice digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
