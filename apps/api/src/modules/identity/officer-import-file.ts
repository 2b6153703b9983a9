import { BadRequestException } from '@nestjs/common';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { OFFICER_IMPORT_MAX_ROWS, type OfficerImportColumn } from '@icspa/domain';
import { coded } from '../../core/errors/coded';

export type OfficerImportFormat = 'csv' | 'xlsx';

/** One officer's line of a file, its cells as text (trimmed), numbered as a spreadsheet numbers it (header = 1). */
export interface OfficerImportLine {
  rowNumber: number;
  email: string;
  name: string;
  language: string;
}

/** Headers each column is known by (compared lower-case, with spaces, `-` and `_` removed). */
const HEADER_ALIASES: Record<OfficerImportColumn, string[]> = {
  email: ['email', 'mail', 'emailaddress'],
  name: ['name', 'fullname', 'displayname'],
  language: ['language', 'locale', 'lang'],
};

const headerKey = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, '');

function columnIndexes(header: string[]): Record<OfficerImportColumn, number> {
  const keys = header.map(headerKey);
  const find = (column: OfficerImportColumn) => keys.findIndex((k) => HEADER_ALIASES[column].includes(k));
  const found = { email: find('email'), name: find('name'), language: find('language') };
  for (const column of ['email', 'name'] as const) {
    if (found[column] < 0)
      throw new BadRequestException(
        coded('officer_import.missing_column', 'file', `has no ${column} column in its first row`, { column }),
      );
  }
  return found;
}

const tooManyRows = () =>
  new BadRequestException(
    coded('officer_import.too_many_rows', 'file', `holds more than ${OFFICER_IMPORT_MAX_ROWS} rows`, {
      max: OFFICER_IMPORT_MAX_ROWS,
    }),
  );

const unreadable = (format: OfficerImportFormat) =>
  new BadRequestException(coded('officer_import.unreadable', 'file', `is not a readable ${format} file`, { format }));

/** Rows of cells (header first) into officers' lines, leaving out blank rows; refuses a missing column or no rows. */
function toLines(records: Array<{ number: number; cells: string[] }>): OfficerImportLine[] {
  const nonBlank = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonBlank.length === 0) throw new BadRequestException(coded('officer_import.empty', 'file', 'holds no officers'));
  const [header, ...rows] = nonBlank;
  const at = columnIndexes(header.cells);
  if (rows.length > OFFICER_IMPORT_MAX_ROWS) throw tooManyRows();
  if (rows.length === 0) throw new BadRequestException(coded('officer_import.empty', 'file', 'holds no officers'));
  // PostgreSQL text cannot hold NUL: it becomes U+FFFD, which the row checks refuse like any control character.
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim().replaceAll('\u0000', '\uFFFD') : '');
  return rows.map((r) => ({
    rowNumber: r.number,
    email: cell(r.cells, at.email),
    name: cell(r.cells, at.name),
    language: cell(r.cells, at.language),
  }));
}

/** `;` or `,`: whichever the header line holds more of outside quotes (Excel in much of Europe writes `;`). */
export function csvDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The file's text: UTF-8, with or without a byte-order mark; anything else is refused rather than misread. */
function utf8Text(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new BadRequestException(coded('officer_import.wrong_encoding', 'file', 'is not UTF-8 text'));
  }
}

async function csvRecords(bytes: Buffer): Promise<Array<{ number: number; cells: string[] }>> {
  const text = utf8Text(bytes);
  const records: Array<{ number: number; cells: string[] }> = [];
  await new Promise<void>((resolve, reject) => {
    // One header and up to the limit plus one (blank rows aside, which parse as one empty cell): enough to know the file is too long.
    const stream = parseString<string[], string[]>(text, {
      delimiter: csvDelimiter(text),
      headers: false,
      ignoreEmpty: false,
    });
    let blank = 0;
    stream.on('data', (cells: string[]) => {
      records.push({ number: records.length + 1, cells });
      if (cells.length === 1 && cells[0].trim() === '') blank++;
      if (records.length - blank > OFFICER_IMPORT_MAX_ROWS + 1) {
        stream.destroy();
        reject(tooManyRows());
      }
    });
    stream.on('error', () => reject(unreadable('csv')));
    stream.on('end', () => resolve());
  });
  return records;
}

/** A cell of a workbook as the text it shows; a formula stays its text (`=…`), never its result. */
export function xlsxCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
    return `=${formula ?? ''}`;
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : xlsxCellText(value.text as never);
  if ('error' in value) return String(value.error);
  return '';
}

/** What a workbook may unpack to: a 20,000-row sheet of names and e-mails is a few MB; more is refused unread. */
export const XLSX_MAX_ENTRIES = 64;
export const XLSX_MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Whether a zip's central directory stays within the limits above (entries, total unpacked size), read from
 * the directory alone before anything is inflated: a small upload that unpacks to gigabytes (a zip bomb) is
 * refused without being read. ZIP64 (sizes past 4 GB) and a missing directory are refused too.
 */
export function zipWithinLimits(bytes: Buffer): boolean {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return false;
  const entries = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (entries > XLSX_MAX_ENTRIES || entries === 0xffff || offset === 0xffffffff) return false;
  let at = offset;
  let unpacked = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return false;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return false;
    unpacked += size;
    if (unpacked > XLSX_MAX_UNPACKED_BYTES) return false;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return true;
}

async function xlsxRecords(bytes: Buffer): Promise<Array<{ number: number; cells: string[] }>> {
  const records: Array<{ number: number; cells: string[] }> = [];
  if (!zipWithinLimits(bytes)) throw unreadable('xlsx');
  // Blank rows count too: a sheet of millions of empty rows is as long as one of officers.
  let rowsRead = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    // The first worksheet only; reading stops once the file is known to be too long.
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = Array.from(values, (v) => xlsxCellText(v as ExcelJS.CellValue));
        if (cells.some((c) => c.trim() !== '')) records.push({ number: row.number, cells });
        if (records.length > OFFICER_IMPORT_MAX_ROWS + 1 || ++rowsRead > 2 * OFFICER_IMPORT_MAX_ROWS)
          throw tooManyRows();
      }
      break;
    }
  } catch (error) {
    if (error instanceof BadRequestException) throw error;
    throw unreadable('xlsx');
  }
  return records;
}

/**
 * Reads a unit's officers from a CSV (UTF-8 with or without BOM, `;` or `,`) or XLSX file (its first sheet):
 * a header row naming `email`, `name` and optionally `language`, then one officer a row. Every cell is kept
 * as text: nothing is evaluated, and a formula in a workbook is read as its text. Refuses (400, field `file`)
 * a file that is not UTF-8, unreadable, without the columns, empty, or longer than the row limit (found
 * while reading, which then stops).
 */
export async function readOfficerImportFile(bytes: Buffer, format: OfficerImportFormat): Promise<OfficerImportLine[]> {
  return toLines(format === 'csv' ? await csvRecords(bytes) : await xlsxRecords(bytes));
}
