import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsUUID, Matches } from 'class-validator';
import { CALENDAR_ENTRY_KINDS, type CalendarEntryKind } from '@icspa/domain';

export class CalendarQueryDto {
  @ApiProperty({ description: 'Start of the range (ISO 8601 instant, inclusive)', format: 'date-time' })
  @IsDateString()
  from: string;

  @ApiProperty({
    description: 'End of the range (ISO 8601 instant, exclusive); at most 400 days after `from`',
    format: 'date-time',
  })
  @IsDateString()
  to: string;

  @ApiPropertyOptional({ description: 'Only sessions of cohorts in this country (ISO 3166-1 alpha-2)', example: 'UA' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, {
    message: 'must be an ISO 3166-1 alpha-2 code',
    context: { code: 'validation.format.country_code' },
  })
  countryCode?: string;

  @ApiPropertyOptional({ description: 'Only sessions of this course', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @ApiPropertyOptional({ description: 'Only sessions this trainer teaches', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  trainerId?: string;
}

export class CalendarTimesDto {
  @ApiProperty({ description: 'IANA time zone of this reading' })
  timeZone: string;

  @ApiProperty({ description: 'Start as local date and time (YYYY-MM-DDTHH:mm)' })
  startsAt: string;

  @ApiProperty({ description: 'End as local date and time (YYYY-MM-DDTHH:mm)' })
  endsAt: string;
}

export class CalendarEntryDto {
  @ApiProperty({
    description: 'Stable id of the entry (the iCalendar UID)',
    example: 'training-session-…@icspa.academy',
  })
  uid: string;

  @ApiProperty({ description: 'What the entry is', enum: CALENDAR_ENTRY_KINDS, enumName: 'CalendarEntryKind' })
  kind: CalendarEntryKind;

  @ApiProperty({ description: 'Title (course, programme or request title; the portal adds the words)' })
  title: string;

  @ApiProperty({ description: 'Start (UTC instant)', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ description: 'End (UTC instant)', format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Cancelled (a training session that will not take place)' })
  cancelled: boolean;

  @ApiProperty({ description: 'Changes made to the entry so far (iCalendar SEQUENCE)' })
  sequence: number;

  @ApiProperty({
    description: 'Id of the object the entry is about (session, certification, assignment, unavailability)',
    format: 'uuid',
  })
  objectId: string;

  @ApiPropertyOptional({ description: 'Cohort of a training session', format: 'uuid', nullable: true, type: String })
  cohortId: string | null;

  @ApiPropertyOptional({ description: 'Venue name', nullable: true, type: String })
  venueName: string | null;

  @ApiPropertyOptional({ description: "Venue's address", nullable: true, type: String })
  venueAddress: string | null;

  @ApiPropertyOptional({ description: 'Online meeting link', nullable: true, type: String })
  onlineUrl: string | null;

  @ApiPropertyOptional({
    description: 'Times at the venue (training sessions)',
    type: CalendarTimesDto,
    nullable: true,
  })
  venueTime: CalendarTimesDto | null;

  @ApiProperty({ description: "Times in the viewer's time zone (theirs, or UTC while unset)", type: CalendarTimesDto })
  viewerTime: CalendarTimesDto;
}

export class CalendarDto {
  @ApiProperty({ description: 'Entries overlapping the range, by start', type: [CalendarEntryDto] })
  items: CalendarEntryDto[];
}

export class CalendarFeedDto {
  @ApiProperty({ description: 'Whether the user has a live feed URL' })
  active: boolean;

  @ApiProperty({ description: 'When the live URL was made', format: 'date-time', nullable: true, type: String })
  createdAt: string | null;

  @ApiPropertyOptional({
    description: 'The private feed URL, shown only in the answer that makes it (kept hashed)',
    nullable: true,
    type: String,
  })
  url: string | null;
}
