import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sortRows, type SortDirection, type SortValue } from '@/lib/sort';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-align numbers and dates. */
  numeric?: boolean;
  /** Makes the column sortable by this value (its header becomes a button); empty values sort last. */
  sortValue?: (row: T) => SortValue;
}

export interface TableSort {
  key: string;
  direction: SortDirection;
}

interface TableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty: string;
  /** A newer page is loading; the current rows stay visible meanwhile. */
  busy?: boolean;
  /** The order before the reader picks a column (sortable columns only). */
  initialSort?: TableSort;
  /** Rows after the sorted ones, never sorted (a total). */
  footer?: readonly T[];
}

/**
 * A data table in a scrollable, keyboard-reachable region (narrow screens scroll it sideways). Columns
 * with a `sortValue` sort on a click of their header, the order said by `aria-sort`: numbers start with
 * the largest, text from A.
 */
export function Table<T>({ caption, columns, rows, rowKey, empty, busy = false, initialSort, footer }: TableProps<T>) {
  const { i18n } = useTranslation();
  const captionId = useId();
  const [sort, setSort] = useState<TableSort | undefined>(initialSort);
  const sortColumn = sort ? columns.find((c) => c.key === sort.key && c.sortValue) : undefined;
  const sorted = useMemo(
    () =>
      sort && sortColumn?.sortValue
        ? sortRows(rows, sortColumn.sortValue, sort.direction, i18n.resolvedLanguage ?? i18n.language)
        : rows,
    [rows, sort, sortColumn, i18n.resolvedLanguage, i18n.language],
  );
  const sortBy = (column: Column<T>) =>
    setSort((current) =>
      current?.key === column.key
        ? { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key: column.key, direction: column.numeric ? 'descending' : 'ascending' },
    );

  const renderRow = (row: T) => (
    <tr key={rowKey(row)}>
      {columns.map((c) => (
        <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
          {c.cell(row)}
        </td>
      ))}
    </tr>
  );

  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={busy ? 'table table--busy' : 'table'} aria-busy={busy}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sortColumn?.key === c.key ? sort?.direction : undefined;
              return (
                <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined} aria-sort={active}>
                  {c.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => sortBy(c)}>
                      {c.header}
                      <span className="sort-button__icon" aria-hidden="true">
                        {active === 'ascending' ? '▲' : active === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            sorted.map(renderRow)
          )}
        </tbody>
        {footer && footer.length > 0 ? <tfoot>{footer.map(renderRow)}</tfoot> : null}
      </table>
    </div>
  );
}
