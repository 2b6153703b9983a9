import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@icspa/domain';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

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
