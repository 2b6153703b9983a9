import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/hooks/use-format';
import { isApiError } from '@/lib/api-client';
import { useVerification, type Verification } from '@/features/certifications/api/verify-certification';
import { statusTone } from '@/features/certifications/lib/status';
import { useVerifierStrings, VERIFIER_NS } from '@/features/certifications/lib/verifier-i18n';
import { NameCheck } from '@/features/certifications/components/name-check';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The public answer for a code: a prominent verdict (valid, expired, revoked) with the holder, the
 * programme and the dates (when revoked, since when and why, as a category); or why there is none (unknown
 * code, too many look-ups). `?on=YYYY-MM-DD` also asks whether it was valid that day.
 */
export function VerificationLookup({ code }: { code: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const on = params.get('on') ?? '';
  const verification = useVerification(code, DAY.test(on) ? on : undefined);
  let content;
  if (verification.isPending) content = <Spinner label={t('certification.verify.loading')} />;
  else if (verification.data) content = <VerificationResult verification={verification.data} />;
  else if (isApiError(verification.error, 404))
    content = <p className="alert alert--error">{t('certification.verify.notFound')}</p>;
  else if (isApiError(verification.error, 429))
    content = <p className="alert alert--error">{t('certification.verify.tooMany')}</p>;
  else content = <ErrorMessage error={verification.error} onRetry={() => void verification.refetch()} />;
  // Announced when it changes, so a screen reader hears the verdict after submitting a code.
  return (
    <div className="verification" aria-live="polite">
      {content}
    </div>
  );
}

function VerificationResult({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  // The labels below are the verifier namespace's (with this route's chunk, not the sign-in page's bytes):
  // English until the reader's language arrives.
  useVerifierStrings();
  const { t: tv } = useTranslation(VERIFIER_NS);
  const format = useFormat();
  const { status } = verification;
  return (
    <>
      <section className={`verdict verdict--${statusTone(status)}`} aria-labelledby="verdict-title">
        <h2 id="verdict-title" className="verdict__title">
          <span className="verdict__mark" aria-hidden="true">
            {status === 'active' ? '✓' : status === 'revoked' ? '✕' : '!'}
          </span>
          {t(`certification.verify.verdict.${status}`)}
        </h2>
        <p className="verdict__explanation">{t(`certification.verify.explanation.${status}`)}</p>
        <dl className="details verdict__details">
          <dt>{t('certification.fields.holder')}</dt>
          <dd>{verification.holderName}</dd>
          <dt>{t('certification.fields.programme')}</dt>
          <dd>{verification.programmeName}</dd>
          <dt>{t('certification.fields.issued')}</dt>
          <dd>
            <time dateTime={verification.issuedAt}>{format.date(verification.issuedAt)}</time>
          </dd>
          <dt>{t('certification.fields.validFrom')}</dt>
          <dd>
            <time dateTime={verification.validFrom}>{format.date(verification.validFrom)}</time>
          </dd>
          <dt>{t('certification.fields.validUntil')}</dt>
          <dd>
            <time dateTime={verification.expiresAt}>{format.date(verification.expiresAt)}</time>
          </dd>
          {verification.revokedAt ? (
            <>
              <dt>{tv('online.revokedOn')}</dt>
              <dd>
                <time dateTime={verification.revokedAt}>{format.date(verification.revokedAt)}</time>
              </dd>
            </>
          ) : null}
          {verification.revocationCategory ? (
            <>
              <dt>{tv('online.revocationCategory')}</dt>
              <dd>{t(`certification.revocationCategory.${verification.revocationCategory}`)}</dd>
            </>
          ) : null}
        </dl>
        {verification.validOn ? (
          <p
            className={`alert ${verification.validOn.valid ? 'alert--success' : 'alert--error'} verdict__on`}
            data-testid="valid-on"
          >
            {tv(`online.validOn.${verification.validOn.status}`, {
              date: utcDay(verification.validOn.date, format.locale),
            })}
          </p>
        ) : null}
        {verification.holderInitialsOnly ? (
          <>
            <p className="verdict__explanation" data-testid="initials-only">
              {tv('online.initialsOnly')}
            </p>
            {verification.nameIdentifiers?.length ? <NameCheck identifiers={verification.nameIdentifiers} /> : null}
          </>
        ) : null}
      </section>
      <ValidOnForm />
    </>
  );
}

/** A UTC day (YYYY-MM-DD) in the reader's language, the same day whatever their time zone. */
function utcDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "Was it valid on …?": a day put in the address (`?on=`), which the lookup sends to the API. */
function ValidOnForm() {
  const { t: tv } = useTranslation(VERIFIER_NS);
  const [params, setParams] = useSearchParams();
  const [day, setDay] = useState(params.get('on') ?? '');
  const id = useId();
  const hintId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (DAY.test(day)) next.set('on', day);
    else next.delete('on');
    setParams(next, { replace: true });
  };
  return (
    <form className="form verification__on" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{tv('online.onLabel')}</label>
        <p id={hintId} className="field__hint">
          {tv('online.onHint')}
        </p>
        <input id={id} type="date" aria-describedby={hintId} value={day} onChange={(e) => setDay(e.target.value)} />
      </div>
      <button type="submit" className="button button--secondary">
        {tv('online.onSubmit')}
      </button>
    </form>
  );
}
