import { screen, within } from '@testing-library/react';
import type { UptakeRow } from '@/features/uptake/api/get-uptake';
import { getUptakeSeriesQueryOptions, type UptakeSeries } from '@/features/uptake/api/get-uptake-series';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { AreasTable } from './areas-table';
import { TrendsSection } from './trends-section';

const FIGURES = {
  unitsReached: 3,
  officersEnrolled: 40,
  enrolments: 55,
  completions: 30,
  completionRate: 30 / 55,
  activeCertifications: 10,
  expiringCertifications: '<5',
  cohortsDelivered: 5,
  cohortsOnline: 0,
  cohortsInPerson: 5,
  cohortsBlended: 0,
  trainersDelivered: '<5',
  requestsRaised: 10,
  requestsFilled: 5,
  requestsUnfilled: '<5',
  seatsRequested: 60,
  seatsFilled: 40,
  seatsGap: 20,
  medianHoursToTrainer: 30,
} as const;
const WITHHELD = Object.fromEntries(Object.keys(FIGURES).map((f) => [f, null])) as unknown as Record<
  keyof typeof FIGURES,
  null
>;

const area = (key: string, name: string, unitsKnown: number, withheld: boolean): UptakeRow => ({
  key,
  name,
  regionCode: 'eastern-europe',
  countryCode: key,
  hotspot: false,
  withheld,
  unitsKnown,
  ...(withheld ? WITHHELD : FIGURES),
});

describe('Areas of too few police units (member admins)', () => {
  it('shows the units of a withheld country but none of its figures, and says why', () => {
    renderPage(
      <AreasTable
        rows={[area('LV', 'Latvia', 3, false), area('EE', 'Estonia', 1, true)]}
        caption="Countries"
        nameHeader="Country"
        nameOf={(r) => r.name}
      />,
      { path: '/', url: '/' },
    );
    const estonia = screen.getByRole('row', { name: /Estonia/ });
    expect(within(estonia).getByText('1 · figures withheld')).toBeInTheDocument();
    expect(within(estonia).queryByText('55')).not.toBeInTheDocument();
    expect(within(estonia).getAllByText('not available').length).toBeGreaterThan(5);
    const latvia = screen.getByRole('row', { name: /Latvia/ });
    expect(within(latvia).getByText('3 of 3')).toBeInTheDocument();
    expect(within(latvia).getByText('55')).toBeInTheDocument();
    expect(
      screen.getByText(/Figures are withheld for countries and regions with fewer than 3 police units/),
    ).toBeInTheDocument();
  });

  it('says nothing of withholding where no area is withheld', () => {
    renderPage(
      <AreasTable
        rows={[area('LV', 'Latvia', 3, false)]}
        caption="Countries"
        nameHeader="Country"
        nameOf={(r) => r.name}
      />,
      { path: '/', url: '/' },
    );
    expect(screen.queryByText(/Figures are withheld/)).not.toBeInTheDocument();
  });

  it('shows no trend for a withheld country, only why', () => {
    const filter = { from: '2026-01', to: '2026-02', country: 'EE' };
    const series: UptakeSeries = {
      asOf: null,
      from: '2026-01',
      to: '2026-02',
      suppressed: true,
      withheld: true,
      months: ['2026-01', '2026-02'].map((month) => ({
        month,
        enrolments: null,
        completions: null,
        cohortsDelivered: null,
        requestsRaised: null,
        requestsFilled: null,
      })),
    };
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(getUptakeSeriesQueryOptions(filter).queryKey, series);
    renderPage(<TrendsSection filter={filter} place="Estonia" />, { path: '/', url: '/', queryClient });
    expect(
      screen.getByText(
        'The monthly figures (Estonia) are withheld: the area has fewer than 3 police units, or its figures would give away those of such an area.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
