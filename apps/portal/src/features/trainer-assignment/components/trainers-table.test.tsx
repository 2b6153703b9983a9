import { screen, within } from '@testing-library/react';
import { renderPage } from '@/testing/render';
import type { Trainer } from '@/features/trainer-assignment/api/get-trainers';
import { TrainersTable } from './trainers-table';

const TRAINER: Trainer = {
  id: 't-1',
  displayName: 'Marta Silva',
  email: 'marta@example.test',
  memberFirmId: 'f-1',
  memberFirmName: 'Firm',
  pool: 'expert',
  trainedInCohortId: null,
  languages: ['en'],
  skills: ['osint', 'e-evidence', 'dark-web'],
  courseIds: [],
  countryCodes: [],
  excludedCountryCodes: [],
  onlineOnly: true,
  loadLimitPerQuarter: 4,
  unavailability: [],
};

describe('TrainersTable', () => {
  it('names a trainer’s skills as topics, not as slugs', () => {
    renderPage(<TrainersTable trainers={[TRAINER]} caption="Trainers" empty="None" />, { path: '/', url: '/' });
    const row = screen.getByRole('row', { name: /Marta Silva/ });
    expect(
      within(row).getByText('OSINT (open-source intelligence), Electronic evidence, and Dark web'),
    ).toBeInTheDocument();
  });
});
