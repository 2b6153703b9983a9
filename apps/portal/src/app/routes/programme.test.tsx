import { screen } from '@testing-library/react';
import { programmeQueryKey } from '@/features/certifications/api/get-programme';
import type { Programme } from '@/features/certifications/api/get-programmes';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { ProgrammeRoute } from './programme';

const ID = '0b7c2f4e-3d4a-4c55-9a71-5d2b8f0e6a11';

describe('a programme’s public page (the achievement a credential names)', () => {
  it('says what the certification attests to anyone, without a session', async () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(programmeQueryKey(ID), {
      id: ID,
      name: 'Certified Digital Evidence Examiner',
      description: 'Seizes, images and presents digital evidence.',
      courseIds: ['c1', 'c2', 'c3'],
      requiredCount: 2,
      validityMonths: 24,
      recertificationWindowDays: 90,
      skills: ['digital-forensics'],
    } as unknown as Programme);
    renderPage(<ProgrammeRoute />, { path: '/programmes/:id', url: `/programmes/${ID}`, queryClient });
    expect(await screen.findByRole('heading', { level: 1, name: 'Certified Digital Evidence Examiner' })).toBeVisible();
    expect(screen.getByText('Seizes, images and presents digital evidence.')).toBeVisible();
    expect(screen.getByText('24 months, then renewed')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Verify a certificate' })).toHaveAttribute('href', '/verify');
  });
});
