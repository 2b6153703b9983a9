import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { StandaloneLayout } from '@/components/layout/standalone-layout';
import { paths } from '@/config/paths';
import { OfflineVerifier } from '@/features/certifications/components/offline-verifier';
import { VerificationLookup } from '@/features/certifications/components/verification-result';
import { VerifyForm } from '@/features/certifications/components/verify-form';

/**
 * The public verification page: open to anyone, signed in or not, from a certificate's QR code or share link.
 * Without a code it is also the offline verifier (a credential checked on the device, see OfflineVerifier).
 */
export function VerifyRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  return (
    <StandaloneLayout title={t('certification.verify.title')}>
      <p className="muted">{t('certification.verify.description')}</p>
      <VerifyForm key={code} code={code} onVerify={(next) => navigate(paths.public.verify.getHref(next))} />
      {code ? <VerificationLookup code={code} /> : <OfflineVerifier />}
      <p className="standalone__links">
        <Link to={paths.auth.signIn.getHref()}>{t('certification.verify.toAcademy')}</Link>
      </p>
    </StandaloneLayout>
  );
}
