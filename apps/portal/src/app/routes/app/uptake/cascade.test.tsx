import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import {
  getCascadeCountriesQueryOptions,
  type CascadeCountries,
  type CascadeCountry,
} from '@/features/uptake/api/get-cascade-countries';
import {
  getCascadeCountrySeriesQueryOptions,
  type CascadeCountrySeries,
} from '@/features/uptake/api/get-cascade-country-series';
import { getCascadeExpertsQueryOptions } from '@/features/uptake/api/get-cascade-experts';
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
const MEMBER: Me = { ...ADMIN, id: 'm-1', role: 'member_admin', memberFirmId: 'f-1' };

const country = (countryCode: string, name: string, extra: Partial<CascadeCountry> = {}): CascadeCountry => ({
  countryCode,
  name,
  regionCode: 'eastern-europe',
  withheld: false,
  localTrainers: 3,
  byExperts: 85,
  byLocalTrainers: 1240,
  generations: 3,
  ...extra,
});
const WITHHELD = { withheld: true, localTrainers: null, byExperts: null, byLocalTrainers: null, generations: null };

const PERIOD = { from: '2031-01', to: '2031-03' };
const UA_MONTHS: CascadeCountrySeries = {
  countryCode: 'UA',
  ...PERIOD,
  suppressed: false,
  withheld: false,
  months: [
    { month: '2031-01', local: 0, expert: 2, coDelivered: 0 },
    { month: '2031-02', local: 3, expert: 1, coDelivered: 1 },
    { month: '2031-03', local: 6, expert: 0, coDelivered: 1 },
  ],
};

function open(
  me: Me,
  url = paths.app.cascade.getHref(),
  countries: CascadeCountries['items'] = [country('UA', 'Ukraine')],
) {
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
  queryClient.setQueryData(getCascadeExpertsQueryOptions().queryKey, {
    items: [
      {
        trainerId: 't-1',
        trainerName: 'Maria Ivanova',
        memberFirmId: 'f-1',
        direct: 40,
        cascade: 310,
        localTrainers: 5,
        generations: 3,
      },
    ],
  });
  queryClient.setQueryData(getCascadeCountriesQueryOptions().queryKey, {
    suppressed: me.role !== 'admin',
    items: countries,
  });
  queryClient.setQueryData(getCascadeCountrySeriesQueryOptions({ countryCode: 'UA', ...PERIOD }).queryKey, UA_MONTHS);
  queryClient.setQueryData(getCascadeCountrySeriesQueryOptions({ countryCode: 'MD', ...PERIOD }).queryKey, {
    countryCode: 'MD',
    ...PERIOD,
    suppressed: true,
    withheld: true,
    months: UA_MONTHS.months.map((m) => ({ month: m.month, local: null, expert: null, coDelivered: null })),
  });
  return renderPage(<CascadeRoute />, { path: paths.app.cascade.path, url, queryClient });
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Trainer cascade (page)', () => {
  it('shows each firm’s reach directly and through the cascade, hidden counts as they came', () => {
    open(ADMIN);
    expect(screen.getByRole('heading', { level: 1, name: 'Trainer cascade' })).toBeInTheDocument();
    expect(cells(screen.getByRole('row', { name: /^Trend Micro/ }))).toEqual(['Trend Micro', '120', '<5', '2', '2']);
  });

  it('an admin sees each expert’s reach, with their firm', () => {
    open(ADMIN);
    const table = screen.getByRole('table', { name: /each expert trainer/ });
    expect(cells(within(table).getByRole('row', { name: /Maria Ivanova/ }))).toEqual([
      'Maria Ivanova',
      'Trend Micro',
      '40',
      '310',
      '5',
      '3',
    ]);
  });

  it('shows, per country, officers reached by experts against local trainers: bars beside the table, each country leading to its months', () => {
    open(ADMIN);
    expect(screen.getByRole('img', { name: /Officers reached by experts and by local trainers/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /reached by experts and by local trainers/ });
    const row = within(table).getByRole('row', { name: /Ukraine/ });
    expect(cells(row)).toEqual(['Ukraine', '85', '1,240', '3', '3']);
    expect(within(row).getByRole('link', { name: 'Ukraine' })).toHaveAttribute(
      'href',
      paths.app.cascade.getHref({ country: 'UA' }),
    );
  });

  it('a chosen country: cohorts per month taught locally, by experts and together, as a chart with the table beside it', () => {
    open(ADMIN, paths.app.cascade.getHref({ country: 'UA', ...PERIOD }));
    expect(screen.getByRole('heading', { level: 2, name: 'Trainer cascade: Ukraine' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Cohorts per month, local and imported: Ukraine/ });
    // Three months, three series: a bar for every non-zero figure, each named with its month and value.
    expect(within(chart).getByText('Feb 2031 · Taught by local trainers: 3')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Cohorts per month, local and imported: Ukraine' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      expect.stringMatching(/^Month/),
      expect.stringMatching(/^Taught by local trainers/),
      expect.stringMatching(/^Taught by experts/),
      expect.stringMatching(/^Co-delivered/),
    ]);
    expect(cells(within(table).getByRole('row', { name: /Mar 2031/ }))).toEqual(['Mar 2031', '6', '0', '1']);
  });

  it('a member admin: their firm, no experts; countries under the dashboard’s rules, a withheld one with no figure', () => {
    open(MEMBER, paths.app.cascade.getHref({ country: 'MD', ...PERIOD }), [
      country('UA', 'Ukraine', { byExperts: 85, byLocalTrainers: '<5' }),
      country('MD', 'Moldova', WITHHELD),
    ]);
    expect(screen.getByRole('row', { name: /^Trend Micro/ })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /each expert trainer/ })).toBeNull();
    const table = screen.getByRole('table', { name: /reached by experts and by local trainers/ });
    expect(cells(within(table).getByRole('row', { name: /Ukraine/ }))).toEqual(['Ukraine', '85', '<5', '3', '3']);
    const moldova = within(table).getByRole('row', { name: /Moldova/ });
    expect(cells(moldova)[0]).toBe('Moldova · figures withheld');
    expect(cells(moldova).slice(1).join('')).not.toMatch(/\d/);
    expect(
      screen.getByText(/Figures are withheld for countries and regions with fewer than 3 police units/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Counts from 1 to 4 are shown as “<5”/).length).toBeGreaterThan(0);
    // Its months: withheld, said so, no chart.
    expect(
      screen.getByText(
        'The cascade figures for Moldova are withheld: the country has fewer than 3 police units, or its figures would give away those of such a country.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Cohorts per month/ })).toBeNull();
  });
});
