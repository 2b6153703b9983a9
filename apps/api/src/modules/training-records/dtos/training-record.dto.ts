import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTENDANCE_STATUSES,
  CERTIFICATION_STATUSES,
  type AttendanceStatus,
  ENROLMENT_STATUSES,
  type CertificationStatus,
  type EnrolmentStatus,
} from '@icspa/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';

/** The roster's status filters. */
export const ROSTER_STATUSES = ['expiring', 'never_trained'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** How far ahead "expiring" looks, in days, from the application's clock. */
export const EXPIRING_WITHIN_DAYS = 60;

export class TrainingRecordOfficerDto {
  @ApiProperty({ format: 'uuid', description: 'The officer' })
  id: string;

  @ApiProperty({ description: 'Their name, as the reader may see it (through the one naming function)' })
  name: string;

  @ApiProperty({ description: 'Their e-mail address' })
  email: string;

  @ApiProperty({ description: 'officer or coordinator' })
  role: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Their police unit' })
  policeUnitId: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Their police unit’s name' })
  policeUnitName: string | null;

  @ApiProperty({ description: 'Whether the account is disabled' })
  disabled: boolean;

  @ApiProperty({ description: 'A protected officer: their name never leaves their unit and the alliance admins' })
  protected: boolean;
}

export class TrainingRecordResultDto {
  @ApiProperty({ description: 'Submitted assessment attempts' })
  attempts: number;

  @ApiProperty({ nullable: true, type: Number, description: 'Best score (percent), null before any attempt' })
  bestScore: number | null;

  @ApiProperty({ nullable: true, type: Boolean, description: 'Whether an attempt passed; null before any attempt' })
  passed: boolean | null;
}

export class TrainingRecordAttendanceSummaryDto {
  @ApiProperty({ description: 'Sessions of the cohort (cancelled ones not counted)' })
  sessions: number;

  @ApiProperty({ description: 'Marked present' })
  present: number;

  @ApiProperty({ description: 'Marked late' })
  late: number;

  @ApiProperty({ description: 'Marked absent' })
  absent: number;

  @ApiProperty({ description: 'Marked excused' })
  excused: number;
}

export class TrainingRecordEnrolmentDto {
  @ApiProperty({ format: 'uuid', description: 'The enrolment' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'Its cohort' })
  cohortId: string;

  @ApiProperty({ format: 'uuid', description: 'The course' })
  courseId: string;

  @ApiProperty({ description: 'Course code' })
  courseCode: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({ enum: ENROLMENT_STATUSES, description: 'Enrolment status' })
  status: EnrolmentStatus;

  @ApiProperty({ description: 'Lessons done, in percent' })
  progressPercent: number;

  @ApiProperty({ format: 'date-time', description: 'Cohort start' })
  startsAt: string;

  @ApiProperty({ format: 'date-time', description: 'Cohort end' })
  endsAt: string;

  @ApiProperty({ description: 'Delivery mode of the cohort' })
  deliveryMode: string;

  @ApiProperty({ description: 'Language of the cohort' })
  language: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the course was completed' })
  completedAt: string | null;

  @ApiProperty({ description: 'Assessment result', type: TrainingRecordResultDto })
  result: TrainingRecordResultDto;

  @ApiProperty({ description: 'Attendance at the cohort’s sessions', type: TrainingRecordAttendanceSummaryDto })
  attendance: TrainingRecordAttendanceSummaryDto;
}

export class TrainingRecordAttendanceDto {
  @ApiProperty({ format: 'uuid', description: 'The enrolment' })
  enrolmentId: string;

  @ApiProperty({ format: 'uuid', description: 'The training session' })
  trainingSessionId: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({ description: 'Session number within the cohort' })
  position: number;

  @ApiProperty({ format: 'date-time', description: 'Session start' })
  startsAt: string;

  @ApiProperty({ description: 'IANA time zone of the venue' })
  timeZone: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'The mark; null: not marked yet' })
  status: AttendanceStatus | null;
}

export class TrainingRecordCertificationDto {
  @ApiProperty({ format: 'uuid', description: 'The certification' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'Its programme' })
  programmeId: string;

  @ApiProperty({ description: 'Programme name' })
  programmeName: string;

  @ApiProperty({
    enum: CERTIFICATION_STATUSES,
    description: 'Status at the application’s now (an active one past its expiry reads expired)',
  })
  status: CertificationStatus;

