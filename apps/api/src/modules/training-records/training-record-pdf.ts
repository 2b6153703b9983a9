import { openA4Pdf } from '../../core/pdf/pdf-document';
import { writeFooterOnEveryPage } from '../../core/pdf/pdf-footer';
import { writeText } from '../../core/pdf/pdf-text';
import type { TrainingRecordDto } from './dtos/training-record.dto';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

interface Column {
  title: string;
  /** Share of the printable width. */
  share: number;
}

/**
 * The printable training record (pdfkit, in the platform's embedded fonts, so names and course titles in any
 * script the fonts cover print as written): the officer, then their enrolments with result and attendance,
 * certifications with expiry and recertification window, nominations and each session's mark. Labels are in
 * English, like the attendance sheet; dates are calendar days (UTC) of the record's `asOf`.
 */
export async function renderTrainingRecordPdf(record: TrainingRecordDto, stamp?: string): Promise<Buffer> {
  const { doc, fonts, done } = await openA4Pdf(`Training record — ${record.officer.name}`);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  const table = (heading: string, columns: Column[], rows: string[][], empty: string) => {
    doc.moveDown(0.8).fillColor('#1d4e89').fontSize(13);
    doc.x = left;
    writeText(doc, fonts, heading);
    doc.fillColor('#111').moveDown(0.3);
    const line = (cells: string[], bold = false) => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
      const y = doc.y;
      doc.fontSize(bold ? 9.5 : 9);
      let x = left;
      cells.forEach((text, i) => {
        const w = width * columns[i].share;
        writeText(doc, fonts, text, { x, y }, { width: w - 6, lineBreak: false, ellipsis: true });
        x += w;
      });
      doc
        .moveTo(left, y + 15)
        .lineTo(left + width, y + 15)
        .lineWidth(0.5)
        .stroke('#bbb');
      doc.x = left;
      doc.y = y + 19;
    };
    line(
      columns.map((c) => c.title),
      true,
    );
    if (!rows.length) line([empty, ...columns.slice(1).map(() => '')]);
    for (const row of rows) line(row);
  };

  doc.fillColor('#1d4e89').fontSize(11);
  writeText(doc, fonts, 'International Cyber Security Protection Alliance');
  doc.moveDown(0.4).fillColor('#111').fontSize(18);
  writeText(doc, fonts, 'Training record');
  doc.moveDown(0.2).fontSize(14);
  writeText(doc, fonts, record.officer.name);
  doc.moveDown(0.2).fontSize(10).fillColor('#444');
  writeText(doc, fonts, [record.officer.policeUnitName, record.officer.email].filter(Boolean).join(' · '));
  writeText(doc, fonts, `As of ${day(record.asOf)}`);
  doc.fillColor('#111');

  table(
    'Courses',
    [
      { title: 'Course', share: 0.36 },
      { title: 'Run', share: 0.2 },
      { title: 'Status', share: 0.14 },
      { title: 'Result', share: 0.15 },
      { title: 'Attendance', share: 0.15 },
    ],
    record.enrolments.map((e) => [
      `${e.courseCode} ${e.courseTitle}`,
      `${day(e.startsAt)} – ${day(e.endsAt)}`,
      e.status.replace(/_/g, ' '),
      e.result.bestScore === null ? '—' : `${e.result.bestScore}% ${e.result.passed ? 'passed' : 'not passed'}`,
      e.attendance.sessions ? `${e.attendance.present + e.attendance.late}/${e.attendance.sessions}` : '—',
    ]),
    'No courses yet',
  );
  table(
    'Certifications',
    [
      { title: 'Programme', share: 0.36 },
      { title: 'Status', share: 0.14 },
      { title: 'Issued', share: 0.15 },
      { title: 'Expires', share: 0.15 },
      { title: 'Recertify from', share: 0.2 },
    ],
    record.certifications.map((c) => [
      c.programmeName,
      c.renewedById ? 'renewed' : c.status,
      day(c.issuedAt),
      day(c.expiresAt),
      day(c.recertificationOpensAt),
    ]),
    'No certifications yet',
  );
  table(
    'Nominations',
    [
      { title: 'Course', share: 0.4 },
      { title: 'Nominated by', share: 0.3 },
      { title: 'On', share: 0.15 },
      { title: 'Status', share: 0.15 },
    ],
    record.nominations.map((n) => [
      n.courseTitle,
      n.nominatedBy ?? '—',
      day(n.nominatedAt),
      n.status.replace(/_/g, ' '),
    ]),
    'No nominations',
  );
  table(
    'Sessions attended',
    [
      { title: 'Course and session', share: 0.55 },
      { title: 'Date', share: 0.25 },
      { title: 'Mark', share: 0.2 },
    ],
    record.attendance.map((a) => [`${a.courseTitle} #${a.position}`, day(a.startsAt), a.status ?? 'not marked']),
    'No sessions',
  );
  if (stamp) writeFooterOnEveryPage(doc, fonts, stamp);
  doc.end();
  return done;
}
