import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ErrorDetail } from '@icspa/domain';
import { Clock } from '../../../../core/clock/clock';
import { runInTransaction } from '../../../../core/database/transaction';
import { coded } from '../../../../core/errors/coded';
import { AuditService } from '../../../audit/audit.service';
import type { ImportedStringDto, TranslationImportResultDto } from '../../dtos/translation-workflow.dto';
import { markdownDifference, placeholderDifference } from '../../translation-checks';
import { validateTranslationFields } from '../../translation-fields';
import { parseTranslationFile } from '../../translation-files';
import { courseUnits, entityKey, flattenFields, type CourseUnit } from '../../translation-units';
import { assertLocale } from '../../translation-workflow.service';
import type { TranslationFields } from '../../translation.entity';
import { TranslationsPolicy } from '../../translations.policy';
import { refreshCourseSearch } from '../../../catalogue/course-search.queries';
import { upsertDraft } from '../../translations.queries';
import type { ImportTranslationsCommand } from './import-translations.command';

const FIELD_MAX = 100_000;

/**
 * Imports a translator's XLIFF 2.0 or PO file of a course's strings into one locale, in one transaction.
 * Each string is checked against the current source: known unit, no NUL, the same placeholders, the same
 * Markdown structure, and then the entity's fields as a draft would be. When any string is refused the answer
 * is 400 naming each refused string (`errors`, field = unit id) and nothing is saved; otherwise every changed
 * string is saved as a draft, strings equal to the current translation keep their status, units without a
 * target are skipped.
 */