  @ApiProperty({ format: 'date-time', description: 'Issued' })
  issuedAt: string;

  @ApiProperty({ format: 'date-time', description: 'Expires' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time', description: 'The recertification window opens' })
  recertificationOpensAt: string;

  @ApiProperty({ description: 'Whether recertification is open now' })
  recertificationOpen: boolean;

  @ApiProperty({ description: `Whether it is in force and expires within ${EXPIRING_WITHIN_DAYS} days` })
  expiringSoon: boolean;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The certification that renewed it' })
  renewedById: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Why it was revoked' })
  revokedReason: string | null;

  @ApiProperty({ description: 'Public verification code' })
  publicCode: string;
}

export class TrainingRecordNominationDto {
  @ApiProperty({ format: 'uuid', description: 'The enrolment the nomination made' })
  enrolmentId: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({ format: 'date-time', description: 'Cohort start' })
  startsAt: string;

  @ApiProperty({ nullable: true, type: String, description: 'Who nominated (null: an account no longer known)' })
  nominatedBy: string | null;

  @ApiProperty({ format: 'date-time', description: 'When' })
  nominatedAt: string;

  @ApiProperty({ enum: ENROLMENT_STATUSES, description: 'What became of it' })
  status: EnrolmentStatus;
}

export class TrainingRecordDto {
  @ApiProperty({ type: TrainingRecordOfficerDto, description: 'Whose record it is' })
  officer: TrainingRecordOfficerDto;

  @ApiProperty({ format: 'date-time', description: 'The application’s now, which statuses are read at' })
  asOf: string;

  @ApiProperty({ type: [TrainingRecordEnrolmentDto], description: 'Every enrolment, newest run first' })
  enrolments: TrainingRecordEnrolmentDto[];

  @ApiProperty({ type: [TrainingRecordAttendanceDto], description: 'Every session of seated enrolments, oldest first' })
  attendance: TrainingRecordAttendanceDto[];

  @ApiProperty({ type: [TrainingRecordCertificationDto], description: 'Every certification, newest first' })
  certifications: TrainingRecordCertificationDto[];

  @ApiProperty({ type: [TrainingRecordNominationDto], description: 'Nominations by a coordinator or admin' })
  nominations: TrainingRecordNominationDto[];
}

export class UnitRosterEntryDto {
  @ApiProperty({ format: 'uuid', description: 'The officer' })
  id: string;

  @ApiProperty({ description: 'Their name (through the one naming function)' })
  name: string;

  @ApiProperty({ description: 'Their e-mail address' })
  email: string;

  @ApiProperty({ description: 'officer or coordinator' })
  role: string;

  @ApiProperty({ description: 'Whether the account is disabled' })
  disabled: boolean;

  @ApiProperty({ description: 'A protected officer: their name never leaves their unit and the alliance admins' })
  protected: boolean;

  @ApiProperty({ description: 'Courses enrolled in, awaiting approval or waitlisted' })
  activeCourses: number;

  @ApiProperty({ description: 'Courses completed' })
  completedCourses: number;

  @ApiProperty({ description: `Certifications in force beyond ${EXPIRING_WITHIN_DAYS} days` })
  certificationsValid: number;

  @ApiProperty({ description: `Certifications in force that expire within ${EXPIRING_WITHIN_DAYS} days` })
  certificationsExpiring: number;

  @ApiProperty({ description: 'Certifications expired and not renewed' })
  certificationsExpired: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The next expiry of one in force' })
  nextExpiry: string | null;
}

export class UnitRosterPageDto extends PageOf(UnitRosterEntryDto, 'UnitRosterPageDto') {}

export class UnitRosterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The police unit (a coordinator always reads their own)' })
  @IsOptional()
  @IsUUID()
  policeUnitId?: string;

  @ApiPropertyOptional({
    enum: ROSTER_STATUSES,
    description: `expiring: a certification in force expires within ${EXPIRING_WITHIN_DAYS} days; never_trained: no course completed and no certification`,
  })
  @IsOptional()
  @IsIn(ROSTER_STATUSES)
  status?: RosterStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only officers holding a certification in force of this programme',
  })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({
    description: 'Search: the start of the e-mail, or the name (typos forgiven, any script); best matches first',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: `How many days ahead "expiring" looks (default ${EXPIRING_WITHIN_DAYS})`,
    minimum: 1,
    maximum: 365,
    default: EXPIRING_WITHIN_DAYS,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  withinDays?: number;
}
