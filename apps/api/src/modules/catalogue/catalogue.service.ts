import { BadRequestException, ConflictException, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  defaultDeliveryPolicy,
  SOURCE_LOCALE,
  type CourseLevel,
  type CourseStatus,
  type ErrorDetail,
} from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { pageWindow } from '../../core/http/pagination.dto';
import { Clock } from '../../core/clock/clock';
import { AuditService } from '../audit/audit.service';
import type { ReaderLanguages } from '../translations/reader-languages';
import type { Resolved } from '../translations/translation-resolve';
import { AVAILABLE_IN_CONDITION } from '../translations/translations.queries';
import { TranslationsService } from '../translations/translations.service';
import { Assessment } from './assessment.entity';
import { CatalogueCache } from './catalogue-cache';
import { CatalogueHelpers } from './catalogue.helpers';
import { CataloguePolicy } from './catalogue.policy';
import {
  closeLessonGap,
  closeModuleGap,
  countLessons,
  courseOfModule,
  courseStatus,
  findCourse,
  findLesson,
  lessonIdsOf,
  moduleIdsOf,
  nextLessonPosition,
  nextModulePosition,
  searchCourses,
  setLessonOrder,
  setModuleOrder,
  type CourseRow,
} from './catalogue.queries';
import { refreshCourseSearch } from './course-search.queries';
import { CourseModule } from './course-module.entity';
import { Course } from './course.entity';
import {
  AssessmentAdminDto,
  AssessmentWriteDto,
  CourseCreateDto,
  CourseDetailDto,
  CourseListQueryDto,
  CoursePageDto,
  CourseSummaryDto,
  CourseUpdateDto,
  LessonCreateDto,
  LessonDto,
  LessonUpdateDto,
  ModuleWriteDto,
  QuestionCreateDto,
} from './dtos/course.dto';
import { Lesson } from './lesson.entity';
import { Question } from './question.entity';
import { coded } from '../../core/errors/coded';

/** The filters of a course list, normalised (absent: null; the search text trimmed, empty: null). */
interface CourseFilters {
  status: CourseStatus | null;
  topic: string | null;
  language: string | null;
  level: CourseLevel | null;
  availableIn: string | null;
  q: string | null;
}

/** A publishing rule broken by removing content from a published course: the same rule, said as a 409. */
const PUBLISHED_REFUSALS: Record<
  string,
  'course.published_needs_lesson' | 'course.published_needs_assessment' | 'course.published_needs_questions'
> = {
  'course.publish_needs_lesson': 'course.published_needs_lesson',
  'course.publish_needs_assessment': 'course.published_needs_assessment',
  'course.publish_needs_questions': 'course.published_needs_questions',
};

