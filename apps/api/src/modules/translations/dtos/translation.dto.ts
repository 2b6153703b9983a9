import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  TRANSLATION_ENTITIES,
  TRANSLATION_STATUSES,
  type TranslationEntity,
  type TranslationStatus,
  type TranslationStatusOrMissing,
} from '@icspa/domain';
import { Trim } from '../../../core/http/trim';

/** BCP 47: language, then optional script/region/variant subtags. */
export const CONTENT_LOCALE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?(-([a-z0-9]{5,8}|\d[a-z0-9]{3}))*$/;

export class TranslationMetaDto {
  @ApiProperty({ description: 'Locale of the text shown (a content locale code)', example: 'uk' })
  locale: string;

  @ApiProperty({
    description:
      'published or outdated: a translation; source: the text as written (no translation in the reader’s languages)',
    enum: ['published', 'outdated', 'source'],
  })
  status: TranslationStatus | 'source';

  @ApiProperty({ description: 'The text is not in the reader’s first language (the portal says so)' })
  fallback: boolean;

  @ApiProperty({
    description:
      'When the translation was found behind its source (status outdated): the source changed after publication, or the draft published was of an older source revision',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  outdatedSince: string | null;
}

export class ContentLocaleDto {
  @ApiProperty({ description: 'BCP 47 tag', example: 'uk' })
  code: string;

  @ApiProperty({ description: 'The language’s name in itself', example: 'Українська' })
  name: string;

  @ApiProperty({
    description: 'PostgreSQL text search configuration used for it; null: trigram matching',
    nullable: true,
    type: String,
    example: 'russian',
  })
  searchConfig: string | null;
}

export class ContentLocaleCreateDto {
  @ApiProperty({ description: 'BCP 47 tag, e.g. kk, pt-PT, sr-Latn', example: 'kk', maxLength: 10 })
  @IsString()
  @Matches(CONTENT_LOCALE_TAG, {
    message: 'must be a BCP 47 language tag such as en or pt-BR',
    context: { code: 'validation.format.language_tag' },
  })
  @MaxLength(10)
  code: string;

  @ApiProperty({ description: 'The language’s name in itself (endonym)', example: 'Қазақ тілі', maxLength: 100 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;
}

export class TranslationPutDto {
  @ApiProperty({
    description:
      'The translated fields of the entity type: course {title, summary}; course_module {title}; lesson {title, body}; question {prompt, options: {<optionId>: text}} (exactly the source’s option ids); certification_programme {name, description}; topic {label}',
    type: 'object',
    additionalProperties: true,
    example: { title: 'Цифрові докази', body: '# Вступ' },
  })
  @IsObject()
  fields: Record<string, unknown>;
}

export class TranslationResponseDto {
  @ApiProperty({ description: 'Translation id', format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Kind of entity', enum: TRANSLATION_ENTITIES, enumName: 'TranslationEntity' })
  entityType: TranslationEntity;

  @ApiProperty({ description: 'Entity id (a topic: its tag)' })
  entityId: string;

  @ApiProperty({ description: 'Course the entity belongs to', format: 'uuid', nullable: true, type: String })
  courseId: string | null;

  @ApiProperty({ description: 'Locale of the translation' })
  locale: string;

  @ApiProperty({ description: 'The translated fields', type: 'object', additionalProperties: true })
  fields: Record<string, unknown>;

  @ApiProperty({ description: 'Status', enum: TRANSLATION_STATUSES, enumName: 'TranslationStatus' })
  status: TranslationStatus;

  @ApiProperty({ description: 'The source text it was made from', type: 'object', additionalProperties: true })
  sourceFields: Record<string, unknown>;

  @ApiProperty({ description: 'The source revision it was made from' })
  sourceRevision: number;

  @ApiProperty({
    description:
      'When the translation was found behind its source: the source changed after publication, or the draft published was of an older source revision',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  outdatedSince: string | null;

  @ApiProperty({ description: 'Last saved', format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ description: 'Last published', format: 'date-time', nullable: true, type: String })
  publishedAt: string | null;
}

export class CourseStringDto {
  @ApiProperty({ description: 'Kind of entity', enum: TRANSLATION_ENTITIES, enumName: 'TranslationEntity' })
  entityType: TranslationEntity;

  @ApiProperty({ description: 'Entity id' })
  entityId: string;

  @ApiProperty({ description: 'Current source text', type: 'object', additionalProperties: true })
  source: Record<string, unknown>;

  @ApiProperty({ description: 'Current source revision' })
  sourceRevision: number;

  @ApiProperty({
    description: 'missing (no translation), draft, published or outdated',
    enum: ['missing', ...TRANSLATION_STATUSES],
  })
  status: TranslationStatusOrMissing;

  @ApiPropertyOptional({
    description: 'The translation, when there is one',
    type: TranslationResponseDto,
    nullable: true,
  })
  translation: TranslationResponseDto | null;
}

export class CourseStringsDto {
  @ApiProperty({ description: 'Course id', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Language of the source text' })
  sourceLocale: string;

  @ApiProperty({ description: 'Locale asked for' })
  locale: string;

  @ApiProperty({ description: 'Every translatable string of the course, in reading order', type: [CourseStringDto] })
  strings: CourseStringDto[];
}

export class CourseStringsQueryDto {
  @ApiProperty({ description: 'Locale of the translations', example: 'uk', maxLength: 10 })
  @IsString()
  @MaxLength(10)
  locale: string;
}
