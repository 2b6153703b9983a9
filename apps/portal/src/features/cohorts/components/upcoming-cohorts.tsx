import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { runAction, runState, type OwnEnrolment, type RunState } from '@/features/cohorts/lib/run-offer';
import { CohortFacts } from './cohort-facts';
import { EnrolAction } from './enrol-action';
import { SwitchAction } from './switch-action';

interface UpcomingCohortsProps {
  cohorts: readonly Cohort[];
  courseTitle: string;
  /** Officers and coordinators may enrol themselves. */
  canEnrol: boolean;
  /** The learner's own enrolments in this course (undefined while they load: no action is offered yet). */
  ownEnrolments?: readonly OwnEnrolment[];
  /** The way to cancel a pending switch (withdrawing the waiting enrolment), composed by the page. */
  renderCancelSwitch?: (enrolmentId: string) => ReactNode;
}

/**
 * A course's coming runs, each with its facts and, for learners, where they stand in it and the way in:
 * Enrol where they hold nothing in the course, Switch to this run where they hold a place in another run,
 * nothing on runs whose enrolment has closed (started, or not open).
 */
export function UpcomingCohorts({
  cohorts,
  courseTitle,
  canEnrol,
  ownEnrolments,
  renderCancelSwitch,
}: UpcomingCohortsProps) {
  const { t } = useTranslation();
  if (cohorts.length === 0) return <p className="empty">{t('course.noCohorts')}</p>;
  return (
    <ul className="cohort-list">
      {cohorts.map((cohort) => (
        <li key={cohort.id} className="card cohort-card">
          <CohortFacts cohort={cohort} />
          {cohort.requiresApproval ? <p className="muted cohort-card__note">{t('cohort.requiresApproval')}</p> : null}
          {canEnrol && ownEnrolments ? (
            <RunOffer
              cohort={cohort}
              courseTitle={courseTitle}
              own={ownEnrolments}
              renderCancelSwitch={renderCancelSwitch}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function RunOffer({
  cohort,
  courseTitle,
  own,
  renderCancelSwitch,
}: {
  cohort: Cohort;
  courseTitle: string;
  own: readonly OwnEnrolment[];
  renderCancelSwitch?: (enrolmentId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  // Once the learner acts here, the action stays in view to tell them what came of it, while their
  // standing (refetched) changes underneath.
  const [acted, setActed] = useState<'enrol' | 'switch' | null>(null);
  const state = runState(cohort.id, own);
  const action = runAction(cohort, own);
  const act = acted ?? (action?.kind === 'enrol' || action?.kind === 'switch' ? action.kind : null);
  const fromEnrolmentId = action?.kind === 'switch' ? action.fromEnrolmentId : null;
  return (
    <>
      {acted ? null : <RunStateNote state={state} renderCancelSwitch={renderCancelSwitch} />}
      {act === 'enrol' ? (
        <EnrolAction cohort={cohort} courseTitle={courseTitle} onStart={() => setActed('enrol')} />
      ) : act === 'switch' ? (
        <SwitchAction
          cohort={cohort}
          courseTitle={courseTitle}
          fromEnrolmentId={fromEnrolmentId ?? ''}
          onStart={() => setActed('switch')}
        />
      ) : action?.kind === 'closed' ? (
        <p className="muted cohort-card__note">
          {cohort.status === 'open' ? t('cohort.enrolmentClosed') : t(`cohort.notOpen.${cohort.status}`)}
        </p>
      ) : null}
    </>
  );
}

function RunStateNote({
  state,
  renderCancelSwitch,
}: {
  state: RunState;
  renderCancelSwitch?: (enrolmentId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (state.kind) {
    case 'none':
      return null;
    case 'waitlisted':
      return (
        <p className="cohort-card__state">
          {state.position
            ? t('runState.waitlistedAt', { position: format.number(state.position) })
            : t('runState.waitlisted')}
        </p>
      );
    case 'pendingSwitch':
      return (
        <div className="cohort-card__state">
          <p>
            {state.position
              ? t('runState.pendingSwitchAt', { position: format.number(state.position) })
              : t('runState.pendingSwitch')}
          </p>
          {renderCancelSwitch?.(state.enrolmentId)}
        </div>
      );
    default:
      return <p className="cohort-card__state">{t(`runState.${state.kind}`)}</p>;
  }
}
