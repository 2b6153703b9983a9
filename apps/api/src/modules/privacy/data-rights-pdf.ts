import { openA4Pdf } from '../../core/pdf/pdf-document';
import { writeFooterOnEveryPage } from '../../core/pdf/pdf-footer';
import { writeText } from '../../core/pdf/pdf-text';
import type { PersonalDataExport } from './data-rights.service';

/** What each table holds, in a reader's words (English, like every printout's labels). */
const SECTION_TITLES: Record<string, string> = {
  account_link: 'Invitations and password resets',
  app_user: 'Account',
  assessment_attempt: 'Assessment attempts',
  assignment: 'Teaching assignments',
  attendance: 'Attendance',
  audit_event: 'Audit log entries',
  calendar_feed: 'Calendar feeds',
  capability_grant: 'Capabilities granted',
  certification: 'Certifications',
  cohort: 'Cohorts taught',
  cohort_named_roster: 'Named rosters opted in',
  competency_revision: 'Competency edits',
  country_priority: 'Country priorities set',
  email_message: 'E-mails',
  enrolment: 'Enrolments',
  lesson_completion: 'Lessons completed',
  local_trainer_application: 'Local trainer applications',
  needs_assessment: 'Needs assessments',
  notification: 'Notifications',
  notification_preference: 'Notification settings',
  officer_import: 'Officer imports made',
  officer_import_row: 'Officer import lines',
  outbox_message: 'Queued jobs',
  personal_data_access: 'Who read this data',
  session: 'Sign-in sessions',
  trainer_booking: 'Trainer bookings',
  trainer_profile: 'Trainer profile',
  trainer_unavailability: 'Trainer unavailability',
  training_request: 'Training requests',
  translation: 'Translations edited',
  uptake_cohort: 'Uptake figures (cohorts)',
  uptake_officer: 'Uptake figures (officer)',
  uptake_officer_course: 'Uptake figures (courses)',
  wallet_offer: 'Wallet offers',
  workplan: 'Workplans',
};

export function sectionTitle(table: string): string {
  return SECTION_TITLES[table] ?? table.replace(/_/g, ' ');
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
 * stamp (`stamp`: "Exported by … on …", `exportStampText`) at its foot, as every PDF export does.
 */
export async function renderPersonalDataPdf(data: PersonalDataExport, stamp: string): Promise<Buffer> {
  const { doc, fonts, done } = await openA4Pdf(`Personal data — ${data.officer.name}`);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const room = (needed: number) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - needed) doc.addPage();
    doc.x = left;
  };

  doc.fillColor('#1d4e89').fontSize(11);
  writeText(doc, fonts, 'International Cyber Security Protection Alliance');
  doc.moveDown(0.4).fillColor('#111').fontSize(18);
  writeText(doc, fonts, 'Personal data held about');
  doc.moveDown(0.2).fontSize(14);
  writeText(doc, fonts, data.officer.name);
  doc.moveDown(0.2).fontSize(10).fillColor('#444');
  writeText(doc, fonts, [data.officer.policeUnitName, data.officer.email].filter(Boolean).join(' · '));
  writeText(doc, fonts, stamp);
  writeText(
    doc,
    fonts,
    data.officer.retentionYears === null
      ? 'Retention: kept (no retention period set for the country)'
      : `Retention: erased ${data.officer.retentionYears} years after leaving the unit or being disabled`,
  );
  writeText(doc, fonts, `Never exported (secrets): ${data.secretsOmitted.join(', ')}`, undefined, { width });
  doc.fillColor('#111');

  const empty: string[] = [];
  for (const [table, rows] of Object.entries(data.tables)) {
    if (!rows.length) {
      empty.push(sectionTitle(table));
      continue;
    }
    room(80);
    doc.moveDown(0.8).fillColor('#1d4e89').fontSize(13);
    writeText(doc, fonts, `${sectionTitle(table)} (${rows.length})`);
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
  writeText(doc, fonts, 'Kinds of data holding nothing about the officer');
  doc.fillColor('#444').fontSize(9);
  writeText(doc, fonts, empty.join(', ') || '—', undefined, { width });
  writeFooterOnEveryPage(doc, fonts, stamp);
  doc.end();
  return done;
}
