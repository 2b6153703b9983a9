import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { useFormat } from '@/hooks/use-format';
import { certificatePdfHref, useCertificatePdfSize } from '@/features/certifications/api/get-certificate-pdf';
import type { Certification } from '@/features/certifications/api/get-certifications';
import { useRecertify } from '@/features/certifications/api/recertify';
import { expiryNote, recertificationNote } from '@/features/certifications/lib/expiry';
import type { CertificationLine } from '@/features/certifications/lib/history';
import { CertificationStatusTag } from './certification-status-tag';
import { CredentialDownload } from './credential-download';
import { ShareLink } from './share-link';
import { WalletActions } from './wallet-actions';

/**
 * One certification as its holder sees it: the newest of a line of renewals, with its dates, what to do
 * next (recertify, download, share) and the earlier certifications it renewed.
 */
export function CertificationCard({ line, now }: { line: CertificationLine<Certification>; now: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const recertify = useRecertify();
  const certification = line.current;
  const pdfSize = useCertificatePdfSize(certification.id);
  const expiry = expiryNote(certification, now);
  const recert = recertificationNote(certification, now);

  return (
    <article className="card cert-card" aria-labelledby={titleId}>
      <div className="cert-card__head">
        <h2 id={titleId} className="cert-card__title">
          {certification.programmeName}
        </h2>
        <CertificationStatusTag status={certification.status} />
      </div>
      {certification.status === 'revoked' ? (
        <p className="alert alert--error">
          {t('certification.revokedBecause', { reason: certification.revokedReason ?? t('common.notProvided') })}
        </p>
      ) : null}
      <dl className="meta">
        <div>
          <dt>{t('certification.fields.validFrom')}</dt>
          <dd>
            <time dateTime={certification.validFrom}>{format.date(certification.validFrom)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('certification.fields.validUntil')}</dt>
          <dd>
            <time dateTime={certification.expiresAt}>{format.date(certification.expiresAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('certification.fields.issued')}</dt>
          <dd>
            <time dateTime={certification.issuedAt}>{format.date(certification.issuedAt)}</time>
          </dd>
        </div>
      </dl>
      {expiry ? (
        <p className={expiry.kind === 'expired' ? 'cert-card__expiry muted' : 'cert-card__expiry'}>
          {t(`certification.expiry.${expiry.kind}`, { when: format.relativeDays(expiry.days) })}
        </p>
      ) : null}

      {recert?.kind === 'opens' ? (
        <p className="muted">{t('certification.recertify.opensOn', { date: format.date(recert.at) })}</p>
      ) : null}
      {recert?.kind === 'now' ? (
        <div className="cert-card__recertify">
          <p>{t('certification.recertify.open')}</p>
          <button
            type="button"
            className="button"
            onClick={() => recertify.mutate(certification.id)}
            disabled={recertify.isPending}
            aria-busy={recertify.isPending || undefined}
            aria-describedby={titleId}
          >
            {recertify.isPending ? t('certification.recertify.pending') : t('certification.recertify.button')}
          </button>
        </div>
      ) : null}
      {/* Outside the condition: once renewed, the button is gone but the outcome must stay. */}
      <p
        className={
          recertify.isError ? 'alert alert--error' : recertify.isSuccess ? 'alert alert--success' : 'visually-hidden'
        }
        role="status"
      >
        {recertify.isError
          ? errorText(recertify.error, t)
          : recertify.data
            ? t('certification.recertify.done', {
                from: format.date(recertify.data.validFrom),
                until: format.date(recertify.data.expiresAt),
              })
            : ''}
      </p>

      <div className="actions cert-card__actions">
        <a
          className="button button--secondary"
          href={certificatePdfHref(certification.id)}
          download
          aria-describedby={titleId}
        >
          {pdfSize
            ? t('common.withSize', { text: t('certification.download.pdf'), size: format.fileSize(pdfSize) })
            : t('certification.download.pdf')}
        </a>
        <CredentialDownload certification={certification} describedBy={titleId} />
      </div>
      {certification.status === 'revoked' ? null : (
        <>
          <WalletActions certification={certification} describedBy={titleId} />
          <ShareLink url={certification.verificationUrl} describedBy={titleId} />
        </>
      )}
      {line.earlier.length > 0 ? <History programme={certification.programmeName} earlier={line.earlier} /> : null}
    </article>
  );
}

function History({ programme, earlier }: { programme: string; earlier: readonly Certification[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <details className="cert-history">
      <summary>{t('certification.mine.history', { total: format.number(earlier.length) })}</summary>
      <ul className="cert-history__list" aria-label={t('certification.mine.historyLabel', { programme })}>
        {earlier.map((c) => {
          const dates = format.dateRange(c.validFrom, c.expiresAt);
          return (
            <li key={c.id} className="cert-history__item">
              <time dateTime={c.validFrom}>{dates}</time> <CertificationStatusTag status={c.status} />
              {c.status === 'revoked' && c.revokedReason ? (
                <span className="muted"> {t('certification.revokedBecause', { reason: c.revokedReason })}</span>
              ) : null}{' '}
              <a
                href={certificatePdfHref(c.id)}
                download
                aria-label={t('certification.download.pdfOf', { programme, dates })}
              >
                {t('certification.download.pdf')}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
