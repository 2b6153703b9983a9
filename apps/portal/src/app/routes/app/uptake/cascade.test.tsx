import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getCascadeCountriesQueryOptions } from '@/features/uptake/api/get-cascade-countries';
import { getCascadeFirmsQueryOptions } from '@/features/uptake/api/get-cascade-firms';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CascadeRoute } from './cascade';

const ADMIN: Me = {
  id: 'admin-1',
  email: 'admin@alliance.example',
  displayName: 'Ana Souza',
  role: 'admin',
  policeUnitId: null,
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: null,
};

function open(me: Me = ADMIN) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getCascadeFirmsQueryOptions().queryKey, {
    items: [
      {
        memberFirmId: 'f-1',
        name: 'Trend Micro',
        experts: 4,
        direct: 120,
        cascade: '<5',
        localTrainers: 2,
        generations: 2,
      },
    ],
  });
  queryClient.setQueryData(getCascadeCountriesQueryOptions().queryKey, {
    items: [
      { countryCode: 'UA', name: 'Ukraine', localTrainers: 3, byExperts: 85, byLocalTrainers: 1240, generations: 3 },
    ],
  });
  return renderPage(<CascadeRoute />, { path: paths.app.cascade.path, url: paths.app.cascade.getHref(), queryClient });
}

describe('Trainer cascade (page)', () => {
  it('shows each firm’s reach directly and through the cascade, hidden counts as they came', () => {
    open();
    expect(screen.getByRole('heading', { level: 1, name: 'Trainer cascade' })).toBeInTheDocument();
    const firm = screen.getByRole('row', { name: /Trend Micro/ });
    expect(
      within(firm)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Trend Micro', '120', '<5', '2', '2']);
  });

  it('shows, per country, officers reached by experts against those reached by local trainers', () => {
    open();
    const table = screen.getByRole('table', { name: /reached by experts and by local trainers/ });
    const row = within(table).getByRole('row', { name: /Ukraine/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Ukraine', '85', '1,240', '3', '3']);
  });

  it('a member admin sees their firm only: no per-country table (a country can be a single unit)', () => {
    open({ ...ADMIN, id: 'm-1', role: 'member_admin', memberFirmId: 'f-1' });
    expect(screen.getByRole('row', { name: /Trend Micro/ })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /reached by experts and by local trainers/ })).toBeNull();
  });
});
