import { buttonVariants } from '@/components/ui/button';
import { cn } from '@/lib/utils';

/** Downloads the table as .xlsx (a plain link: works without JavaScript). */
export function ExportLink({ table, query, title, className }: { table: string; query: string; title: string; className?: string }) {
  return (
    <a
      href={`/api/export/${table}${query ? `?${query}` : ''}`}
      download
      className={cn(buttonVariants({ variant: 'outline', size: 'sm' }), 'h-7 px-2 text-xs', className)}
      aria-label={`导出“${title}”为Excel`}
      data-testid={`export-${table}`}
    >
      <span aria-hidden>⤓</span>
      导出Excel
    </a>
  );
}
