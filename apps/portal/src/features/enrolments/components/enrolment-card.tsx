import { ACTIVE_ENROLMENT_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { EnrolmentStatusTag } from '@/components/ui/enrolment-status-tag';
import { ProgressBar } from '@/components/ui/progress-bar';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useWithdrawEnrolment } from '@/features/enrolments/api/withdraw-enrolment';
import type { Enrolment } from '@/features/enrolments/api/get-enrolments';
import { readyForAssessment } from '@/features/enrolments/lib/next-step';

/** One of my enrolments: course, status, dates, progress, and what to do next. */
export function EnrolmentCard({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawEnrolment();
  const titleId = `enrolment-${enrolment.id}`;
  const studying = enrolment.status === 'enrolled';
  const active = ACTIVE_ENROLMENT_STATUSES.includes(enrolment.status);

  return (
    <article className="card enrolment-card" aria-labelledby={titleId}>
      <div className="enrolment-card__head">
        <h2 id={titleId} className="enrolment-card__title">
          <Link to={paths.app.course.getHref({ courseId: enrolment.courseId })}>{enrolment.courseTitle}</Link>
        </h2>
        <EnrolmentStatusTag status={enrolment.status} waitlistPosition={enrolment.waitlistPosition} />
      </div>
      <dl className="meta">
        <div>
          <dt>{t('cohort.dates')}</dt>
          <dd>
            <time dateTime={enrolment.startsAt}>{format.dateRange(enrolment.startsAt, enrolment.endsAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('cohort.delivery')}</dt>
          <dd>{t(`deliveryMode.${enrolment.deliveryMode}`)}</dd>
        </div>
        {enrolment.completedAt ? (
          <div>
            <dt>{t('myLearning.completedOn')}</dt>
            <dd>
              <time dateTime={enrolment.completedAt}>{format.date(enrolment.completedAt)}</time>
            </dd>
          </div>
        ) : null}
      </dl>
      {enrolment.status === 'waitlisted' ? <p className="muted">{t('myLearning.waitlistedHint')}</p> : null}
      {enrolment.status === 'pending_approval' ? <p className="muted">{t('myLearning.pendingHint')}</p> : null}
      {enrolment.status !== 'withdrawn' ? (
        <ProgressBar value={enrolment.progressPercent} label={t('myLearning.lessonsDone')} />
      ) : null}
      {withdraw.isError ? <ErrorMessage error={withdraw.error} /> : null}
      <div className="actions enrolment-card__actions">
        {studying && enrolment.nextLessonId ? (
          <Link
            className="button"
            to={paths.app.lesson.getHref({ enrolmentId: enrolment.id, lessonId: enrolment.nextLessonId })}
          >
            {enrolment.progressPercent > 0
              ? t('myLearning.continue', { lesson: enrolment.nextLessonTitle ?? '' })
              : t('myLearning.start', { lesson: enrolment.nextLessonTitle ?? '' })}
          </Link>
        ) : null}
        {readyForAssessment(enrolment) ? (
          <Link className="button" to={paths.app.assessment.getHref({ enrolmentId: enrolment.id })}>
            {t('myLearning.takeAssessment')}
          </Link>
        ) : null}
        {active ? (
          <ConfirmButton
            className="button button--danger-secondary"
            label={t('myLearning.withdraw')}
            accessibleLabel={t('myLearning.withdrawFrom', { course: enrolment.courseTitle })}
            title={t('myLearning.withdrawTitle')}
            message={t(
              enrolment.status === 'enrolled' ? 'myLearning.withdrawMessageSeat' : 'myLearning.withdrawMessage',
              { course: enrolment.courseTitle },
            )}
            confirmLabel={t('myLearning.withdraw')}
            danger
            busy={withdraw.isPending}
            onConfirm={() => withdraw.mutate(enrolment.id)}
          />
        ) : null}
      </div>
    </article>
  );
}
