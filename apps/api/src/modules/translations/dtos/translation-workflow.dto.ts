import { ApiProperty } from '@nestjs/swagger';

export class LocaleProgressDto {
  @ApiProperty({ description: 'Content locale code', example: 'uk' })
  locale: string;

  @ApiProperty({ description: 'Strings (entities) published in this locale' })
  published: number;

  @ApiProperty({ description: 'Strings saved as drafts, not yet shown to learners' })
  draft: number;

  @ApiProperty({ description: 'Published strings whose source changed since' })
  outdated: number;

  @ApiProperty({ description: 'Strings without a translation' })
  missing: number;
}

export class CourseProgressDto {
  @ApiProperty({ description: 'Course id', format: 'uuid' })
  courseId: string;

  @ApiProperty({ description: 'Course code', example: 'FR-101' })
  code: string;

  @ApiProperty({ description: 'Course title in its source language' })
  title: string;

  @ApiProperty({ description: 'Language the course is written in' })
  sourceLocale: string;

  @ApiProperty({ description: 'Translatable entities of the course (course, modules, lessons, questions)' })
  total: number;

  @ApiProperty({ description: 'Progress in each locale the caller may translate into', type: [LocaleProgressDto] })
  locales: LocaleProgressDto[];
}

export class TranslatorLocaleDto {
  @ApiProperty({ description: 'Content locale code', example: 'uk' })
  code: string;

  @ApiProperty({ description: 'The language’s name in itself', example: 'Українська' })
  name: string;
}

export class TranslationProgressDto {
  @ApiProperty({
    description: 'Locales the caller may translate into (every locale for admins; their translate grants otherwise)',
    type: [TranslatorLocaleDto],
  })
  locales: TranslatorLocaleDto[];

  @ApiProperty({ description: 'Every course, by code, with its progress in those locales', type: [CourseProgressDto] })
  courses: CourseProgressDto[];
}

export class ImportedStringDto {
  @ApiProperty({ description: 'Unit id: entityType:entityId:field', example: 'lesson:3f0c…:body' })
  unit: string;

  @ApiProperty({
    description:
      'imported (saved as a draft), unchanged (the target equals the current translation, whose status is kept), skipped (no target)',
    enum: ['imported', 'unchanged', 'skipped'],
  })
  status: 'imported' | 'unchanged' | 'skipped';
}

export class TranslationImportResultDto {
  @ApiProperty({ description: 'Strings saved as drafts' })
  imported: number;

  @ApiProperty({ description: 'Strings equal to the current translation (kept as they were)' })
  unchanged: number;

  @ApiProperty({ description: 'Units without a target' })
  skipped: number;

  @ApiProperty({ description: 'Each unit of the file, in file order', type: [ImportedStringDto] })
  strings: ImportedStringDto[];
}
