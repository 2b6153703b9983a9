import { MAX_PAGE_SIZE } from '@icspa/domain';

/** A page number from the URL: a positive integer, else 1. */
export function parsePage(value: string | null | undefined): number {
  if (!value || !/^\d+$/.test(value)) return 1;
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** How many pages `total` items fill, at least 1 (an empty list still has its first page). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/**
 * Every item of a paginated list, for pickers over short lists (courses, a unit's officers, trainers):
 * the first page tells how many more to ask for, and those are fetched together.
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number; pageSize: number }>,
  pageSize = MAX_PAGE_SIZE,
): Promise<T[]> {
  const first = await fetchPage(1, pageSize);
  const pages = pageCount(first.total, first.pageSize);
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => fetchPage(i + 2, pageSize)));
  return [first, ...rest].flatMap((p) => p.items);
}
