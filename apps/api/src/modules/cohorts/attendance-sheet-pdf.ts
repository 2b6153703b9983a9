import { openA4Pdf } from '../../core/pdf/pdf-document';
import { writeFooterOnEveryPage } from '../../core/pdf/pdf-footer';
import { writeText } from '../../core/pdf/pdf-text';
import { PRINTOUT_PHRASES, type PrintoutLocale } from '../reporting/printout-phrases';
import type { AttendanceSheetDto } from './dtos/training-session.dto';

const write = writeText;

/**
 * The printable sign-in sheet of one session (pdfkit, with the certificate's embedded fonts): course, time
 * at the venue, place, then one row per officer (the name the officer-name function gave) with the mark so
 * far and a box to sign. Labels and marks in the reader's language (`locale`, `printout-phrases.ts`).
 */
export async function renderAttendanceSheetPdf(
  sheet: AttendanceSheetDto,
  stamp?: string,
  locale: PrintoutLocale = 'en',
): Promise<Buffer> {
  const p = PRINTOUT_PHRASES[locale];
  const a = p.attendanceSheet;
  const s = sheet.session;
  const { doc, fonts, done } = await openA4Pdf(a.documentTitle(s.courseTitle), locale);
  const when = `${s.venueTime.startsAt.replace('T', ' ')} – ${s.venueTime.endsAt.slice(11)} (${s.timeZone})`;
  const place = [s.venueName, s.venueAddress, s.onlineUrl].filter(Boolean).join(', ');
  doc.fillColor('#1d4e89').fontSize(11);
  write(doc, fonts, 'International Cyber Security Protection Alliance');
  doc.moveDown(0.5).fillColor('#111').fontSize(18);
  write(doc, fonts, a.title);
  doc.moveDown(0.3).fontSize(13);
  write(doc, fonts, s.courseTitle);
  doc.moveDown(0.3).fontSize(10);
  write(doc, fonts, a.session(s.position, when));
  if (place) write(doc, fonts, place);
  doc.moveDown(1);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columns = [
    { title: '#', x: left, w: 24 },
    { title: a.columns.officer, x: left + 28, w: width * 0.45 },
    { title: a.columns.mark, x: left + 32 + width * 0.45, w: 70 },
    { title: a.columns.signature, x: left + 110 + width * 0.45, w: width * 0.55 - 110 },
  ];
  // A name or mark too long for its column wraps, and its row grows.
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 45) doc.addPage();
    const y = doc.y;
    doc.fontSize(bold ? 10.5 : 10);
    let bottom = y;
    cells.forEach((text, i) => {
      write(doc, fonts, text, { x: columns[i].x, y }, { width: columns[i].w });
      bottom = Math.max(bottom, doc.y);
    });
    const rule = Math.max(y + 20, bottom + 4);
    doc
      .moveTo(left, rule)
      .lineTo(left + width, rule)
      .lineWidth(0.5)
      .stroke('#999');
    doc.x = left;
    doc.y = rule + 6;
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  sheet.entries.forEach((e, i) => row([String(i + 1), e.officerName, e.status ? p.attendanceMarks[e.status] : '', '']));
  if (stamp) writeFooterOnEveryPage(doc, fonts, stamp);
  doc.end();
  return done;
}
