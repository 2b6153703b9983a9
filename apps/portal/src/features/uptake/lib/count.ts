import { SUPPRESSED_COUNT } from '@icspa/domain';

/**
 * The number a count stands for when sorting, colouring or drawing: "<5" is somewhere from 1 to 4, so it
 * sorts between 0 and 5 (as 2.5); anything unreadable is nothing (`null`).
 */
export function countValue(count: number | string | null | undefined): number | null {
  if (typeof count === 'number') return Number.isFinite(count) ? count : null;
  if (count === SUPPRESSED_COUNT) return 2.5;
  if (typeof count === 'string' && count.trim() !== '') {
    const n = Number(count);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Whether the count was hidden ("<5"). */
export function isSuppressed(count: number | string | null | undefined): boolean {
  return count === SUPPRESSED_COUNT;
}

/** A count as text: a number formatted for the language, "<5" as it is. */
export function countText(count: number | string | null | undefined, formatNumber: (n: number) => string): string {
  if (typeof count === 'number') return formatNumber(count);
  return count ?? '';
}
