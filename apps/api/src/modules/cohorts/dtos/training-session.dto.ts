import { OfficerPseudonymDto } from '../../identity/dtos/officer-pseudonym.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ATTENDANCE_STATUSES,
  TRAINING_SESSION_STATUSES,
  type AttendanceStatus,
  type TrainingSessionStatus,
} from '@icspa/domain';
import { IsTimeZone } from '../../../core/validation/is-time-zone';

export class TrainingSessionCreateDto {
  @ApiProperty({ description: 'Start (ISO 8601 instant; stored in UTC)', format: 'date-time' })
  @IsDateString()
  startsAt: string;

  @ApiProperty({ description: 'End (ISO 8601 instant), after the start', format: 'date-time' })
  @IsDateString()
  endsAt: string;

  @ApiProperty({ description: "IANA name of the venue's time zone, e.g. Europe/Kyiv", example: 'Europe/Kyiv' })
  @IsTimeZone()
  timeZone: string;

  @ApiPropertyOptional({ description: 'Venue name (in person and blended sessions)', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  venueName?: string | null;

  @ApiPropertyOptional({ description: "Venue's postal address", nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  venueAddress?: string | null;

  @ApiPropertyOptional({ description: 'Online meeting link (https only)', nullable: true, type: String })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string | null;
}

export class TrainingSessionUpdateDto {
  @ApiPropertyOptional({ description: 'New start (ISO 8601 instant)', format: 'date-time' })
  @IsOptional()
  @IsDateString()
  startsAt?: string;

  @ApiPropertyOptional({ description: 'New end (ISO 8601 instant)', format: 'date-time' })
  @IsOptional()
  @IsDateString()
  endsAt?: string;

  @ApiPropertyOptional({ description: "IANA name of the venue's time zone", example: 'Europe/Kyiv' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ description: 'Venue name (null removes it)', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  venueName?: string | null;

  @ApiPropertyOptional({ description: "Venue's postal address (null removes it)", nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  venueAddress?: string | null;

  @ApiPropertyOptional({
    description: 'Online meeting link, https only (null removes it)',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string | null;
}

/** A wall-clock reading of an instant in one time zone. */
export class WallClockDto {
  @ApiProperty({ description: 'IANA time zone of this reading' })
  timeZone: string;

  @ApiProperty({
    description: 'Start as local date and time in that zone (YYYY-MM-DDTHH:mm)',
    example: '2027-03-29T09:00',
  })
  startsAt: string;

  @ApiProperty({
    description: 'End as local date and time in that zone (YYYY-MM-DDTHH:mm)',
    example: '2027-03-29T17:00',
  })
  endsAt: string;
}

export class TrainingSessionResponseDto {
  @ApiProperty({ description: 'Training session id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Cohort id', format: 'uuid' })
  cohortId: string;

  @ApiProperty({ description: 'Course id', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Course title' })
  courseTitle: string;

  @ApiProperty({ description: 'Start (UTC instant)', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'End (UTC instant)', format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: "IANA name of the venue's time zone" })
  timeZone: string;

  @ApiProperty({ description: 'Venue name', nullable: true, type: String })
  venueName: string | null;

  @ApiProperty({
    description:
      "Venue's address; null for callers not taking part (only admins, the cohort's trainer, officers holding a seat and their units' coordinators see it)",
    nullable: true,
    type: String,
  })
  venueAddress: string | null;

  @ApiProperty({
    description:
      "Online meeting link; null for callers not taking part (only admins, the cohort's trainer, officers holding a seat and their units' coordinators see it)",
    nullable: true,
    type: String,
  })
  onlineUrl: string | null;

  @ApiProperty({ description: 'Order in the cohort, from 1' })
  position: number;

  @ApiProperty({
    description: 'Scheduled or cancelled',
    enum: TRAINING_SESSION_STATUSES,
    enumName: 'TrainingSessionStatus',
  })
  status: TrainingSessionStatus;

  @ApiProperty({ description: 'Changes made so far (iCalendar SEQUENCE)' })
  sequence: number;

  @ApiProperty({ description: 'Times at the venue', type: WallClockDto })
  venueTime: WallClockDto;

  @ApiProperty({ description: "Times in the viewer's time zone (theirs, or UTC while unset)", type: WallClockDto })
  viewerTime: WallClockDto;
}

export class AttendanceMarkDto {
  @ApiProperty({ description: 'Enrolment id (an officer holding a seat in the cohort)', format: 'uuid' })
  @IsUUID()
  enrolmentId: string;

  @ApiProperty({ description: 'How the officer attended', enum: ATTENDANCE_STATUSES, enumName: 'AttendanceStatus' })
  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus;
}

export class AttendanceSheetUpdateDto {
  @ApiProperty({ description: 'Marks to record (others stay as they are)', type: [AttendanceMarkDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique((m: AttendanceMarkDto) => m?.enrolmentId)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkDto)
  marks: AttendanceMarkDto[];
}

export class AttendanceSheetEntryDto {
  @ApiProperty({ description: 'Enrolment id', format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({
    description:
      'Officer id (null for member-firm staff and outside a protected officer’s unit: the enrolment id serves)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  officerId: string | null;

  @ApiProperty({ description: "Officer's name as the viewer may see it (the pseudonym in English words otherwise)" })
  officerName: string;

  @ApiProperty({
    description: 'The pseudonym when `officerName` is one (the portal says it in the reader’s language), else null',
    nullable: true,
    type: OfficerPseudonymDto,
  })
  officerPseudonym: OfficerPseudonymDto | null;

  @ApiProperty({
    description: 'Mark for this session (null: not marked yet)',
    enum: ATTENDANCE_STATUSES,
    enumName: 'AttendanceStatus',
    nullable: true,
  })
  status: AttendanceStatus | null;
}

export class AttendanceSheetDto {
  @ApiProperty({ description: 'The session', type: TrainingSessionResponseDto })
  session: TrainingSessionResponseDto;

  @ApiProperty({ description: 'Officers holding a seat, by name', type: [AttendanceSheetEntryDto] })
  entries: AttendanceSheetEntryDto[];
}

export class TrainingSessionListDto {
  @ApiProperty({ description: "The cohort's sessions in time order", type: [TrainingSessionResponseDto] })
  items: TrainingSessionResponseDto[];
}
