import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/hooks/use-format';
import { isApiError } from '@/lib/api-client';
import { useVerification, type Verification } from '@/features/certifications/api/verify-certification';
import { statusTone } from '@/features/certifications/lib/status';

/**
 * The public answer for a code: a prominent verdict (valid, expired, revoked) with the holder, the
 * programme and the dates; or why there is none (unknown code, too many look-ups).
 */
export function VerificationLookup({ code }: { code: string }) {
  const { t } = useTranslation();
  const verification = useVerification(code);
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
  const format = useFormat();
  const { status } = verification;
  return (
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
      </dl>
    </section>
  );
}
