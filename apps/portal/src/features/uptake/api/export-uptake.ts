import type { UptakeTable } from '@icspa/domain';
import { useQuery } from '@tanstack/react-query';
import { downloadSizeQueryOptions } from '@/lib/download-size';
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

/** The size of a CSV export (a `HEAD` request to its link), for "Download CSV (3 kB)"; undefined until known. */
export function useUptakeExportSize(href: string): number | null | undefined {
  return useQuery(downloadSizeQueryOptions(href)).data;
}
