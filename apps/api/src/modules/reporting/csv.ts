/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic and Chinese names right. */
export const CSV_BOM = '\uFEFF';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null;
}

/** A cell: quoted when it holds a separator, quote or line break; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file line by line, so the response streams instead of building one string. */
export function* csvLines<T>(columns: CsvColumn<T>[], rows: Iterable<T>): Generator<string> {
  yield CSV_BOM + columns.map((c) => csvCell(c.header)).join(',') + '\r\n';
  for (const row of rows) yield columns.map((c) => csvCell(c.value(row))).join(',') + '\r\n';
}
