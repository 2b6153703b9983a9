import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { useFormat } from '@/hooks/use-format';
import { credentialJwtHref, useCreateWalletOffer } from '@/features/certifications/api/create-wallet-offer';
import type { Certification } from '@/features/certifications/api/get-certifications';

/**
 * Into a wallet: "Add to wallet" shows a QR code of a one-time OpenID for VC Issuance offer (a wallet app scans
 * it; on a phone, the link opens the wallet directly), and the signed credential downloads as a `.jwt` file for
 * wallets that import one.
 */
export function WalletActions({ certification, describedBy }: { certification: Certification; describedBy?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const offer = useCreateWalletOffer();
  const [qr, setQr] = useState<string | null>(null);
  const offerUri = offer.data?.offerUri;

  useEffect(() => {
    let live = true;
    setQr(null);
    // SVG: drawn by the library's own code, no canvas needed, sharp at any size.
    if (offerUri)
      QRCode.toString(offerUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'L' })
        .then((svg) => {
          if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
        })
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [offerUri]);

  return (
    <div className="wallet-actions">
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => offer.mutate(certification.id)}
          disabled={offer.isPending}
          aria-busy={offer.isPending || undefined}
          aria-describedby={describedBy}
        >
          {offer.isPending ? t('certification.wallet.pending') : t('certification.wallet.add')}
        </button>
        <a
          className="button button--secondary"
          href={credentialJwtHref(certification.id)}
          download
          aria-describedby={describedBy}
          title={t('certification.wallet.jwtHint')}
        >
          {t('certification.wallet.jwt')}
        </a>
      </div>
      <div role="status">
        {offer.isError ? <p className="alert alert--error">{errorText(offer.error, t)}</p> : null}
        {offer.data ? (
          <div className="wallet-actions__offer">
            <p>{t('certification.wallet.scan', { time: format.dateTime(offer.data.expiresAt) })}</p>
            {qr ? <img src={qr} width={240} height={240} alt={t('certification.wallet.qrAlt')} /> : null}
            <p>
              <a href={offer.data.offerUri}>{t('certification.wallet.openOnThisDevice')}</a>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
