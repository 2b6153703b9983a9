import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessPurpose, AttendanceStatus, CertificationStatus, EnrolmentStatus } from '@icspa/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { coded } from '../../core/errors/coded';
import { pageWindow } from '../../core/http/pagination.dto';
import { officerName } from '../identity/officer-name';
import { personSearchSql, searchQuery } from '../identity/person-search';
import { AccessLogService } from '../privacy/access-log.service';
import { csvLines, type CsvColumn, type CsvValue } from '../reporting/csv';
import { exportStampText } from '../reporting/export-stamp';
import { printoutLocale } from '../reporting/printout-phrases';
import type { ReaderLanguages } from '../translations/reader-languages';
import {
  EXPIRING_WITHIN_DAYS,
  type UnitRosterPageDto,
  type UnitRosterQueryDto,
  type TrainingRecordDto,
} from './dtos/training-record.dto';
import { renderTrainingRecordPdf } from './training-record-pdf';
import { TrainingRecordsPolicy } from './training-records.policy';
import {
  rosterWhere,
  selectOfficer,
  selectRecordAttendance,
  selectRecordCertifications,
  selectRecordEnrolments,
  selectRoster,
} from './training-records.queries';

const DAY_MS = 86400_000;

@Injectable()
export class TrainingRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
  ) {}

  /** One officer's whole training, as the reader may see it (404 outside their scope). */
  async record(
    user: AuthUser,
    officerId: string,
    purpose: AccessPurpose = 'training_record',
  ): Promise<TrainingRecordDto> {
    const manager = this.db.manager;
    const officer = await selectOfficer(manager, TrainingRecordsPolicy.officerScope(user), officerId);
    if (!officer) throw new NotFoundException(coded('training_record.not_found', 'officerId', 'no such officer'));
    const now = this.clock.now();
    const soon = new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS);
    const [enrolments, attendance, certifications] = await Promise.all([
      selectRecordEnrolments(manager, officer.id),
      selectRecordAttendance(manager, officer.id),
      selectRecordCertifications(manager, officer.id),
    ]);
    await this.accessLog.record(null, user, [officer.id], purpose, { type: 'training_record', id: officer.id });
    const name = (id: string, displayName: string, policeUnitId: string | null, isProtected: boolean) =>
      officerName({ id, displayName, policeUnitId, protected: isProtected }, user);
    return {
      officer: {
        id: officer.id,
        name: name(officer.id, officer.display_name, officer.police_unit_id, officer.protected),
        email: officer.email,
        role: officer.role,
        policeUnitId: officer.police_unit_id,
        policeUnitName: officer.police_unit_name,
        disabled: officer.disabled_at !== null,
        protected: officer.protected,
      },
      asOf: now.toISOString(),
      enrolments: enrolments.map((e) => ({
        id: e.id,
        cohortId: e.cohort_id,
        courseId: e.course_id,
        courseCode: e.course_code,
        courseTitle: e.course_title,
        status: e.status as EnrolmentStatus,
        progressPercent: e.progress_percent,
        startsAt: e.starts_at.toISOString(),
        endsAt: e.ends_at.toISOString(),
        deliveryMode: e.delivery_mode,
        language: e.language,
        completedAt: e.completed_at?.toISOString() ?? null,
        result: { attempts: e.attempts, bestScore: e.best_score, passed: e.passed },
        attendance: { sessions: e.sessions, present: e.present, late: e.late, absent: e.absent, excused: e.excused },
      })),
      attendance: attendance.map((a) => ({
        enrolmentId: a.enrolment_id,
        trainingSessionId: a.training_session_id,
        courseTitle: a.course_title,
        position: a.position,
        startsAt: a.starts_at.toISOString(),
        timeZone: a.time_zone,
        status: a.status as AttendanceStatus | null,
      })),
      certifications: certifications.map((c) => {
        const status: CertificationStatus =
          c.status === 'active' && c.expires_at <= now ? 'expired' : (c.status as CertificationStatus);
        const opens = new Date(c.expires_at.getTime() - c.recertification_window_days * DAY_MS);
        const inForce = status === 'active' && !c.renewed_by_id;
        return {
          id: c.id,
          programmeId: c.programme_id,
          programmeName: c.programme_name,
          status,
          issuedAt: c.issued_at.toISOString(),
          expiresAt: c.expires_at.toISOString(),
          recertificationOpensAt: opens.toISOString(),
          recertificationOpen: inForce && now >= opens,
          expiringSoon: inForce && c.expires_at <= soon,
          renewedById: c.renewed_by_id,
          revokedReason: c.revoked_reason,
          publicCode: c.public_code,
        };
      }),
      nominations: enrolments
        .filter((e) => e.nominated_by_id !== null)
        .map((e) => ({
          enrolmentId: e.id,
          courseTitle: e.course_title,
          startsAt: e.starts_at.toISOString(),
          nominatedBy: e.nominated_by_name
            ? name(e.nominated_by_id!, e.nominated_by_name, e.nominated_by_unit_id, !!e.nominated_by_protected)
            : null,
          nominatedAt: e.enrolled_at.toISOString(),
          status: e.status as EnrolmentStatus,
        })),
    };
  }

  /** The record as PDF, in the reader's language (labels and stamp; names and titles as stored). */
  async pdf(user: AuthUser, officerId: string, reader?: ReaderLanguages): Promise<Buffer> {
    const record = await this.record(user, officerId, 'training_record_export');
    const locale = printoutLocale(reader);
    const stamp = await exportStampText(this.db.manager, user, this.clock.now(), locale);
    return renderTrainingRecordPdf(record, stamp, locale);
  }

  /** The record as one CSV table (a line per enrolment, session, certification), formula-safe. */
  async csv(user: AuthUser, officerId: string): Promise<{ filename: string; lines: Iterable<string> }> {
    const r = await this.record(user, officerId, 'training_record_export');
    type Line = Record<string, CsvValue>;
    const lines: Line[] = [
      ...r.enrolments.map((e) => ({
        section: 'enrolment',
        title: e.courseTitle,
        code: e.courseCode,
        status: e.status,
        starts_at: e.startsAt,
        ends_at: e.endsAt,
        completed_at: e.completedAt,
        progress_percent: e.progressPercent,
        best_score: e.result.bestScore,
        passed: e.result.passed,
        attendance: `${e.attendance.present + e.attendance.late}/${e.attendance.sessions}`,
        nominated_by: r.nominations.find((n) => n.enrolmentId === e.id)?.nominatedBy ?? null,
      })),
      ...r.attendance.map((a) => ({
        section: 'attendance',
        title: `${a.courseTitle} #${a.position}`,
        status: a.status,
        starts_at: a.startsAt,
      })),
      ...r.certifications.map((c) => ({
        section: 'certification',
        title: c.programmeName,
        code: c.publicCode,
        status: c.status,
        starts_at: c.issuedAt,
        expires_at: c.expiresAt,
        recertification_opens_at: c.recertificationOpensAt,
      })),
    ];
    const keys = [
      'section',
      'title',
      'code',
      'status',
      'starts_at',
      'ends_at',
      'completed_at',
      'progress_percent',
      'best_score',
      'passed',
      'attendance',
      'nominated_by',
      'expires_at',
      'recertification_opens_at',
    ];
    const columns: CsvColumn<Line>[] = [
      { header: 'officer', value: () => r.officer.name },
      ...keys.map((key) => ({ header: key, value: (line: Line) => line[key] ?? null })),
    ];
    const stamp = await exportStampText(this.db.manager, user, this.clock.now());
    return { filename: `training-record-${r.officer.id}.csv`, lines: csvLines(columns, lines, stamp) };
  }

  /** The unit roster: the records the reader may see, a line each, filtered, by name. */
  async roster(user: AuthUser, query: UnitRosterQueryDto): Promise<InstanceType<typeof UnitRosterPageDto>> {
    const { page, pageSize, skip } = pageWindow(query);
    const now = this.clock.now();
    const where = TrainingRecordsPolicy.officerScope(user);
    const q = searchQuery(query.q);
    const filter = {
      status: query.status,
      programmeId: query.programmeId,
      search: q ? personSearchSql(q, (v) => where.param(v)) : null,
      now,
      expiringBefore: new Date(now.getTime() + (query.withinDays ?? EXPIRING_WITHIN_DAYS) * DAY_MS),
    };
    rosterWhere(where, filter, query.policeUnitId);
    const { rows, total } = await selectRoster(this.db.manager, where, filter, { limit: pageSize, offset: skip });
    await this.accessLog.record(
      null,
      user,
      rows.map((r) => r.id),
      'unit_roster',
      null,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: officerName(
          { id: r.id, displayName: r.display_name, policeUnitId: r.police_unit_id, protected: r.protected },
          user,
        ),
        protected: r.protected,
        email: r.email,
        role: r.role,
        disabled: r.disabled,
        activeCourses: r.active_courses,
        completedCourses: r.completed_courses,
        certificationsValid: r.certifications_valid,
        certificationsExpiring: r.certifications_expiring,
        certificationsExpired: r.certifications_expired,
        nextExpiry: r.next_expiry?.toISOString() ?? null,
      })),
      total,
      page,
      pageSize,
    };
  }
}
