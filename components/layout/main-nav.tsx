'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { NavItem } from './nav-items';

/** Top navigation; keeps the selected period (?period=) when moving between pages. */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const period = useSearchParams().get('period');
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return (
    <nav aria-label="主导航" className="flex flex-wrap gap-1">
      {items.map((item) => {
        const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
        return (
          <Link key={item.href} href={`${item.href}${query}`} aria-current={active ? 'page' : undefined} className="nav-a">
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
