import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TRANSLATION_ENTITIES, type TranslationEntity } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';
import { AuditService } from '../audit/audit.service';
import { refreshCourseSearch } from '../catalogue/course-search.queries';
import type { ReaderLanguages } from './reader-languages';
import { normaliseReaderLocales, resolve, type Resolved } from './translation-resolve';
import { validateTranslationFields } from './translation-fields';
import {
  contentLocaleExists,
  courseSources,
  courseTranslations,
  findTranslation,
  fullyAvailableLocales,
  insertContentLocale,
  listContentLocales,
  type ContentLocaleRow,
  markTranslationsOutdated,
  lockSourceRevision,
  publishTranslation,
  sourcesOf,
  upsertDraft,
  type TranslationRow,
} from './translations.queries';
import { TranslationsPolicy } from './translations.policy';
import type {
  ContentLocaleCreateDto,
  ContentLocaleDto,
  CourseStringsDto,
  TranslationResponseDto,
} from './dtos/translation.dto';

/** How long a process keeps the list of content locales (see `knownLocales`). */
export const KNOWN_LOCALES_TTL_MS = 10_000;

/** Content in the reader's language: what they are shown, and the translators' writes. */
@Injectable()
export class TranslationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The content locales, as read at most KNOWN_LOCALES_TTL_MS ago by this process: every list a reader opens asks
   * for them, and they change only when an admin adds one (which clears this process's copy at once; other
   * processes see it within the TTL). Inside a transaction, read afresh.
   */
  private known: { at: number; rows: Promise<ContentLocaleRow[]> } | null = null;

  private knownLocales(manager: EntityManager): Promise<ContentLocaleRow[]> {
    if (manager !== this.db.manager) return listContentLocales(manager);
    const now = performance.now();
    if (!this.known || now - this.known.at > KNOWN_LOCALES_TTL_MS) {
      const rows = listContentLocales(manager);
      this.known = { at: now, rows };
      rows.catch(() => {
        if (this.known?.rows === rows) this.known = null;
      });
    }
    return this.known.rows;
  }

  /** The reader's languages as content locale codes, first choice first (see `ReaderLanguages`). */
  async readerLocales(reader: ReaderLanguages, manager: EntityManager = this.db.manager): Promise<string[]> {
    const known = await this.knownLocales(manager);
    const first = normaliseReaderLocales(reader.preferred, known).slice(0, 1);
    return normaliseReaderLocales([...first, ...reader.reads], known);
  }

  /** The text of each entity for a reader (see `resolve`). */
  resolve(
    entityType: TranslationEntity,
    ids: string[],
    readerLocales: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, Resolved>> {
    return resolve(manager, entityType, ids, readerLocales);
  }

  /** For each course, the locales it can be read whole in (source first). */
  availableLocales(courseIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string[]>> {
    return fullyAvailableLocales(manager, courseIds);
  }

  /** The source of an entity changed: its published translations become outdated now (same transaction). */
  markOutdated(manager: EntityManager, entityType: TranslationEntity, entityId: string): Promise<string[]> {
    return markTranslationsOutdated(manager, entityType, entityId, this.clock.now());
  }

  listLocales(): Promise<ContentLocaleDto[]> {
    return listContentLocales(this.db.manager);
  }

  async addLocale(actor: AuthUser, body: ContentLocaleCreateDto): Promise<ContentLocaleDto> {
    return runInTransaction(this.db, async (manager) => {
      if (!(await insertContentLocale(manager, body.code, body.name)))
        throw new ConflictException(coded('content_locale.code_taken', 'code', 'this locale exists'));
      await this.audit.record(manager, actor, {
        action: 'content_locale.create',
        entityType: 'content_locale',
        entityId: body.code,
        details: { name: body.name },
      });
      return { code: body.code, name: body.name, searchConfig: null };
    }).finally(() => {
      this.known = null;
    });
  }

  /** Saves a translation as a draft, recording the source text and revision it was made from. */
  async saveDraft(
    actor: AuthUser,
    entityType: string,
    entityId: string,
    locale: string,
    fields: unknown,
  ): Promise<TranslationResponseDto> {
    const type = assertEntityType(entityType);
    return runInTransaction(this.db, async (manager) => {
      await this.assertLocale(manager, locale);
      await TranslationsPolicy.assertCanTranslate(manager, actor, locale);
      const [source] = await sourcesOf(manager, type, [entityId]);
      if (!source)
        throw new NotFoundException(
          coded('translation.source_not_found', 'entityId', 'nothing to translate by this id'),
        );
      if (source.sourceLocale === locale)
        throw new BadRequestException(
          coded('translation.same_as_source', 'locale', 'this is the language the source is written in'),
        );
      const valid = validateTranslationFields(type, fields, source.fields);
      const saved = await upsertDraft(manager, {
        entityType: type,
        entityId: source.id,
        courseId: source.courseId,
        locale,
        fields: valid,
        sourceFields: source.fields,
        sourceRevision: source.revision,
        updatedBy: actor.id,
        now: this.clock.now(),
      });
      // A draft saved over a published translation takes its text out of search.
      if (source.courseId) await refreshCourseSearch(manager, source.courseId);
      await this.audit.record(manager, actor, {
        action: 'translation.save',
        entityType: 'translation',
        entityId: saved.id,
        details: { entityType: type, entityId: source.id, locale, sourceRevision: source.revision },
      });
      return toResponse(saved);
    });
  }

  /**
   * Publishes the saved translation: learners reading that locale are shown it. A translation of an older
   * revision of the source (edited since the draft was saved), or one already outdated, is published as
   * `outdated` (shown with the note) rather than as current.
   */
  async publish(
    actor: AuthUser,
    entityType: string,
    entityId: string,
    locale: string,
  ): Promise<TranslationResponseDto> {
    const type = assertEntityType(entityType);
    return runInTransaction(this.db, async (manager) => {
      await this.assertLocale(manager, locale);
      await TranslationsPolicy.assertCanTranslate(manager, actor, locale);
      // The source first (as its edits lock it, then its translations): a draft made from an older revision
      // is published as outdated, not as current.
      const revision = await lockSourceRevision(manager, type, entityId);
      if (revision === null)
        throw new NotFoundException(
          coded('translation.source_not_found', 'entityId', 'nothing to translate by this id'),
        );
      const row = await findTranslation(manager, type, entityId, locale, true);
      if (!row) throw new NotFoundException(coded('translation.not_found', 'locale', 'save a translation first'));
      await publishTranslation(manager, row.id, actor.id, this.clock.now(), revision);
      if (row.courseId) await refreshCourseSearch(manager, row.courseId);
      await this.audit.record(manager, actor, {
        action: 'translation.publish',
        entityType: 'translation',
        entityId: row.id,
        details: { entityType: type, entityId, locale },
      });
      return toResponse((await findTranslation(manager, type, entityId, locale))!);
    });
  }

  /** Every translatable string of a course, with its source, translation and status in `locale`. */
  async courseStrings(actor: AuthUser, courseId: string, locale: string): Promise<CourseStringsDto> {
    const manager = this.db.manager;
    await this.assertLocale(manager, locale);
    await TranslationsPolicy.assertCanReadStrings(manager, actor, locale);
    const sources = await courseSources(manager, courseId);
    if (sources.length === 0) throw new NotFoundException(coded('course.not_found', 'id', 'no such course'));
    const translations = await courseTranslations(manager, courseId, locale);
    const key = (t: { entityType: string; entityId: string }) => `${t.entityType}:${t.entityId}`;
    const byKey = new Map(translations.map((t) => [key(t), t]));
    return {
      courseId,
      sourceLocale: sources[0].sourceLocale,
      locale,
      strings: sources.map((s) => {
        const t = byKey.get(key({ entityType: s.entityType, entityId: s.id }));
        return {
          entityType: s.entityType,
          entityId: s.id,
          source: s.fields,
          sourceRevision: s.revision,
          status: t?.status ?? 'missing',
          translation: t ? toResponse(t) : null,
        };
      }),
    };
  }

  private async assertLocale(manager: EntityManager, locale: string): Promise<void> {
    if (!(await contentLocaleExists(manager, locale)))
      throw new NotFoundException(coded('content_locale.not_found', 'locale', 'no such content locale'));
  }
}

function assertEntityType(value: string): TranslationEntity {
  if (!(TRANSLATION_ENTITIES as readonly string[]).includes(value))
    throw new NotFoundException(
      coded('translation.unknown_entity', 'entityType', `must be one of ${TRANSLATION_ENTITIES.join(', ')}`),
    );
  return value as TranslationEntity;
}

function toResponse(t: TranslationRow): TranslationResponseDto {
  return {
    id: t.id,
    entityType: t.entityType,
    entityId: t.entityId,
    courseId: t.courseId,
    locale: t.locale,
    fields: t.fields,
    status: t.status,
    sourceFields: t.sourceFields,
    sourceRevision: t.sourceRevision,
    outdatedSince: t.outdatedSince ? new Date(t.outdatedSince).toISOString() : null,
    updatedAt: new Date(t.updatedAt).toISOString(),
    publishedAt: t.publishedAt ? new Date(t.publishedAt).toISOString() : null,
  };
}