@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly translations: TranslationsService,
    private readonly clock: Clock,
    private readonly cache: CatalogueCache,
  ) {}

  /** The reader's content locales; none for those who read the source (admins). */
  private async readerLocales(user: AuthUser, reader: ReaderLanguages | undefined): Promise<string[]> {
    if (!reader || CataloguePolicy.readsSource(user)) return [];
    return this.translations.readerLocales(reader);
  }

  /**
   * A page of the courses the user may see. Kept per process under the catalogue's version (CatalogueCache),
   * keyed by everything it is computed from: the reader's class, their content locales and every filter, each
   * normalised. (Nothing in it is about the user beyond those.)
   */
  async list(user: AuthUser, query: CourseListQueryDto, reader?: ReaderLanguages): Promise<CoursePageDto> {
    const window = pageWindow(query);
    const filters: CourseFilters = {
      status: CataloguePolicy.statusFilter(user, query.status) ?? null,
      topic: query.topic ?? null,
      language: query.language ?? null,
      level: query.level ?? null,
      availableIn: query.availableIn ?? null,
      q: query.q?.trim() || null,
    };
    const locales = await this.readerLocales(user, reader);
    const key = JSON.stringify([
      'list',
      CataloguePolicy.cacheScope(user),
      locales,
      window.page,
      window.pageSize,
      filters,
    ]);
    return this.cache.answer(key, () => this.readList(user, window, filters, locales));
  }

  private async readList(
    user: AuthUser,
    { page, pageSize, skip }: { page: number; pageSize: number; skip: number },
    filters: CourseFilters,
    locales: string[],
  ): Promise<CoursePageDto> {
    const where = CataloguePolicy.courseScope(user);
    if (filters.status) where.add('c.status = ?', filters.status);
    if (filters.topic) where.add('? = ANY(c.topics)', filters.topic);
    if (filters.language) where.add('? = ANY(c.languages)', filters.language);
    if (filters.level) where.add('c.level = ?', filters.level);
    if (filters.availableIn) where.add(AVAILABLE_IN_CONDITION, filters.availableIn);
    const { rows, ...total } = await searchCourses(
      this.db.manager,
      where,
      filters.q ?? undefined,
      pageSize,
      skip,
      locales,
    );
    // A reader of the source (no reader locales) is shown the rows as they are: nothing to resolve.
    const texts = locales.length
      ? await this.translations.resolve(
          'course',
          rows.map((r) => r.id),
          locales,
        )
      : null;
    return {
      items: rows.map(({ availableIn, matchedLocale, ...r }) => ({
        ...toCourseSummary(r, texts?.get(r.id), availableIn),
        ...(matchedLocale ? { matchedLocale } : {}),
      })),
      ...total,
      page,
      pageSize,
    };
  }

  /** A course with its outline, kept like the list (see `list`). */
  async get(user: AuthUser, id: string, reader?: ReaderLanguages): Promise<CourseDetailDto> {
    const locales = await this.readerLocales(user, reader);
    const key = JSON.stringify(['course', CataloguePolicy.cacheScope(user), locales, id]);
    return this.cache.answer(key, () => this.readCourse(user, id, locales));
  }

  private async readCourse(user: AuthUser, id: string, locales: string[]): Promise<CourseDetailDto> {
    const course = await findCourse(this.db.manager, CataloguePolicy.courseScope(user).add('c.id = ?', id));
    if (!course) throw new NotFoundException(coded('course.not_found', 'id', 'no such course'));
    const modules = await this.db
      .getRepository(CourseModule)
      .find({ where: { courseId: id }, order: { position: 'ASC' } });
    const lessons = modules.length
      ? await this.db
          .getRepository(Lesson)
          .createQueryBuilder('l')
          .select(['l.id', 'l.title', 'l.position', 'l.minutes', 'l.moduleId'])
          .where('l.moduleId IN (:...ids)', { ids: modules.map((m) => m.id) })
          .orderBy('l.position')
          .getMany()
      : [];
    const assessment = await this.db.getRepository(Assessment).findOne({ where: { courseId: id } });
    const questionCount = assessment
      ? await this.db.getRepository(Question).count({ where: { assessmentId: assessment.id } })
      : 0;
    const courseText = await this.translations.resolve('course', [id], locales);
    const moduleTexts = await this.translations.resolve(
      'course_module',
      modules.map((m) => m.id),
      locales,
    );
    const lessonTexts = await this.translations.resolve(
      'lesson',
      lessons.map((l) => l.id),
      locales,
    );
    const available = await this.translations.availableLocales([id]);
    return {
      ...toCourseSummary(course, courseText.get(id), available.get(id)),
      modules: modules.map((m) => ({
        id: m.id,
        title: text(moduleTexts.get(m.id), 'title', m.title),
        position: m.position,
        ...metaOf(moduleTexts.get(m.id), course.sourceLocale),
        lessons: lessons
          .filter((l) => l.moduleId === m.id)
          .map((l) => ({
            id: l.id,
            title: text(lessonTexts.get(l.id), 'title', l.title),
            position: l.position,
            minutes: l.minutes,
            ...metaOf(lessonTexts.get(l.id), course.sourceLocale),
          })),
      })),
      assessment: assessment
        ? {
            passMark: assessment.passMark,
            attemptLimit: assessment.attemptLimit,
            questionsPerAttempt: assessment.questionsPerAttempt,
            timeLimitMinutes: assessment.timeLimitMinutes,
            questionCount,
          }
        : null,
    };
  }

  async getLesson(user: AuthUser, id: string, reader?: ReaderLanguages): Promise<LessonDto> {
    const lesson = await findLesson(this.db.manager, CataloguePolicy.courseScope(user).add('l.id = ?', id));
    if (!lesson) throw new NotFoundException(coded('lesson.not_found', 'id', 'no such lesson'));
    const resolved = (await this.translations.resolve('lesson', [id], await this.readerLocales(user, reader))).get(id);
    const { sourceLocale, ...written } = lesson;
    return {
      ...written,
      title: text(resolved, 'title', lesson.title),
      body: text(resolved, 'body', lesson.body),
      ...metaOf(resolved, sourceLocale),
    };
  }

  async create(actor: AuthUser, body: CourseCreateDto): Promise<CourseSummaryDto> {
    return this.db.transaction(async (manager) => {
      if (await manager.getRepository(Course).exists({ where: { code: body.code } }))
        throw new ConflictException(coded('course.code_taken', 'code', 'a course with this code exists'));
      const course = await manager
        .getRepository(Course)
        .save(manager.getRepository(Course).create({ ...body, status: 'draft' }));
      await refreshCourseSearch(manager, course.id);
      await this.audit.record(manager, actor, {
        action: 'course.create',
        entityType: 'course',
        entityId: course.id,
        details: { code: body.code },
      });
      return toCourseSummary(course);
    });
  }

  async update(actor: AuthUser, id: string, body: CourseUpdateDto): Promise<CourseSummaryDto> {
    return this.db.transaction(async (manager) => {
      const course = await CatalogueHelpers.lockCourse(manager, id);
      if (body.status === 'published' && course.status !== 'published') await this.assertPublishable(manager, id);
      const textChanged =
        (body.title !== undefined && body.title !== course.title) ||
        (body.summary !== undefined && body.summary !== course.summary);
      Object.assign(course, body);
      if (textChanged) course.revision += 1;
      await manager.getRepository(Course).save(course);
      if (textChanged) {
        await this.translations.markOutdated(manager, 'course', id);
        await refreshCourseSearch(manager, id);
      }
      await this.audit.record(manager, actor, {
        action: 'course.update',
        entityType: 'course',
        entityId: id,
        details: { ...body },
      });
      return toCourseSummary(course);
    });
  }

  /** After removing content from a published course: it must still be publishable, or nothing changes (409). */
  private async assertStillPublishable(manager: EntityManager, courseId: string) {
    if ((await courseStatus(manager, courseId)) !== 'published') return;
    try {
      await this.assertPublishable(manager, courseId);
    } catch (error) {
      const refusal = error instanceof HttpException ? (error.getResponse() as ErrorDetail) : undefined;
      const code = PUBLISHED_REFUSALS[refusal?.code ?? ''];
      if (!refusal || !code) throw error;
      const text = `${refusal.message.replace(/^status: /, 'the course is published and ')}; withdraw it to draft first`;
      throw new ConflictException(
        code === 'course.published_needs_questions'
          ? coded(code, 'status', text, { count: Number(refusal.params?.count) })
          : coded(code, 'status', text),
      );
    }
  }

  /** A course goes live only with at least one lesson and an assessment with enough questions. */
  private async assertPublishable(manager: EntityManager, courseId: string) {
    if ((await countLessons(manager, courseId)) === 0)
      throw new BadRequestException(
        coded('course.publish_needs_lesson', 'status', 'a course needs at least one lesson before it is published'),
      );
    const assessment = await manager.getRepository(Assessment).findOne({ where: { courseId } });
    if (!assessment)
      throw new BadRequestException(
        coded('course.publish_needs_assessment', 'status', 'a course needs an assessment before it is published'),
      );
    const questions = await manager.getRepository(Question).count({ where: { assessmentId: assessment.id } });
    if (questions < assessment.questionsPerAttempt)
      throw new BadRequestException(
        coded(
          'course.publish_needs_questions',
          'status',
          `the assessment needs at least ${assessment.questionsPerAttempt} questions`,
          {
            count: assessment.questionsPerAttempt,
          },
        ),
      );
  }

  async addModule(actor: AuthUser, courseId: string, body: ModuleWriteDto) {
    return this.db.transaction(async (manager) => {
      await CatalogueHelpers.lockCourse(manager, courseId);
      const next = await nextModulePosition(manager, courseId);
      const module = await manager
        .getRepository(CourseModule)
        .save(manager.getRepository(CourseModule).create({ courseId, title: body.title, position: next }));
      await refreshCourseSearch(manager, courseId);
      await this.audit.record(manager, actor, {
        action: 'course_module.create',
        entityType: 'course_module',
        entityId: module.id,
        details: { courseId, title: body.title },
      });
      return {
        id: module.id,
        title: module.title,
        position: module.position,
        lessons: [],
        ...metaOf(undefined, SOURCE_LOCALE),
      };
    });
  }

  async updateModule(actor: AuthUser, id: string, body: ModuleWriteDto) {
    return this.db.transaction(async (manager) => {
      const module = await CatalogueHelpers.lockModule(manager, id);
      const textChanged = body.title !== module.title;
      module.title = body.title;
      if (textChanged) module.revision += 1;
      await manager.getRepository(CourseModule).save(module);
      if (textChanged) {
        await this.translations.markOutdated(manager, 'course_module', id);
        await refreshCourseSearch(manager, module.courseId);
      }
      await this.audit.record(manager, actor, {
        action: 'course_module.update',
        entityType: 'course_module',
        entityId: id,
        details: { ...body },
      });
      return {
        id: module.id,
        title: module.title,
        position: module.position,
        lessons: [],
        ...metaOf(undefined, SOURCE_LOCALE),
      };
    });
  }

  async deleteModule(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const module = await CatalogueHelpers.lockModule(manager, id);
      await manager.getRepository(CourseModule).delete({ id });
      await closeModuleGap(manager, module.courseId, module.position);
      await refreshCourseSearch(manager, module.courseId);
      await this.assertStillPublishable(manager, module.courseId);
      await this.audit.record(manager, actor, {
        action: 'course_module.delete',
        entityType: 'course_module',
        entityId: id,
        details: { courseId: module.courseId },
      });
    });
  }

  async reorderModules(actor: AuthUser, courseId: string, ids: string[]): Promise<CourseDetailDto> {
    await this.db.transaction(async (manager) => {
      await CatalogueHelpers.lockCourse(manager, courseId);
      CatalogueHelpers.assertSameSet(await moduleIdsOf(manager, courseId), ids);
      await setModuleOrder(manager, ids);
      await this.audit.record(manager, actor, {
        action: 'course.reorder_modules',
        entityType: 'course',
        entityId: courseId,
        details: { ids },
      });
    });
    return this.get(actor, courseId);
  }

  async addLesson(actor: AuthUser, moduleId: string, body: LessonCreateDto): Promise<LessonDto> {
    return this.db.transaction(async (manager) => {
      const module = await CatalogueHelpers.lockModule(manager, moduleId);
      const next = await nextLessonPosition(manager, moduleId);
      const lesson = await manager
        .getRepository(Lesson)
        .save(manager.getRepository(Lesson).create({ ...body, moduleId, position: next }));
      await refreshCourseSearch(manager, module.courseId);
      await this.audit.record(manager, actor, {
        action: 'lesson.create',
        entityType: 'lesson',
        entityId: lesson.id,
        details: { moduleId, title: body.title },
      });
      return {
        id: lesson.id,
        title: lesson.title,
        position: lesson.position,
        minutes: lesson.minutes,
        body: lesson.body,
        moduleId,
        courseId: module.courseId,
        ...metaOf(undefined, SOURCE_LOCALE),
      };
    });
  }

  async updateLesson(actor: AuthUser, id: string, body: LessonUpdateDto): Promise<LessonDto> {
    return this.db.transaction(async (manager) => {
      const lesson = await manager.getRepository(Lesson).findOne({
        where: { id },
        relations: { module: true },
        lock: { mode: 'pessimistic_write', tables: ['lesson'] },
      });
      if (!lesson) throw new NotFoundException(coded('lesson.not_found', 'id', 'no such lesson'));
      const textChanged =
        (body.title !== undefined && body.title !== lesson.title) ||
        (body.body !== undefined && body.body !== lesson.body);
      Object.assign(lesson, body);
      if (textChanged) lesson.revision += 1;
      await manager.getRepository(Lesson).save(lesson);
      if (textChanged) {
        await this.translations.markOutdated(manager, 'lesson', id);
        await refreshCourseSearch(manager, lesson.module!.courseId);
      }
      await this.audit.record(manager, actor, {
        action: 'lesson.update',
        entityType: 'lesson',
        entityId: id,
        details: { fields: Object.keys(body) },
      });
      return {
        id: lesson.id,
        title: lesson.title,
        position: lesson.position,
        minutes: lesson.minutes,
        body: lesson.body,
        moduleId: lesson.moduleId,
        courseId: lesson.module!.courseId,
        ...metaOf(undefined, SOURCE_LOCALE),
      };
    });
  }

  async deleteLesson(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const lesson = await manager
        .getRepository(Lesson)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!lesson) throw new NotFoundException(coded('lesson.not_found', 'id', 'no such lesson'));
      await manager.getRepository(Lesson).delete({ id });
      await closeLessonGap(manager, lesson.moduleId, lesson.position);
      const courseId = await courseOfModule(manager, lesson.moduleId);
      await this.assertStillPublishable(manager, courseId);
      await refreshCourseSearch(manager, courseId);
      await this.audit.record(manager, actor, {
        action: 'lesson.delete',
        entityType: 'lesson',
        entityId: id,
        details: { moduleId: lesson.moduleId },
      });
    });
  }

  async reorderLessons(actor: AuthUser, moduleId: string, ids: string[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await CatalogueHelpers.lockModule(manager, moduleId);
      CatalogueHelpers.assertSameSet(await lessonIdsOf(manager, moduleId), ids);
      await setLessonOrder(manager, ids);
      await this.audit.record(manager, actor, {
        action: 'course_module.reorder_lessons',
        entityType: 'course_module',
        entityId: moduleId,
        details: { ids },
      });
    });
  }

  async getAssessment(courseId: string): Promise<AssessmentAdminDto> {
    const assessment = await this.db.getRepository(Assessment).findOne({ where: { courseId } });
    if (!assessment)
      throw new NotFoundException(coded('assessment.not_found', 'id', 'this course has no assessment yet'));
    const questions = await this.db
      .getRepository(Question)
      .find({ where: { assessmentId: assessment.id }, order: { prompt: 'ASC' } });
    return {
      passMark: assessment.passMark,
      attemptLimit: assessment.attemptLimit,
      questionsPerAttempt: assessment.questionsPerAttempt,
      timeLimitMinutes: assessment.timeLimitMinutes,
      questionCount: questions.length,
      questions: questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        options: q.options,
        correct: q.correct,
      })),
    };
  }

  async putAssessment(actor: AuthUser, courseId: string, body: AssessmentWriteDto): Promise<AssessmentAdminDto> {
    await this.db.transaction(async (manager) => {
      await CatalogueHelpers.lockCourse(manager, courseId);
      const repo = manager.getRepository(Assessment);
      const existing = await repo.findOne({ where: { courseId } });
      const values = {
        passMark: body.passMark,
        attemptLimit: body.attemptLimit,
        questionsPerAttempt: body.questionsPerAttempt,
        timeLimitMinutes: body.timeLimitMinutes ?? null,
      };
      const saved = await repo.save(existing ? Object.assign(existing, values) : repo.create({ courseId, ...values }));
      await this.assertStillPublishable(manager, courseId);
      await this.audit.record(manager, actor, {
        action: 'assessment.update',
        entityType: 'assessment',
        entityId: saved.id,
        details: { courseId, ...values },
      });
    });
    return this.getAssessment(courseId);
  }

  async addQuestion(actor: AuthUser, courseId: string, body: QuestionCreateDto): Promise<AssessmentAdminDto> {
    CatalogueHelpers.assertQuestionShape(body);
    await this.db.transaction(async (manager) => {
      const assessment = await manager
        .getRepository(Assessment)
        .findOne({ where: { courseId }, lock: { mode: 'pessimistic_write' } });
      if (!assessment)
        throw new NotFoundException(
          coded('assessment.set_up_first', 'id', 'set up the assessment before adding questions'),
        );
      const options = body.options.map((text) => ({ id: randomUUID(), text: text.trim() }));
      const question = await manager.getRepository(Question).save(
        manager.getRepository(Question).create({
          assessmentId: assessment.id,
          kind: body.kind,
          prompt: body.prompt,
          options,
          correct: body.correct.map((i) => options[i].id),
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'question.create',
        entityType: 'question',
        entityId: question.id,
        details: { courseId },
      });
    });
    return this.getAssessment(courseId);
  }

  async deleteQuestion(actor: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const question = await manager
        .getRepository(Question)
        .findOne({ where: { id }, relations: { assessment: true } });
      if (!question) throw new NotFoundException(coded('question.not_found', 'id', 'no such question'));
      await manager.getRepository(Question).delete({ id });
      await this.assertStillPublishable(manager, question.assessment!.courseId);
      await this.audit.record(manager, actor, { action: 'question.delete', entityType: 'question', entityId: id });
    });
  }
}

