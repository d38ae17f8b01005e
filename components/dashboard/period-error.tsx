import Link from 'next/link';
import { Alert } from '@/components/ui/alert';

/** Shown instead of a page when ?period= is invalid or not opened: says what is wrong and how to fix it. */
export function PeriodError({ message, path }: { message: string; path: string }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <Alert tone="error">
        <p className="text-base font-semibold">无法显示该统计期</p>
        <p className="mt-1">{message}</p>
        <p className="mt-3">
          <Link className="font-medium text-brand-700 underline" href={path}>
            查看当前统计期
          </Link>
        </p>
      </Alert>
    </div>
  );
}
