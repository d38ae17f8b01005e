'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEarlyChoice } from './early-choice';

/** Chooses the period; the choice lives in the URL (?period=YYYY-MM) so a link reproduces the view. */
export function PeriodSelect({ periods, current }: { periods: { value: string; label: string }[]; current: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const selected = params.get('period') ?? current;
  const shown = periods.some((p) => p.value === selected) ? selected : current;
  const choose = (period: string) => {
    const next = new URLSearchParams(params.toString());
    next.set('period', period);
    router.push(`${pathname}?${next.toString()}`);
  };
  const ref = useEarlyChoice(shown, choose);
  return (
    <label className="flex items-center gap-2 text-sm text-brand-100">
      <span>统计期</span>
      <select
        aria-label="统计期"
        className="h-8 rounded-md border border-brand-600 bg-brand-800 px-2 text-sm text-white"
        ref={ref}
        autoComplete="off"
        value={shown}
        onChange={(e) => choose(e.target.value)}
      >
        {periods.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
