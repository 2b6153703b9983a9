import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getCascadeCountriesQueryOptions } from '@/features/uptake/api/get-cascade-countries';
import { getCascadeCountrySeriesQueryOptions } from '@/features/uptake/api/get-cascade-country-series';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CascadeDeliverySection } from './cascade-delivery';

/** The regional dashboard's cascade view (the uptake page renders it under the monthly trends). */
function open(props: { region?: string; country?: string }) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getCascadeCountriesQueryOptions('eastern-europe').queryKey, {
    suppressed: true,
    items: [
      {
        countryCode: 'LV',
        name: 'Latvia',
        regionCode: 'eastern-europe',
        withheld: false,
        localTrainers: 5,
        byExperts: 20,
        byLocalTrainers: 45,
        generations: 2,
      },
      {
        countryCode: 'EE',
        name: 'Estonia',
        regionCode: 'eastern-europe',
        withheld: true,
        localTrainers: null,
        byExperts: null,
        byLocalTrainers: null,
        generations: null,
      },
    ],
  });
  queryClient.setQueryData(
    getCascadeCountrySeriesQueryOptions({ countryCode: 'LV', from: '2031-01', to: '2031-02' }).queryKey,
    {
      countryCode: 'LV',
      from: '2031-01',
      to: '2031-02',
      suppressed: true,
      withheld: false,
      months: [
        { month: '2031-01', local: '<5', expert: 5, coDelivered: 0 },
        { month: '2031-02', local: 10, expert: '<5', coDelivered: '<5' },
      ],
    },
  );
  const place = props.country === 'LV' ? 'Latvia' : 'Eastern Europe';
  return renderPage(
    <CascadeDeliverySection
      from="2031-01"
      to="2031-02"
      region={props.region}
      country={props.country}
      place={place}
      countryHref={(c) => paths.app.uptake.getHref({ region: c.regionCode, country: c.countryCode })}
    />,
    { path: paths.app.uptake.path, url: paths.app.uptake.getHref(), queryClient },
  );
}

describe('Regional uptake: the cascade per country', () => {
  it('a region: each country’s officers reached by experts and by local trainers, chart beside table, a withheld country without figures', () => {
    open({ region: 'eastern-europe' });
    expect(screen.getByRole('heading', { level: 2, name: 'Trainer cascade: Eastern Europe' })).toBeInTheDocument();
    const chart = screen.getByRole('img', {
      name: /Officers reached by experts and by local trainers: Eastern Europe/,
    });
    expect(within(chart).getByText('Latvia · Reached by local trainers: 45')).toBeInTheDocument();
    // A withheld country has no bar at all.
    expect(within(chart).queryByText(/Estonia/)).toBeNull();
    const table = screen.getByRole('table', { name: /reached by experts and by local trainers/ });
    const latvia = within(table).getByRole('row', { name: /Latvia/ });
    expect(within(latvia).getByRole('link', { name: 'Latvia' })).toHaveAttribute(
      'href',
      paths.app.uptake.getHref({ region: 'eastern-europe', country: 'LV' }),
    );
    expect(within(table).getByRole('row', { name: /Estonia/ })).toHaveTextContent('Estonia · figures withheld');
  });

  it('a country: its delivery month by month, local against imported, rounded counts as they came', () => {
    open({ region: 'eastern-europe', country: 'LV' });
    expect(screen.getByRole('img', { name: /Cohorts per month, local and imported: Latvia/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Cohorts per month, local and imported: Latvia' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['Jan 2031', '<5', '5', '0'],
      ['Feb 2031', '10', '<5', '<5'],
    ]);
  });
});
