import { screen } from '@testing-library/react';
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
  publicCode: 'ABCD-EFGH-JKLM',
  verificationUrl: 'https://academy.example/verify/ABCD-EFGH-JKLM',
  previousId: null,
  canRecertify: false,
  recertificationOpensAt: '2032-09-09T16:00:00.000Z',
};

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
