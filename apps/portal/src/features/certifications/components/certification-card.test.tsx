import { fireEvent, screen } from '@testing-library/react';
import { createWalletOffer } from '@/features/certifications/api/create-wallet-offer';
import { certificatePdfHref } from '@/features/certifications/api/get-certificate-pdf';
import type { Certification } from '@/features/certifications/api/get-certifications';
import { downloadSizeQueryKey } from '@/lib/download-size';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CertificationCard } from './certification-card';

const CERT: Certification = {
  id: 'cert-1',
  programmeId: 'p-1',
  programmeName: 'Certified Digital Evidence First Responder',
  holderId: 'o-1',
  holderName: 'Ana Alves',
  issuedAt: '2030-03-09T16:00:00.000Z',
  validFrom: '2030-03-09T16:00:00.000Z',
  expiresAt: '2033-03-09T16:00:00.000Z',
  status: 'active',
  revokedReason: null,
  revokedAt: null,
  revocationCategory: null,
  publicCode: 'ABCD-EFGH-JKLM',
  verificationUrl: 'https://academy.example/verify/ABCD-EFGH-JKLM',
  previousId: null,
  canRecertify: false,
  recertificationOpensAt: '2032-09-09T16:00:00.000Z',
};

// The offer is a POST: its fetcher is stubbed, the hook and everything after it are the real ones.
jest.mock('@/features/certifications/api/create-wallet-offer', () => {
  const { useMutation } = jest.requireActual('@tanstack/react-query');
  const createWalletOffer = jest.fn();
  return {
    ...jest.requireActual('@/features/certifications/api/create-wallet-offer'),
    createWalletOffer,
    useCreateWalletOffer: () => useMutation({ mutationFn: createWalletOffer }),
  };
});

function open(pdfSize?: number) {
  const queryClient = createTestQueryClient();
  if (pdfSize !== undefined) queryClient.setQueryData(downloadSizeQueryKey(certificatePdfHref(CERT.id)), pdfSize);
  return renderPage(
    <CertificationCard line={{ current: CERT, earlier: [] }} now={new Date('2030-06-01T00:00:00Z')} />,
    {
      path: '/',
      url: '/',
      queryClient,
    },
  );
}

describe('Certificate PDF link says its size (issue 14, data saver)', () => {
  it('says the size the API answered to HEAD', () => {
    open(24_576);
    const link = screen.getByRole('link', { name: 'Download PDF (25 kB)' });
    expect(link).toHaveAttribute('href', '/api/certifications/cert-1/certificate.pdf');
  });

  it('says only “Download PDF” while the size is unknown', () => {
    open();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toBeInTheDocument();
  });
});

describe('Into a wallet (issue 15)', () => {
  it('offers the signed credential as a .jwt file and, on “Add to wallet”, a QR code of a one-time offer', async () => {
    const offerUri =
      'openid-credential-offer://?credential_offer=%7B%22credential_issuer%22%3A%22https%3A%2F%2Facademy.example%22%7D';
    jest.mocked(createWalletOffer).mockResolvedValue({
      offerUri,
      credentialOffer: { credential_issuer: 'https://academy.example' },
      expiresAt: '2030-06-01T00:10:00.000Z',
    });
    open();
    expect(screen.getByRole('link', { name: 'Download .jwt' })).toHaveAttribute(
      'href',
      '/api/certifications/cert-1/credential.jwt',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add to wallet' }));
    expect(await screen.findByRole('img', { name: 'QR code of the wallet offer' }, { timeout: 5000 })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/),
    );
    expect(jest.mocked(createWalletOffer).mock.calls[0][0]).toBe('cert-1');
    expect(screen.getByRole('link', { name: 'Open the wallet on this device' })).toHaveAttribute('href', offerUri);
    expect(screen.getByText(/Scan this code with your wallet app before .*\. It works once\./)).toBeInTheDocument();
  });

  it('offers no wallet for a revoked certification', () => {
    const queryClient = createTestQueryClient();
    renderPage(
      <CertificationCard
        line={{
          current: {
            ...CERT,
            status: 'revoked',
            revokedReason: 'Issued in error',
            revokedAt: '2030-05-01T00:00:00.000Z',
            revocationCategory: 'issued_in_error',
          },
          earlier: [],
        }}
        now={new Date('2030-06-01T00:00:00Z')}
      />,
      { path: '/', url: '/', queryClient },
    );
    expect(screen.queryByRole('button', { name: 'Add to wallet' })).not.toBeInTheDocument();
  });
});