/** The text to show of one field: the resolved one, else the source as read. */
function text(resolved: Resolved | undefined, field: string, source: string): string {
  const value = resolved?.fields[field];
  return typeof value === 'string' ? value : source;
}

/** `contentLocale` and `translation` of an item: as resolved, or the source as written. */
function metaOf(resolved: Resolved | undefined, sourceLocale: string) {
  const meta = resolved?.meta ?? {
    locale: sourceLocale,
    status: 'source' as const,
    fallback: false,
    outdatedSince: null,
  };
  return { contentLocale: meta.locale, translation: meta };
}

function toCourseSummary(c: CourseRow | Course, resolved?: Resolved, availableIn?: string[]): CourseSummaryDto {
  return {
    id: c.id,
    code: c.code,
    title: text(resolved, 'title', c.title),
    summary: text(resolved, 'summary', c.summary),
    level: c.level,
    topics: c.topics,
    languages: c.languages,
    hours: c.hours,
    minAttendancePercent: c.minAttendancePercent,
    status: c.status,
    sourceLocale: c.sourceLocale,
    deliveryPolicy: c.deliveryPolicy ?? defaultDeliveryPolicy(c.level),
    availableIn: availableIn ?? [c.sourceLocale],
    ...metaOf(resolved, c.sourceLocale),
  };
}
