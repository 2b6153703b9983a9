import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { buildTranslationFile, TRANSLATION_FILE_FORMATS, type TranslationFileFormat } from './translation-files';
import { courseUnits } from './translation-units';
import { contentLocales, courseProgress } from './translation-workflow.queries';
import { TranslationsPolicy } from './translations.policy';
import { contentLocaleExists } from './translations.queries';
import type { TranslationProgressDto } from './dtos/translation-workflow.dto';

/** The translators' side: progress per course and locale, and the course's strings as files. */
@Injectable()
export class TranslationWorkflowService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Progress of every course in each locale the caller may translate into (none: empty lists). */
  async progress(user: AuthUser): Promise<TranslationProgressDto> {
    const manager = this.db.manager;
    const all = await contentLocales(manager);
    const locales = await TranslationsPolicy.translatableLocales(manager, user, all);
    if (locales.length === 0) return { locales: [], courses: [] };
    const rows = await courseProgress(
      manager,
      locales.map((l) => l.code),
    );
    const courses = new Map<string, TranslationProgressDto['courses'][number]>();
    for (const r of rows) {
      let course = courses.get(r.courseId);
      if (!course) {
        course = {
          courseId: r.courseId,
          code: r.code,
          title: r.title,
          sourceLocale: r.sourceLocale,
          total: r.total,
          locales: [],
        };
        courses.set(r.courseId, course);
      }
      course.locales.push({
        locale: r.locale,
        published: r.published,
        draft: r.draft,
        outdated: r.outdated,
        missing: Math.max(0, r.total - r.published - r.draft - r.outdated),
      });
    }
    return { locales, courses: [...courses.values()] };
  }

  /** The course's strings in `locale` as an XLIFF 2.0 or PO file. */
  async exportFile(
    user: AuthUser,
    courseId: string,
    file: string,
  ): Promise<{ body: string; contentType: string; filename: string }> {
    const { locale, format } = parseFileName(file);
    const manager = this.db.manager;
    await assertLocale(manager, locale);
    await TranslationsPolicy.assertCanReadStrings(manager, user, locale);
    const course = /^[0-9a-f-]{36}$/i.test(courseId) ? await courseUnits(manager, courseId, locale) : null;
    if (!course) throw new NotFoundException(coded('course.not_found', 'id', 'no such course'));
    const body = await buildTranslationFile(format, {
      courseId,
      locale,
      sourceLocale: course.sourceLocale,
      units: course.units.map((u) => ({
        id: u.id,
        source: u.source,
        target: u.target,
        note:
          u.status === 'outdated' && u.outdatedSince
            ? `status: outdated (the source changed on ${u.outdatedSince.toISOString().slice(0, 10)})`
            : `status: ${u.status}`,
      })),
    });
    return {
      body,
      contentType: `${TRANSLATION_FILE_FORMATS[format].contentType}; charset=utf-8`,
      filename: `course-${courseId}.${locale}.${format}`,
    };
  }
}

export async function assertLocale(manager: EntityManager, locale: string): Promise<void> {
  if (!(await contentLocaleExists(manager, locale)))
    throw new NotFoundException(coded('content_locale.not_found', 'locale', 'no such content locale'));
}

/** `uk.xlf` → uk, xlf. */
function parseFileName(file: string): { locale: string; format: TranslationFileFormat } {
  const match = /^([A-Za-z0-9-]{2,10})\.(xlf|po)$/.exec(file);
  if (!match)
    throw new BadRequestException(
      coded('translation_file.unknown_format', 'file', 'must be <locale>.xlf (XLIFF 2.0) or <locale>.po (gettext PO)'),
    );
  return { locale: match[1], format: match[2] as TranslationFileFormat };
}
