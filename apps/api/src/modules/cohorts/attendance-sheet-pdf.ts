import { openA4Pdf } from '../../core/pdf/pdf-document';
import { writeFooterOnEveryPage } from '../../core/pdf/pdf-footer';
import { writeText } from '../../core/pdf/pdf-text';
import type { AttendanceSheetDto } from './dtos/training-session.dto';

const MARKS: Record<string, string> = { present: 'Present', late: 'Late', absent: 'Absent', excused: 'Excused' };

const write = writeText;

/**
 * The printable sign-in sheet of one session (pdfkit, with the certificate's embedded fonts): course, time
 * at the venue, place, then one row per officer (the name the officer-name function gave) with the mark so
 * far and a box to sign.
 */
export async function renderAttendanceSheetPdf(sheet: AttendanceSheetDto, stamp?: string): Promise<Buffer> {
  const s = sheet.session;
  const { doc, fonts, done } = await openA4Pdf(`Attendance — ${s.courseTitle}`);
  const when = `${s.venueTime.startsAt.replace('T', ' ')} – ${s.venueTime.endsAt.slice(11)} (${s.timeZone})`;
  const place = [s.venueName, s.venueAddress, s.onlineUrl].filter(Boolean).join(', ');
  doc.fillColor('#1d4e89').fontSize(11);
  write(doc, fonts, 'International Cyber Security Protection Alliance');
  doc.moveDown(0.5).fillColor('#111').fontSize(18);
  write(doc, fonts, 'Attendance sheet');
  doc.moveDown(0.3).fontSize(13);
  write(doc, fonts, s.courseTitle);
  doc.moveDown(0.3).fontSize(10);
  write(doc, fonts, `Session ${s.position}: ${when}`);
  if (place) write(doc, fonts, place);
  doc.moveDown(1);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columns = [
    { title: '#', x: left, w: 24 },
    { title: 'Officer', x: left + 28, w: width * 0.45 },
    { title: 'Mark', x: left + 32 + width * 0.45, w: 70 },
    { title: 'Signature', x: left + 110 + width * 0.45, w: width * 0.55 - 110 },
  ];
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
    const y = doc.y;
    doc.fontSize(bold ? 10.5 : 10);
    cells.forEach((text, i) =>
      write(doc, fonts, text, { x: columns[i].x, y }, { width: columns[i].w, lineBreak: false, ellipsis: true }),
    );
    doc
      .moveTo(left, y + 20)
      .lineTo(left + width, y + 20)
      .lineWidth(0.5)
      .stroke('#999');
    doc.x = left;
    doc.y = y + 26;
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  sheet.entries.forEach((e, i) => row([String(i + 1), e.officerName, e.status ? MARKS[e.status] : '', '']));
  if (stamp) writeFooterOnEveryPage(doc, fonts, stamp);
  doc.end();
  return done;
}
