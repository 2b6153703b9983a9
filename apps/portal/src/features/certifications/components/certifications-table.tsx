import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { Certification } from '@/features/certifications/api/get-certifications';
import { CertificationStatusTag } from './certification-status-tag';
import { RevokeButton } from './revoke-button';

/** Every certification for admins: holder, programme, status, validity, the public page, and revocation. */
export function CertificationsTable({
  certifications,
  busy,
}: {
  certifications: readonly Certification[];
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // The revoked row loses its button: say what became of it.
  const [revoked, setRevoked] = useState<Certification | null>(null);
  const columns: Column<Certification>[] = [
    {
      key: 'holder',
      header: t('certification.fields.holder'),
      cell: (c) => (
        <Link
          to={paths.app.adminCertifications.getHref({ holderId: c.holderId })}
          aria-label={t('certification.admin.holderOnly', { holder: c.holderName })}
        >
          {c.holderName}
        </Link>
      ),
    },
    { key: 'programme', header: t('certification.fields.programme'), cell: (c) => c.programmeName },
    {
      key: 'status',
      header: t('certification.fields.status'),
      cell: (c) => (
        <>
          <CertificationStatusTag status={c.status} />
          {c.status === 'revoked' && c.revokedReason ? <span className="table__note">{c.revokedReason}</span> : null}
        </>
      ),
    },
    {
      key: 'validity',
      header: t('certification.fields.validity'),
      cell: (c) => <time dateTime={c.validFrom}>{format.dateRange(c.validFrom, c.expiresAt)}</time>,
    },
    {
      key: 'issued',
      header: t('certification.fields.issued'),
      cell: (c) => <time dateTime={c.issuedAt}>{format.date(c.issuedAt)}</time>,
    },
    {
      key: 'verify',
      header: t('certification.admin.publicPage'),
      cell: (c) => (
        <Link
          to={paths.public.verify.getHref(c.publicCode)}
          aria-label={t('certification.admin.publicPageOf', { programme: c.programmeName, holder: c.holderName })}
        >
          {t('certification.admin.verify')}
        </Link>
      ),
    },
    {
      key: 'action',
      header: t('certification.admin.action'),
      cell: (c) => (c.status === 'revoked' ? null : <RevokeButton certification={c} onRevoked={setRevoked} />),
    },
  ];
  return (
    <>
      <p className={revoked ? 'alert alert--success' : 'visually-hidden'} role="status">
        {revoked
          ? t('certification.revoke.done', { programme: revoked.programmeName, holder: revoked.holderName })
          : ''}
      </p>
      <Table
        caption={t('certification.admin.caption')}
        columns={columns}
        rows={certifications}
        rowKey={(c) => c.id}
        empty={t('certification.admin.empty')}
        busy={busy}
      />
    </>
  );
}
