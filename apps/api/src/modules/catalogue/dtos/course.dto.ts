import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  COURSE_LEVELS,
  COURSE_STATUSES,
  DELIVERY_POLICIES,
  QUESTION_KINDS,
  type CourseLevel,
  type DeliveryPolicy,
  type CourseStatus,
  type QuestionKind,
} from '@icspa/domain';
import { PageOf, PageQueryDto } from '../../../core/http/pagination.dto';
import { TranslationMetaDto } from '../../translations/dtos/translation.dto';
import { Trim } from '../../../core/http/trim';

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LANGUAGE_MESSAGE = {
  each: true,
  message: 'each must be a BCP 47 language tag such as en or pt-BR',
  context: { code: 'validation.format.language_tag' },
};
export const TOPIC = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CourseListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only courses with this topic tag', example: 'osint' })
  @IsOptional()
  @Matches(TOPIC, {
    message: 'must be a topic tag such as digital-forensics',
    context: { code: 'validation.format.topic_tag' },
  })
  @MaxLength(40)
  topic?: string;

  @ApiPropertyOptional({ description: 'Only courses taught in this language (BCP 47)', example: 'uk' })
  @IsOptional()
  @Matches(LANGUAGE_TAG, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  language?: string;

  @ApiPropertyOptional({
    description:
      'Only courses that can be read whole in this content locale (its source language, or every string published in it)',
    example: 'uk',
  })
  @IsOptional()
  @Matches(LANGUAGE_TAG, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  availableIn?: string;

  @ApiPropertyOptional({ description: 'Only courses of this level', enum: COURSE_LEVELS, enumName: 'CourseLevel' })
  @IsOptional()
  @IsIn(COURSE_LEVELS)
  level?: CourseLevel;

  @ApiPropertyOptional({
    description:
      'Search in title, summary and lesson text, in the source language and every published translation (stemmed where the locale has a text search configuration, by trigrams and substrings otherwise)',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: 'Only courses in this status (admins; others always see published only)',
    enum: COURSE_STATUSES,
    enumName: 'CourseStatus',
  })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;
}

export class CourseSummaryDto {
  @ApiProperty({ description: 'Course id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Catalogue code', example: 'DF-201' })
  code: string;

  @ApiProperty({ description: 'Title' })
  title: string;

  @ApiProperty({ description: 'Short description' })
  summary: string;

  @ApiProperty({ description: 'Level', enum: COURSE_LEVELS, enumName: 'CourseLevel' })
  level: CourseLevel;

  @ApiProperty({
    description:
      'Who delivers it when a unit asks: local trainers first (in the unit’s country), member-firm experts only, or a co-delivery pair; the level’s default (foundation: local_first, others: experts) unless set',
    enum: DELIVERY_POLICIES,
    enumName: 'DeliveryPolicy',
  })
  deliveryPolicy: DeliveryPolicy;

  @ApiProperty({ description: 'Topic tags', type: [String] })
  topics: string[];

  @ApiProperty({ description: 'Languages the course is taught in (BCP 47)', type: [String] })
  languages: string[];

  @ApiProperty({ description: 'Study hours' })
  hours: number;

  @ApiProperty({
    description:
      'In person and blended runs: the share of sessions an officer attends to complete (present or late; excused left out)',
    minimum: 0,
    maximum: 100,
  })
  minAttendancePercent: number;

  @ApiProperty({ description: 'draft or published', enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  status: CourseStatus;

  @ApiProperty({ description: 'Language the course is written in', example: 'en' })
  sourceLocale: string;

  @ApiProperty({
    description: 'Content locales the course can be read whole in (source first): every string published there',
    type: [String],
    example: ['en', 'uk'],
  })
  availableIn: string[];

  @ApiProperty({ description: 'Locale of the text shown (the reader’s, one they read, or the source)', example: 'uk' })
  contentLocale: string;

  @ApiProperty({
    description: 'How the text shown was chosen: translation status, fallback, outdated since',
    type: TranslationMetaDto,
  })
  translation: TranslationMetaDto;
}

export class CourseListItemDto extends CourseSummaryDto {
  @ApiPropertyOptional({
    description:
      'Only with a search text: the content locale whose text matched best (the source language or a published translation)',
    example: 'uk',
  })
  matchedLocale?: string;
}

export class CoursePageDto extends PageOf(CourseListItemDto, 'CoursePageDto') {}

export class LessonOutlineDto {
  @ApiProperty({ description: 'Lesson id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Lesson title' })
  title: string;

  @ApiProperty({ description: 'Order within the module, from 1' })
  position: number;

  @ApiProperty({ description: 'Estimated minutes' })
  minutes: number;

  @ApiProperty({ description: 'Locale of the text shown (the reader’s, one they read, or the source)', example: 'uk' })
  contentLocale: string;

  @ApiProperty({
    description: 'How the text shown was chosen: translation status, fallback, outdated since',
    type: TranslationMetaDto,
  })
  translation: TranslationMetaDto;
}

export class ModuleOutlineDto {
  @ApiProperty({ description: 'Module id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Module title' })
  title: string;

  @ApiProperty({ description: 'Order within the course, from 1' })
  position: number;

  @ApiProperty({ description: 'Lessons in order', type: [LessonOutlineDto] })
  lessons: LessonOutlineDto[];

  @ApiProperty({ description: 'Locale of the text shown (the reader’s, one they read, or the source)', example: 'uk' })
  contentLocale: string;

  @ApiProperty({
    description: 'How the text shown was chosen: translation status, fallback, outdated since',
    type: TranslationMetaDto,
  })
  translation: TranslationMetaDto;
}

export class AssessmentSummaryDto {
  @ApiProperty({ description: 'Percentage needed to pass' })
  passMark: number;

  @ApiProperty({ description: 'How many attempts an officer has per enrolment' })
  attemptLimit: number;

  @ApiProperty({ description: 'Questions drawn from the bank for each attempt' })
  questionsPerAttempt: number;

  @ApiProperty({ description: 'Minutes allowed per attempt (null: no limit)', nullable: true, type: Number })
  timeLimitMinutes: number | null;

  @ApiProperty({ description: 'Questions in the bank' })
  questionCount: number;
}

export class CourseDetailDto extends CourseSummaryDto {
  @ApiProperty({ description: 'Modules and lessons in order', type: [ModuleOutlineDto] })
  modules: ModuleOutlineDto[];

  @ApiProperty({ description: 'The course assessment, if set up', type: AssessmentSummaryDto, nullable: true })
  assessment: AssessmentSummaryDto | null;
}

export class CourseCreateDto {
  @ApiProperty({ description: 'Catalogue code, unique, e.g. DF-201', maxLength: 20 })
  @Matches(/^[A-Z]{2,5}-\d{3}$/, {
    message: 'must look like DF-201',
    context: { code: 'validation.format.course_code' },
  })
  code: string;

  @ApiProperty({ description: 'Title', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @ApiProperty({ description: 'Short description', maxLength: 2000 })
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  summary: string;

  @ApiProperty({ description: 'Level', enum: COURSE_LEVELS, enumName: 'CourseLevel' })
  @IsIn(COURSE_LEVELS)
  level: CourseLevel;

  @ApiProperty({ description: 'Topic tags', type: [String], maxItems: 10 })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(TOPIC, {
    each: true,
    message: 'each must be a topic tag such as digital-forensics',
    context: { code: 'validation.format.topic_tag' },
  })
  @MaxLength(40, { each: true })
  topics: string[];

  @ApiProperty({ description: 'Languages (BCP 47)', type: [String], minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(LANGUAGE_TAG, LANGUAGE_MESSAGE)
  @MaxLength(10, { each: true })
  languages: string[];

  @ApiProperty({ description: 'Study hours', minimum: 1, maximum: 500 })
  @IsInt()
  @Min(1)
  @Max(500)
  hours: number;

  @ApiPropertyOptional({
    description: 'In person and blended runs: attendance (percent of sessions) needed to complete; default 80',
    minimum: 0,
    maximum: 100,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent?: number;
}

export class CourseUpdateDto {
  @ApiPropertyOptional({ description: 'Title', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'Short description', maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  summary?: string;

  @ApiPropertyOptional({ description: 'Level', enum: COURSE_LEVELS, enumName: 'CourseLevel' })
  @IsOptional()
  @IsIn(COURSE_LEVELS)
  level?: CourseLevel;

  @ApiPropertyOptional({
    description: 'Who delivers it (null: the default of its level)',
    enum: DELIVERY_POLICIES,
    enumName: 'DeliveryPolicy',
    nullable: true,
  })
  @IsOptional()
  @IsIn(DELIVERY_POLICIES)
  deliveryPolicy?: DeliveryPolicy | null;

  @ApiPropertyOptional({ description: 'Topic tags', type: [String], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(TOPIC, {
    each: true,
    message: 'each must be a topic tag such as digital-forensics',
    context: { code: 'validation.format.topic_tag' },
  })
  @MaxLength(40, { each: true })
  topics?: string[];

  @ApiPropertyOptional({ description: 'Languages (BCP 47)', type: [String], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(LANGUAGE_TAG, LANGUAGE_MESSAGE)
  @MaxLength(10, { each: true })
  languages?: string[];

  @ApiPropertyOptional({ description: 'Study hours', minimum: 1, maximum: 500 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  hours?: number;

  @ApiPropertyOptional({
    description: 'In person and blended runs: attendance (percent of sessions) needed to complete',
    minimum: 0,
    maximum: 100,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent?: number;

  @ApiPropertyOptional({ description: 'Publish or withdraw to draft', enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;
}

export class ModuleWriteDto {
  @ApiProperty({ description: 'Module title', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title: string;
}

export class LessonCreateDto {
  @ApiProperty({ description: 'Lesson title', maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title: string;

  @ApiProperty({ description: 'Lesson text in Markdown (raw HTML is not rendered)', maxLength: 100000 })
  @IsString()
  @MinLength(1)
  @MaxLength(100000)
  body: string;

  @ApiProperty({ description: 'Estimated minutes', minimum: 1, maximum: 600 })
  @IsInt()
  @Min(1)
  @Max(600)
  minutes: number;
}

export class LessonUpdateDto {
  @ApiPropertyOptional({ description: 'Lesson title', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'Lesson text in Markdown', maxLength: 100000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100000)
  body?: string;

  @ApiPropertyOptional({ description: 'Estimated minutes', minimum: 1, maximum: 600 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  minutes?: number;
}

export class LessonDto extends LessonOutlineDto {
  @ApiProperty({ description: 'Lesson text in Markdown' })
  body: string;

  @ApiProperty({ description: 'Module id', format: 'uuid' })
  moduleId: string;

  @ApiProperty({ description: 'Course id', format: 'uuid' })
  courseId: string;
}

export class OrderDto {
  @ApiProperty({ description: 'Every id of the list, in the new order', type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a UUID' })
  ids: string[];
}

export class AssessmentWriteDto {
  @ApiProperty({ description: 'Percentage needed to pass', minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  passMark: number;

  @ApiProperty({ description: 'Attempts per enrolment', minimum: 1, maximum: 20 })
  @IsInt()
  @Min(1)
  @Max(20)
  attemptLimit: number;

  @ApiProperty({ description: 'Questions drawn per attempt', minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  questionsPerAttempt: number;

  @ApiPropertyOptional({
    description: 'Minutes per attempt; omit or null for no limit',
    minimum: 1,
    maximum: 600,
    nullable: true,
    type: Number,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  timeLimitMinutes?: number | null;
}

export class QuestionCreateDto {
  @ApiProperty({
    description: 'single_choice, multiple_choice or true_false',
    enum: QUESTION_KINDS,
  })
  @IsIn(QUESTION_KINDS)
  kind: QuestionKind;

  @ApiProperty({ description: 'The question', maxLength: 2000 })
  @Trim()
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  prompt: string;

  @ApiProperty({
    description: 'Answer options in order (true_false: ["True","False"])',
    type: [String],
    minItems: 2,
    maxItems: 8,
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(500, { each: true })
  options: string[];

  @ApiProperty({ description: 'Indexes (from 0) of the correct options', type: [Number], minItems: 1, maxItems: 8 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  correct: number[];
}

export class QuestionAdminDto {
  @ApiProperty({ description: 'Question id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Kind', enum: QUESTION_KINDS })
  kind: QuestionKind;

  @ApiProperty({ description: 'The question' })
  prompt: string;

  @ApiProperty({
    description: 'Options with their ids',
    type: 'array',
    items: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' } } },
  })
  options: { id: string; text: string }[];

  @ApiProperty({ description: 'Ids of the correct options (admins only)', type: [String] })
  correct: string[];
}

export class AssessmentAdminDto extends AssessmentSummaryDto {
  @ApiProperty({ description: 'The question bank with answers', type: [QuestionAdminDto] })
  questions: QuestionAdminDto[];
}
