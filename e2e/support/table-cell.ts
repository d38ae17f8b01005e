import type { Locator } from '@playwright/test';

/**
 * The cell of a dashboard table's row in the column keyed `key`: a column names its key once, on
 * its header (`col-<key>`), so the cell is the row's td at that header's position. Matches nothing
 * when the table has no such column.
 */
export function cell(row: Locator, key: string): Locator {
  const header = `ancestor::table[1]/thead/tr/th[@data-testid="col-${key}"]`;
  return row.locator(`xpath=td[${header} and position() = count(${header}/preceding-sibling::th) + 1]`);
}