@Injectable()
export class ImportTranslationsUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: ImportTranslationsCommand): Promise<TranslationImportResultDto> {
    const { actor, courseId, locale } = cmd;
    const file = await parseTranslationFile(cmd.format, cmd.text);
    return runInTransaction(this.db, async (manager) => {
      await assertLocale(manager, locale);
      await TranslationsPolicy.assertCanTranslate(manager, actor, locale);
      const course = /^[0-9a-f-]{36}$/i.test(courseId) ? await courseUnits(manager, courseId, locale) : null;
      if (!course) throw new NotFoundException(coded('course.not_found', 'id', 'no such course'));
      if (course.sourceLocale === locale)
        throw new BadRequestException(
          coded('translation.same_as_source', 'locale', 'this is the language the source is written in'),
        );
      if (file.locale !== null && file.locale !== locale)
        throw new BadRequestException(
          coded('translation_import.locale_mismatch', 'body', `the file is for ${file.locale}, not ${locale}`, {
            fileLocale: file.locale.slice(0, 20),
            locale,
          }),
        );

      const known = new Map(course.units.map((u) => [u.id, u]));
      const refused: ErrorDetail[] = [];
      const strings: ImportedStringDto[] = [];
      /** Accepted targets by entity, then field. */
      const accepted = new Map<string, Map<string, { unit: CourseUnit; target: string }>>();
      for (const [id, target] of file.targets) {
        const unit = known.get(id);
        const refuse = (detail: ErrorDetail) => refused.push(detail);
        const field = id.slice(0, 200);
        if (!unit) {
          refuse(coded('translation_import.unknown_unit', field, 'no string of this course has this id'));
          continue;
        }
        if (target === null) {
          refuse(
            coded('translation_import.inline_markup', field, 'the target holds XLIFF inline markup; give plain text'),
          );
          continue;
        }
        if (target === undefined) {
          strings.push({ unit: id, status: 'skipped' });
          continue;
        }
        if (target.includes('\0')) {
          refuse(coded('validation.nul_character', field, 'must not contain NUL characters'));
          continue;
        }
        if (target.length > FIELD_MAX) {
          refuse(
            coded('translation.field_too_long', field, `must be no longer than ${FIELD_MAX} characters`, {
              max: FIELD_MAX,
            }),
          );
          continue;
        }
        const placeholders = placeholderDifference(unit.source, target);
        if (placeholders.missing.length || placeholders.extra.length) {
          const show = (list: string[]) => list.join(' ').slice(0, 200);
          refuse(
            coded(
              'translation_import.placeholder_mismatch',
              field,
              `the placeholders differ from the source (missing: ${show(placeholders.missing) || '—'}; extra: ${show(placeholders.extra) || '—'})`,
              { missing: show(placeholders.missing), extra: show(placeholders.extra) },
            ),
          );
          continue;
        }
        const structure = markdownDifference(unit.source, target);
        if (structure) {
          refuse(
            coded('translation_import.markdown_mismatch', field, `the Markdown ${structure} differ from the source`, {
              part: structure,
            }),
          );
          continue;
        }
        const key = entityKey(unit.entityType, unit.entityId);
        if (!accepted.has(key)) accepted.set(key, new Map());
        accepted.get(key)!.set(unit.field, { unit, target });
        strings.push({ unit: id, status: 'imported' });
      }

      // Per entity: the imported strings over the current translation; a draft needs every field.
      const changed: Array<{ key: string; fields: TranslationFields }> = [];
      const unchangedUnits = new Set<string>();
      for (const [key, byField] of accepted) {
        const source = course.sources.get(key)!;
        const current = course.translations.get(key);
        const merged = new Map(current ? flattenFields(current.fields) : []);
        let differs = false;
        for (const [field, { target }] of byField) {
          if (merged.get(field) !== target) differs = true;
          merged.set(field, target);
        }
        if (!differs) {
          for (const { unit } of byField.values()) unchangedUnits.add(unit.id);
          continue;
        }
        const lacking = flattenFields(source.fields).find(([field]) => !merged.get(field));
        if (lacking) {
          const [first] = byField.values();
          refuse(
            refused,
            coded(
              'translation_import.entity_incomplete',
              first.unit.id,
              `a translation needs every string of the ${first.unit.entityType}; ${lacking[0]} has none`,
              { missingField: lacking[0] },
            ),
          );
          continue;
        }
        const fields: TranslationFields = {};
        for (const [field, text] of merged) {
          const dot = field.indexOf('.');
          if (dot < 0) fields[field] = text;
          else {
            const name = field.slice(0, dot);
            fields[name] = { ...((fields[name] as Record<string, string>) ?? {}), [field.slice(dot + 1)]: text };
          }
        }
        try {
          changed.push({ key, fields: validateTranslationFields(source.entityType, fields, source.fields) });
        } catch (error) {
          const [first] = byField.values();
          const detail = (error as { getResponse?: () => ErrorDetail }).getResponse?.();
          if (!detail) throw error;
          refused.push({ ...detail, field: first.unit.id });
        }
      }

      if (refused.length > 0)
        throw new BadRequestException({
          ...coded(
            'translation_import.refused',
            refused[0].field ?? null,
            `${refused.length} string(s) refused, nothing imported; the first: ${refused[0].message}`,
            { count: refused.length, unit: refused[0].field ?? '' },
          ),
          errors: refused.slice(0, 1000),
        });

      const now = this.clock.now();
      for (const { key, fields } of changed) {
        const source = course.sources.get(key)!;
        await upsertDraft(manager, {
          entityType: source.entityType,
          entityId: source.id,
          courseId: source.courseId,
          locale,
          fields,
          sourceFields: source.fields,
          sourceRevision: source.revision,
          updatedBy: actor.id,
          now,
        });
      }
      // A published string saved over as a draft leaves what learners (and search) may read.
      if (changed.length > 0) await refreshCourseSearch(manager, courseId);
      for (const s of strings) if (unchangedUnits.has(s.unit)) s.status = 'unchanged';
      const count = (status: ImportedStringDto['status']) => strings.filter((s) => s.status === status).length;
      const result = { imported: count('imported'), unchanged: count('unchanged'), skipped: count('skipped'), strings };
      await this.audit.record(manager, actor, {
        action: 'translation.import',
        entityType: 'course',
        entityId: courseId,
        details: {
          locale,
          format: cmd.format,
          imported: result.imported,
          unchanged: result.unchanged,
          skipped: result.skipped,
        },
      });
      return result;
    });
  }
}

function refuse(list: ErrorDetail[], detail: ErrorDetail): void {
  list.push(detail);
}
