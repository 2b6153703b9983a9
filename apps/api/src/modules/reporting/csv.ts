import { type Options, stringify } from 'csv-stringify/sync';

/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic and Chinese names right. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/**
 * Text that a spreadsheet would run as a formula is prefixed with ' (the product's own rule, kept instead of
 * csv-stringify's `escape_formulas`, which also escapes full-width signs and spares numbers only).
 */
const guardFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * csv-stringify, set up as the exports have always been written: comma-separated, a cell quoted only when
 * it holds a separator, quote or line break, CRLF after every line, booleans as `true`/`false`, null empty.
 */
const OPTIONS: Options = {
  record_delimiter: '\r\n',
  // Set, the record delimiter alone would be quoted; a lone \n or \r in a cell must be quoted too.
  quote_record_delimiter: true,
  cast: { string: guardFormula, boolean: (value) => String(value) },
};

/** One line of cells, ended by CRLF. */
const csvLine = (cells: CsvValue[]) => stringify([cells], OPTIONS);

/** A cell: quoted when it holds a separator, quote or line break; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: CsvValue): string {
  return stringify([[value]], { ...OPTIONS, eof: false });
}

/** The first cell of an export's last line: the stamp saying who exported the file and when. */
export const CSV_STAMP_PREFIX = '# ';

/**
 * The file line by line, so the response streams instead of building one string. With `stamp` ("Exported by …
 * on …"), the file ends with one more line: the stamp in its first cell after `# `, the other cells empty, so the
 * header stays the first line (spreadsheets and `columns: true` parsers read the file as before) and a parser
 * that insists on equal line lengths still reads it.
 */
export function* csvLines<T>(columns: CsvColumn<T>[], rows: Iterable<T>, stamp?: string): Generator<string> {
  yield CSV_BOM + csvLine(columns.map((c) => c.header));
  for (const row of rows) yield csvLine(columns.map((c) => c.value(row)));
  if (stamp !== undefined) yield csvLine([`${CSV_STAMP_PREFIX}${stamp}`, ...columns.slice(1).map(() => '')]);
}
