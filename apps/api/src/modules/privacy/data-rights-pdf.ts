import { openA4Pdf } from '../../core/pdf/pdf-document';
import { writeFooterOnEveryPage } from '../../core/pdf/pdf-footer';
import { writeText } from '../../core/pdf/pdf-text';
import { PRINTOUT_PHRASES, type PrintoutLocale } from '../reporting/printout-phrases';
import type { PersonalDataExport } from './data-rights.service';

/** What a table holds, in the reader's words; a table without a title (one the coverage gained since) as named. */
export function sectionTitle(table: string, locale: PrintoutLocale = 'en'): string {
  const sections: Record<string, string> = PRINTOUT_PHRASES[locale].personalData.sections;
  return Object.prototype.hasOwnProperty.call(sections, table) ? sections[table] : table.replace(/_/g, ' ');
}

const MAX_VALUE = 400;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/**
 * The readable subject-access export: the officer, then a section per kind of data (every table that holds a row
 * about them, empty kinds listed at the end), each row as its fields. pdfkit in the platform's embedded Noto fonts
 * (`core/pdf`), so names in Cyrillic, Chinese or any script the fonts cover print as written. The JSON export is
 * the complete, machine-readable form; long values are cut here at 400 characters. Every page carries the export
 * stamp (`stamp`: "Exported by … on …", `exportStampText`) at its foot, as every PDF export does. Headings and
 * labels are in the reader's language (`locale`, `printout-phrases.ts`); each row's table and column names stay as
 * in the JSON export (`enrolment #1`, `started_at: …`), so the two can be read side by side.
 */
export async function renderPersonalDataPdf(
  data: PersonalDataExport,
  stamp: string,
  locale: PrintoutLocale = 'en',
): Promise<Buffer> {
  const p = PRINTOUT_PHRASES[locale].personalData;
  const { doc, fonts, done } = await openA4Pdf(p.documentTitle(data.officer.name), locale);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const room = (needed: number) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - needed) doc.addPage();
    doc.x = left;
  };

  doc.fillColor('#1d4e89').fontSize(11);
  writeText(doc, fonts, 'International Cyber Security Protection Alliance');
  doc.moveDown(0.4).fillColor('#111').fontSize(18);
  writeText(doc, fonts, p.title);
  doc.moveDown(0.2).fontSize(14);
  writeText(doc, fonts, data.officer.name);
  doc.moveDown(0.2).fontSize(10).fillColor('#444');
  writeText(doc, fonts, [data.officer.policeUnitName, data.officer.email].filter(Boolean).join(' · '));
  writeText(doc, fonts, stamp);
  writeText(
    doc,
    fonts,
    data.officer.retentionYears === null ? p.retentionKept : p.retentionYears(data.officer.retentionYears),
  );
  writeText(doc, fonts, p.neverExported(data.secretsOmitted.join(', ')), undefined, { width });
  doc.fillColor('#111');

  const empty: string[] = [];
  for (const [table, rows] of Object.entries(data.tables)) {
    if (!rows.length) {
      empty.push(sectionTitle(table, locale));
      continue;
    }
    room(80);
    doc.moveDown(0.8).fillColor('#1d4e89').fontSize(13);
    writeText(doc, fonts, `${sectionTitle(table, locale)} (${rows.length})`);
    doc.fillColor('#111');
    rows.forEach((row, i) => {
      room(40);
      doc.moveDown(0.3).fontSize(9).fillColor('#666');
      writeText(doc, fonts, `${table} #${i + 1}`);
      doc.fillColor('#111');
      for (const [key, value] of Object.entries(row)) {
        room(20);
        writeText(doc, fonts, `${key}: ${cell(value)}`, undefined, { width });
      }
    });
  }
  room(60);
  doc.moveDown(0.8).fillColor('#1d4e89').fontSize(13);
  writeText(doc, fonts, p.emptyKinds);
  doc.fillColor('#444').fontSize(9);
  writeText(doc, fonts, empty.join(', ') || '—', undefined, { width });
  writeFooterOnEveryPage(doc, fonts, stamp);
  doc.end();
  return done;
}
