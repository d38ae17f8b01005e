import type { QueryParams } from '@/lib/views/paging';
import type { Table } from '@/lib/views/table';
import { DataTable } from '../data-table';

const WEAK_TABLE_HEIGHT = 440;

/** Rows of 弱项 per page: what the fixed box shows without scrolling. */
const WEAK_PAGE_SIZE = 12;

const exportQuery = (period: string) => `period=${period}`;

/** 弱项: lagging indicators and those in the bottom third of the counties, with the responsible unit. */
export function WeakItems({ table, period, params }: { table: Table; period: string; params: QueryParams }) {
  return (
    <DataTable
      table={table}
      exportQuery={exportQuery(period)}
      height={WEAK_TABLE_HEIGHT}
      empty="本期没有弱项指标"
      paging={{ path: '/', params }}
      pageSize={WEAK_PAGE_SIZE}
      className="xl:col-span-2 2xl:col-span-1"
    />
  );
}

/** Rows of 红榜 and 黄榜 per page: a list that grows with the district (ties, scores under 60) is paged. */
const HONOUR_PAGE_SIZE = 8;

/** 红榜 and 黄榜 of task forces. */
export function HonourLists({ red, yellow, period, params }: { red: Table; yellow: Table; period: string; params: QueryParams }) {
  const list = (table: Table, className: string, empty: string) => (
    <DataTable
      table={table}
      exportQuery={exportQuery(period)}
      className={className}
      empty={empty}
      paging={{ path: '/', params }}
      pageSize={HONOUR_PAGE_SIZE}
    />
  );
  return (
    <div className="space-y-4">
      {list(red, 'border-t-4 border-t-red-700', '本期无专班上红榜')}
      {list(yellow, 'border-t-4 border-t-amber-400', '本期无专班上黄榜')}
    </div>
  );
}

/** 本期变化: the largest rank movements of task forces. */
export function RankChanges({ table, period, empty }: { table: Table; period: string; empty: string }) {
  return <DataTable table={table} exportQuery={exportQuery(period)} empty={empty} />;
}
