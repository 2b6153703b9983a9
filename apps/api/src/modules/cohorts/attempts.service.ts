import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { scoreAttempt, SOURCE_LOCALE } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { CohortsPolicy, type EnrolmentFacts } from './cohorts.policy';
import { AttemptResponseDto, AttemptSubmitDto } from './dtos/cohort.dto';
import { EnrolmentsService } from './enrolments.service';
import { announceCompletion, refreshProgress } from './enrolment-completion';
import {
  assessmentOfCourse,
  attemptsOf,
  drawQuestionIds,
  findAttempt,
  insertAttempt,
  lockEnrolmentStatus,
  questionsByIds,
  submitAttempt,
  type AssessmentRow,
  type AttemptRow,
  type QuestionRow,
} from './enrolments.queries';
import { OutboxService } from '../../core/outbox/outbox.service';
import type { ReaderLanguages } from '../translations/reader-languages';
import type { Resolved } from '../translations/translation-resolve';
import { TranslationsService } from '../translations/translations.service';
import { coded } from '../../core/errors/coded';
import { AccessLogService } from '../privacy/access-log.service';

/** A submission this long after the deadline is still accepted, for the network's sake. */
const GRACE_MS = 15_000;

@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrolments: EnrolmentsService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly translations: TranslationsService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The reader's content locales (none: the source). */
  private readerLocales(reader: ReaderLanguages | undefined, manager: EntityManager): Promise<string[]> {
    return reader ? this.translations.readerLocales(reader, manager) : Promise.resolve([]);
  }

  /** Starts an attempt, or returns the one still open (resume). Questions come without answers. */
  async start(user: AuthUser, enrolmentId: string, reader?: ReaderLanguages): Promise<AttemptResponseDto> {
    return this.db.transaction(async (manager) => {
      const locales = await this.readerLocales(reader, manager);
      const view = await this.enrolments.view(user, enrolmentId, manager);
      CohortsPolicy.assertIsLearner(user, view);
      const status = await lockEnrolmentStatus(manager, enrolmentId);
      if (status !== 'enrolled')
        throw new ConflictException(
          coded(
            'attempt.needs_enrolled',
            'status',
            `the assessment can be taken only while enrolled (this enrolment is ${status})`,
            {
              status,
            },
          ),
        );
      const assessment = await this.assessmentOf(manager, view.courseId);
      const attempts = await attemptsOf(manager, enrolmentId);
      const now = this.clock.now();
      const open = attempts.find(
        (a) =>
          a.submitted_at === null && (a.deadline_at === null || a.deadline_at.getTime() + GRACE_MS > now.getTime()),
      );
      if (open) return this.present(manager, open, assessment, attempts.length, locales);
      if (attempts.some((a) => a.passed))
        throw new ConflictException(coded('attempt.already_passed', 'attempt', 'the assessment is already passed'));
      if (attempts.length >= assessment.attempt_limit)
        throw new ConflictException(
          coded('attempt.limit_reached', 'attempt', `all ${assessment.attempt_limit} attempts are used`, {
            limit: assessment.attempt_limit,
          }),
        );
      const questionIds = await drawQuestionIds(manager, assessment.id, assessment.questions_per_attempt);
      if (questionIds.length === 0)
        throw new ConflictException(coded('attempt.no_questions', 'attempt', 'the assessment has no questions yet'));
      // The language the questions are shown in: the first question's, as all of a course's are translated together.
      const shown = await this.translations.resolve('question', questionIds.slice(0, 1), locales, manager);
      const locale = shown.get(questionIds[0])?.meta.locale ?? SOURCE_LOCALE;
      const deadline = assessment.time_limit_minutes
        ? new Date(now.getTime() + assessment.time_limit_minutes * 60_000)
        : null;
      const created = await insertAttempt(manager, {
        enrolmentId,
        questionIds,
        startedAt: now,
        deadlineAt: deadline,
        locale,
      });
      return this.present(manager, created, assessment, attempts.length + 1, locales);
    });
  }

  async get(user: AuthUser, attemptId: string, reader?: ReaderLanguages): Promise<AttemptResponseDto> {
    const { attempt, courseId, view } = await this.load(user, this.db.manager, attemptId, false);
    const assessment = await this.assessmentOf(this.db.manager, courseId);
    // Order does not matter here: the attempts are only counted and checked for a pass.
    const attempts = await attemptsOf(this.db.manager, attempt.enrolment_id);
    await this.accessLog.record(null, user, [view.officerId], 'attempt', { type: 'assessment_attempt', id: attemptId });
    return this.present(
      this.db.manager,
      attempt,
      assessment,
      attempts.length,
      await this.readerLocales(reader, this.db.manager),
      true,
      this.mayReveal(user, view, attempts, assessment),
    );
  }

  /** Whether the answers may be shown; the learner sees them only when no retake is left. */
  private mayReveal(user: AuthUser, view: EnrolmentFacts, attempts: AttemptRow[], assessment: AssessmentRow): boolean {
    const retakeLeft =
      !attempts.some((a) => a.passed) && attempts.filter((a) => a.submitted_at).length < assessment.attempt_limit;
    return CohortsPolicy.maySeeAnswers(user, view, retakeLeft);
  }

  async list(user: AuthUser, enrolmentId: string): Promise<AttemptResponseDto[]> {
    const view = await this.enrolments.view(user, enrolmentId);
    const assessment = await this.assessmentOf(this.db.manager, view.courseId);
    const attempts = await attemptsOf(this.db.manager, enrolmentId);
    await this.accessLog.record(null, user, [view.officerId], 'attempt', { type: 'enrolment', id: enrolmentId });
    return Promise.all(attempts.map((a) => this.present(this.db.manager, a, assessment, attempts.length, [], false)));
  }

  /** Scores on the server; a submitted or late attempt is refused and stays as it was. */
  async submit(
    user: AuthUser,
    attemptId: string,
    body: AttemptSubmitDto,
    reader?: ReaderLanguages,
  ): Promise<AttemptResponseDto> {
    return this.db
      .transaction(async (manager) => {
        const { attempt, courseId } = await this.load(user, manager, attemptId, true);
        if (attempt.submitted_at)
          throw new ConflictException(
            coded('attempt.already_submitted', 'attempt', 'already submitted; a submitted attempt cannot be changed'),
          );
        const now = this.clock.now();
        if (attempt.deadline_at && now.getTime() > attempt.deadline_at.getTime() + GRACE_MS)
          throw new ConflictException(coded('attempt.time_up', 'attempt', 'the time limit has passed'));
        const assessment = await this.assessmentOf(manager, courseId);
        const questions = await questionsByIds(manager, attempt.question_ids);
        const answers: Record<string, string[]> = {};
        for (const answer of body.answers) {
          const question = questions.find((q) => q.id === answer.questionId);
          if (!question)
            throw new BadRequestException(
              coded(
                'attempt.question_not_in_attempt',
                'answers.questionId',
                `${answer.questionId} is not part of this attempt`,
                {
                  questionId: answer.questionId,
                },
              ),
            );
          if (answer.optionIds.some((o) => !question.options.some((opt) => opt.id === o)))
            throw new BadRequestException(
              coded(
                'attempt.option_not_in_question',
                'answers.optionIds',
                `not an option of question ${answer.questionId}`,
                {
                  questionId: answer.questionId,
                },
              ),
            );
          if (answers[answer.questionId])
            throw new BadRequestException(
              coded('attempt.question_answered_twice', 'answers.questionId', `${answer.questionId} is answered twice`, {
                questionId: answer.questionId,
              }),
            );
          answers[answer.questionId] = answer.optionIds;
        }
        const score = scoreAttempt(questions, answers);
        const passed = score >= assessment.pass_mark;
        const updated = await submitAttempt(manager, attemptId, { submittedAt: now, answers, score, passed });
        if (passed && (await refreshProgress(manager, attempt.enrolment_id)))
          await announceCompletion(manager, this.outbox, attempt.enrolment_id);
        const { view } = await this.load(user, manager, attemptId, false);
        const attempts = await attemptsOf(manager, attempt.enrolment_id);
        return this.present(
          manager,
          updated,
          assessment,
          attempts.length,
          await this.readerLocales(reader, manager),
          true,
          this.mayReveal(user, view, attempts, assessment),
        );
      })
      .finally(() => this.outbox.relaySoon());
  }

  private async load(user: AuthUser, manager: EntityManager, attemptId: string, forUpdate: boolean) {
    const attempt = await findAttempt(manager, attemptId, forUpdate);
    if (!attempt) throw new NotFoundException(coded('attempt.not_found', 'id', 'no such attempt'));
    const view = await this.enrolments.view(user, attempt.enrolment_id, manager).catch(() => {
      throw new NotFoundException(coded('attempt.not_found', 'id', 'no such attempt'));
    });
    if (forUpdate) CohortsPolicy.assertIsLearner(user, view);
    return { attempt, courseId: view.courseId, view };
  }

  private async assessmentOf(manager: EntityManager, courseId: string): Promise<AssessmentRow> {
    const assessment = await assessmentOfCourse(manager, courseId);
    if (!assessment) throw new NotFoundException(coded('assessment.not_found', 'id', 'this course has no assessment'));
    return assessment;
  }

  /** Correct answers are included only after submission. */
  private async present(
    manager: EntityManager,
    a: AttemptRow,
    assessment: AssessmentRow,
    attemptsUsed: number,
    readerLocales: string[],
    withQuestions = true,
    reveal = false,
  ): Promise<AttemptResponseDto> {
    const questions = withQuestions ? await questionsByIds(manager, a.question_ids) : [];
    const ordered = a.question_ids
      .map((id) => questions.find((q) => q.id === id))
      .filter((q): q is QuestionRow => q !== undefined);
    // Shown in the attempt's language first, so a change of portal language mid-attempt changes nothing.
    const texts = withQuestions
      ? await this.translations.resolve('question', a.question_ids, [a.locale, ...readerLocales], manager)
      : new Map<string, Resolved>();
    return {
      id: a.id,
      enrolmentId: a.enrolment_id,
      startedAt: a.started_at.toISOString(),
      deadlineAt: a.deadline_at?.toISOString() ?? null,
      submittedAt: a.submitted_at?.toISOString() ?? null,
      score: a.score,
      passed: a.passed,
      passMark: assessment.pass_mark,
      attemptsLeft: Math.max(0, assessment.attempt_limit - attemptsUsed),
      locale: a.locale,
      questions: ordered.map((q) => {
        const shown = texts.get(q.id);
        const prompt = shown?.fields.prompt;
        const optionTexts = (shown?.fields.options ?? {}) as Record<string, string>;
        const meta = shown?.meta ?? {
          locale: a.locale,
          status: 'source' as const,
          fallback: false,
          outdatedSince: null,
        };
        return {
          id: q.id,
          kind: q.kind,
          prompt: typeof prompt === 'string' ? prompt : q.prompt,
          // Ids and order are the source's: only the text is translated.
          options: q.options.map((o) => ({ id: o.id, text: optionTexts[o.id] ?? o.text })),
          ...(a.submitted_at && reveal ? { correct: q.correct } : {}),
          contentLocale: meta.locale,
          translation: meta,
        };
      }),
    };
  }
}
