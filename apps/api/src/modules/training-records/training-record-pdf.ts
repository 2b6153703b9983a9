import { openA4Pdf } from '../../core/pdf/pdf-document';
import { writeFooterOnEveryPage } from '../../core/pdf/pdf-footer';
import { writeText } from '../../core/pdf/pdf-text';
import { PRINTOUT_PHRASES, type PrintoutLocale } from '../reporting/printout-phrases';
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
 * certifications with expiry and recertification window, nominations and each session's mark. Labels, statuses and
 * marks are in the reader's language (`locale`, `printout-phrases.ts`; `stamp` made in the same language); dates
 * are calendar days (UTC) of the record's `asOf`.
 */
export async function renderTrainingRecordPdf(
  record: TrainingRecordDto,
  stamp?: string,
  locale: PrintoutLocale = 'en',
): Promise<Buffer> {
  const p = PRINTOUT_PHRASES[locale];
  const r = p.trainingRecord;
  const { doc, fonts, done } = await openA4Pdf(r.documentTitle(record.officer.name), locale);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  const table = (heading: string, columns: Column[], rows: string[][], empty: string) => {
    doc.moveDown(0.8).fillColor('#1d4e89').fontSize(13);
    doc.x = left;
    writeText(doc, fonts, heading);
    doc.fillColor('#111').moveDown(0.3);
    // A cell too long for its column (a long title, a status word in a longer language) wraps, and its row grows.
    const line = (cells: string[], bold = false) => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 45) doc.addPage();
      const y = doc.y;
      doc.fontSize(bold ? 9.5 : 9);
      let x = left;
      let bottom = y;
      cells.forEach((text, i) => {
        const w = width * columns[i].share;
        writeText(doc, fonts, text, { x, y }, { width: w - 6 });
        bottom = Math.max(bottom, doc.y);
        x += w;
      });
      const rule = Math.max(y + 15, bottom + 2);
      doc
        .moveTo(left, rule)
        .lineTo(left + width, rule)
        .lineWidth(0.5)
        .stroke('#bbb');
      doc.x = left;
      doc.y = rule + 4;
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
  writeText(doc, fonts, r.title);
  doc.moveDown(0.2).fontSize(14);
  writeText(doc, fonts, record.officer.name);
  doc.moveDown(0.2).fontSize(10).fillColor('#444');
  writeText(doc, fonts, [record.officer.policeUnitName, record.officer.email].filter(Boolean).join(' · '));
  writeText(doc, fonts, r.asOf(day(record.asOf)));
  doc.fillColor('#111');

  const c = r.columns;
  table(
    r.courses,
    [
      { title: c.course, share: 0.36 },
      { title: c.run, share: 0.2 },
      { title: c.status, share: 0.14 },
      { title: c.result, share: 0.15 },
      { title: c.attendance, share: 0.15 },
    ],
    record.enrolments.map((e) => [
      `${e.courseCode} ${e.courseTitle}`,
      `${day(e.startsAt)} – ${day(e.endsAt)}`,
      p.enrolmentStatuses[e.status],
      e.result.bestScore === null ? '—' : (e.result.passed ? r.passed : r.notPassed)(e.result.bestScore),
      e.attendance.sessions ? `${e.attendance.present + e.attendance.late}/${e.attendance.sessions}` : '—',
    ]),
    r.noCourses,
  );
  table(
    r.certifications,
    [
      { title: c.programme, share: 0.36 },
      { title: c.status, share: 0.14 },
      { title: c.issued, share: 0.15 },
      { title: c.expires, share: 0.15 },
      { title: c.recertifyFrom, share: 0.2 },
    ],
    record.certifications.map((cert) => [
      cert.programmeName,
      cert.renewedById ? r.renewed : p.certificationStatuses[cert.status],
      day(cert.issuedAt),
      day(cert.expiresAt),
      day(cert.recertificationOpensAt),
    ]),
    r.noCertifications,
  );
  table(
    r.nominations,
    [
      { title: c.course, share: 0.4 },
      { title: c.nominatedBy, share: 0.3 },
      { title: c.on, share: 0.15 },
      { title: c.status, share: 0.15 },
    ],
    record.nominations.map((n) => [
      n.courseTitle,
      n.nominatedBy ?? '—',
      day(n.nominatedAt),
      p.enrolmentStatuses[n.status],
    ]),
    r.noNominations,
  );
  table(
    r.sessions,
    [
      { title: c.courseAndSession, share: 0.55 },
      { title: c.date, share: 0.25 },
      { title: c.mark, share: 0.2 },
    ],
    record.attendance.map((a) => [
      `${a.courseTitle} #${a.position}`,
      day(a.startsAt),
      a.status ? p.attendanceMarks[a.status] : r.notMarked,
    ]),
    r.noSessions,
  );
  if (stamp) writeFooterOnEveryPage(doc, fonts, stamp);
  doc.end();
  return done;
}
