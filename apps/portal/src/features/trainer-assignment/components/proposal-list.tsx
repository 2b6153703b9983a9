import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '@/components/errors/error-text';
import { TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { paths } from '@/config/paths';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { useAcceptAssignment } from '@/features/trainer-assignment/api/accept-assignment';
import { useDeclineAssignment } from '@/features/trainer-assignment/api/decline-assignment';
import type { Assignment } from '@/features/trainer-assignment/api/get-assignments';
import { formatTimeLeft, isUrgent, timeLeft } from '@/features/trainer-assignment/lib/answer-by';

interface Outcome {
  answer: 'accepted' | 'declined';
  course: string;
  unit: string;
}

/** How often "answer by … (in 3 hours)" is worked out again. */
const TICK_MS = 30_000;

/** A proposal the page was opened for (a link in the proposal e-mail), and the answer chosen there. */
export interface ProposalFocus {
  assignmentId: string;
  answer: 'accept' | 'decline' | null;
}

/**
 * The trainer's open proposals, each with what it is, until when to answer, and Accept / Decline (with
 * a reason). An answered proposal leaves the list; what became of it is said above the list. Opened from
 * an e-mail (`focus`), that proposal comes first and takes the focus: on its Accept button, or with the
 * decline form open; the answer is still the trainer's click.
 */
export function ProposalList({
  proposals,
  focus = null,
}: {
  proposals: readonly Assignment[];
  focus?: ProposalFocus | null;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <>
      <div className={outcome ? 'alert alert--success' : 'visually-hidden'} role="status">
        {outcome ? (
          outcome.answer === 'accepted' ? (
            <p>
              {t('assignment.proposals.accepted', { course: outcome.course, unit: outcome.unit })}{' '}
              <Link to={paths.app.myCohorts.getHref()}>{t('assignment.proposals.toMyCohorts')}</Link>
            </p>
          ) : (
            <p>{t('assignment.proposals.declined', { course: outcome.course, unit: outcome.unit })}</p>
          )
        ) : null}
      </div>
      {proposals.length === 0 ? (
        <p className="card empty-state">{t('assignment.proposals.empty')}</p>
      ) : (
        <ul className="stack">
          {[...proposals]
            .sort((a, b) => Number(b.id === focus?.assignmentId) - Number(a.id === focus?.assignmentId))
            .map((proposal) => (
              <li key={proposal.id}>
                <ProposalCard
                  proposal={proposal}
                  now={now}
                  focusAnswer={proposal.id === focus?.assignmentId ? (focus.answer ?? 'accept') : null}
                  onAnswered={(answer) =>
                    setOutcome({ answer, course: proposal.courseTitle, unit: proposal.policeUnitName })
                  }
                />
              </li>
            ))}
        </ul>
      )}
    </>
  );
}

function ProposalCard({
  proposal,
  now,
  focusAnswer,
  onAnswered,
}: {
  proposal: Assignment;
  now: Date;
  /** Opened from the e-mail for this proposal: focus Accept, or open the decline form. */
  focusAnswer: 'accept' | 'decline' | null;
  onAnswered: (answer: Outcome['answer']) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const accept = useAcceptAssignment();
  const [declining, setDeclining] = useState(focusAnswer === 'decline');
  const acceptRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAnswer === 'accept') acceptRef.current?.focus();
  }, [focusAnswer]);
  const titleId = useId();
  const declineFormId = useId();
  const left = timeLeft(proposal.expiresAt, now);
  const named = { course: proposal.courseTitle, unit: proposal.policeUnitName };

  return (
    <article className="card proposal" aria-labelledby={titleId}>
      <h2 id={titleId}>{proposal.courseTitle}</h2>
      <dl className="meta">
        <div>
          <dt>{t('assignment.proposals.unit')}</dt>
          <dd>{proposal.policeUnitName}</dd>
        </div>
        <div>
          <dt>{t('assignment.proposals.country')}</dt>
          <dd>{format.country(proposal.countryCode)}</dd>
        </div>
        <div>
          <dt>{t('assignment.proposals.period')}</dt>
          <dd>
            <time dateTime={proposal.startsAt}>{format.dateRange(proposal.startsAt, proposal.endsAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('assignment.proposals.delivery')}</dt>
          <dd>{t(`deliveryMode.${proposal.deliveryMode}`)}</dd>
        </div>
        <div>
          <dt>{t('assignment.proposals.language')}</dt>
          <dd>{format.language(proposal.language)}</dd>
        </div>
        <div>
          <dt>{t('assignment.proposals.answerBy')}</dt>
          <dd className={isUrgent(left) ? 'proposal__deadline proposal__deadline--urgent' : 'proposal__deadline'}>
            <time dateTime={proposal.expiresAt}>
              {left.lapsed
                ? t('assignment.proposals.lapsedAt', { time: format.dateTime(proposal.expiresAt) })
                : t('assignment.proposals.answerByTime', {
                    time: format.dateTime(proposal.expiresAt),
                    left: formatTimeLeft(left, format.locale),
                  })}
            </time>
          </dd>
        </div>
      </dl>
      <div className="actions">
        <button
          ref={acceptRef}
          type="button"
          className="button"
          disabled={accept.isPending || left.lapsed}
          aria-busy={accept.isPending}
          aria-label={t('assignment.proposals.acceptNamed', named)}
          onClick={() => accept.mutate(proposal.id, { onSuccess: () => onAnswered('accepted') })}
        >
          {accept.isPending ? t('assignment.proposals.accepting') : t('assignment.proposals.accept')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={declining}
          aria-controls={declineFormId}
          aria-label={t('assignment.proposals.declineNamed', named)}
          disabled={accept.isPending || left.lapsed}
          onClick={() => setDeclining((open) => !open)}
        >
          {t('assignment.proposals.decline')}
        </button>
      </div>
      <p
        role="status"
        className={accept.isError ? 'row-action__message row-action__message--error' : 'row-action__message'}
      >
        {accept.isError ? errorText(accept.error, t) : ''}
      </p>
      <div id={declineFormId} hidden={!declining}>
        {declining ? (
          <DeclineForm
            proposal={proposal}
            onCancel={() => setDeclining(false)}
            onDeclined={() => onAnswered('declined')}
          />
        ) : null}
      </div>
    </article>
  );
}

/** Declining asks for a reason (the API wants 3 to 500 characters); the next trainer is then asked. */
function DeclineForm({
  proposal,
  onCancel,
  onDeclined,
}: {
  proposal: Assignment;
  onCancel: () => void;
  onDeclined: () => void;
}) {
  const { t } = useTranslation();
  const decline = useDeclineAssignment();
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(decline.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    decline.mutate({ id: proposal.id, reason: reason.trim() }, { onSuccess: onDeclined });
  };
  return (
    <form className="form section" onSubmit={submit}>
      <FormError id={errors.errorId} error={decline.error} title={t('assignment.proposals.declineFailed')} />
      <TextAreaField
        label={t('assignment.proposals.reason')}
        hint={t('assignment.proposals.reasonHint')}
        required
        minLength={3}
        maxLength={500}
        rows={3}
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        {...errors.of('reason')}
      />
      <div className="actions">
        <button
          type="submit"
          className="button button--danger"
          disabled={decline.isPending}
          aria-busy={decline.isPending}
        >
          {decline.isPending ? t('assignment.proposals.declining') : t('assignment.proposals.confirmDecline')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={decline.isPending}>
          {t('assignment.proposals.keep')}
        </button>
      </div>
    </form>
  );
}
