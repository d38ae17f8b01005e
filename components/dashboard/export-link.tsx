import { clsx } from 'clsx';

/** Downloads the table as .xlsx (a plain link: works without JavaScript); styled by `xl-link` (app/globals.css). */
export function ExportLink({ table, query, title, className }: { table: string; query: string; title: string; className?: string }) {
  return (
    <a
      href={`/api/export/${table}${query ? `?${query}` : ''}`}
      download
      className={clsx('xl-link', className)}
      aria-label={`导出“${title}”为Excel`}
      data-testid={`export-${table}`}
    >
      <span aria-hidden>⤓</span>
      导出Excel
    </a>
  );
}
