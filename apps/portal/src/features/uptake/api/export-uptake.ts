import type { UptakeTable } from '@icspa/domain';
import { filterQuery, type UptakeScopeFilter } from './uptake-filter';
import type { UptakeLevel } from './get-uptake';

/**
 * A table of the dashboard as a CSV file, with the same filters as on screen. A plain link downloads it:
 * the browser sends the session cookie, and the API streams the file and names it.
 */
export function uptakeExportHref(table: UptakeTable, filter: UptakeScopeFilter & { level?: UptakeLevel } = {}): string {
  const search = new URLSearchParams({ table, ...filterQuery(filter) });
  return `/api/reporting/uptake/export?${search.toString()}`;
}
