import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  readOfficerImportFile,
  XLSX_MAX_ENTRIES,
  XLSX_MAX_UNPACKED_BYTES,
  zipWithinLimits,
} from './officer-import-file';

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Officers');
  sheet.addRow(['email', 'name']);
  sheet.addRow(['olena@police.example', 'Олена Коваленко']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusal(bytes: Buffer): Promise<{ status: number; code: string; field: string }> {
  const error = await readOfficerImportFile(bytes, 'xlsx').then(
    () => null,
    (e: { getStatus(): number; getResponse(): { code: string; field: string } }) => e,
  );
  if (!error) throw new Error('the file was read');
  return { status: error.getStatus(), code: error.getResponse().code, field: error.getResponse().field };
}

describe('officer import: workbooks that unpack to more than they may', () => {
  it('reads an ordinary workbook', async () => {
    const bytes = await workbook();
    expect(zipWithinLimits(bytes)).toBe(true);
    expect(await readOfficerImportFile(bytes, 'xlsx')).toEqual([
      { rowNumber: 2, email: 'olena@police.example', name: 'Олена Коваленко', language: '' },
    ]);
  });

  it('refuses, without inflating it, a small upload that unpacks past the limit (a zip bomb)', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    // One sheet of nothing but spaces: a few hundred KB compressed, past the limit unpacked.
    zip.file('xl/worksheets/sheet2.xml', Buffer.alloc(XLSX_MAX_UNPACKED_BYTES + 1, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(zipWithinLimits(bomb)).toBe(false);
    const started = process.hrtime.bigint();
    expect(await refusal(bomb)).toEqual({ status: 400, code: 'officer_import.unreadable', field: 'file' });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(500);
  });

  it('refuses a workbook of more entries than a workbook has, and bytes that are no zip at all', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    for (let i = 0; i < XLSX_MAX_ENTRIES; i++) zip.file(`xl/media/image${i}.png`, 'x');
    const many = await zip.generateAsync({ type: 'nodebuffer' });
    expect(zipWithinLimits(many)).toBe(false);
    expect(await refusal(many)).toMatchObject({ status: 400, code: 'officer_import.unreadable' });
    expect(zipWithinLimits(Buffer.from('email,name\n'))).toBe(false);
    expect(zipWithinLimits(Buffer.alloc(0))).toBe(false);
  });
});
