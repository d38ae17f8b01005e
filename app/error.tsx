'use client';

import { ErrorNotice } from '@/components/layout/error-notice';

/** Unexpected failures of pages outside the dashboard (administration, account, login, 通报). */
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice digest={error.digest} reset={reset} />;
}
