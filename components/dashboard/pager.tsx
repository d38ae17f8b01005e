import Link from 'next/link';
import type { TablePage } from '@/lib/views/paging';

/** 上一页/下一页 under a list shown one page at a time (the `pager` class, app/globals.css); `note` follows the count (e.g. what an export holds). */
export function Pager({ page, total, linked = true, note }: { page: TablePage; total: number; linked?: boolean; note?: string }) {
  return (
    <nav aria-label="分页" className="pager" data-testid="rows-hidden">
      <span>
        第{page.from + 1}—{page.to}项，共{total}项（第{page.page}/{page.pages}页{note ? `；${note}` : ''}）
      </span>
      {linked && page.page > 1 && (
        <Link href={page.href(page.page - 1)} prefetch={false}>
          上一页
        </Link>
      )}
      {linked && page.page < page.pages && (
        <Link href={page.href(page.page + 1)} prefetch={false}>
          下一页
        </Link>
      )}
    </nav>
  );
}
