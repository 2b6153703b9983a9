/** Sorting of table rows by a column's value: numbers, text, or nothing (always last). */

export type SortDirection = 'ascending' | 'descending';

/** What a column sorts by: a number, a text, or nothing at all (`null`), which goes last either way. */
export type SortValue = number | string | null | undefined;

/** Compares two sort values in the given direction; empty values go last in both directions. */
export function compareSortValues(
  a: SortValue,
  b: SortValue,
  direction: SortDirection,
  collator?: Intl.Collator,
): number {
  const aEmpty = a === null || a === undefined || (typeof a === 'number' && Number.isNaN(a));
  const bEmpty = b === null || b === undefined || (typeof b === 'number' && Number.isNaN(b));
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  let order: number;
  if (typeof a === 'number' && typeof b === 'number') order = a - b;
  else if (typeof a === 'number')
    order = -1; // numbers before text, should a column mix them
  else if (typeof b === 'number') order = 1;
  else order = collator ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;
  return direction === 'ascending' ? order : -order;
}

/** The rows in a new array, sorted by `value` (stable: equal rows keep their order). */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  direction: SortDirection,
  locale?: string,
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => compareSortValues(a.key, b.key, direction, collator) || a.index - b.index)
    .map((entry) => entry.row);
}
