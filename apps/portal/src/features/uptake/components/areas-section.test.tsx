import { act, screen } from '@testing-library/react';
import { uptakeExportHref } from '@/features/uptake/api/export-uptake';
import { getUptakeQueryOptions, type UptakeReport, type UptakeRow } from '@/features/uptake/api/get-uptake';
import { NARROW_SCREEN } from '@/hooks/use-shown-when-near';
import { downloadSizeQueryKey } from '@/lib/download-size';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { AreasSection } from './areas-section';
import { loadWorldMap } from './world-map-loader';

// The map's chunk, replaced by a stand-in whose loading the tests can count.
jest.mock('./world-map-loader', () => ({
  loadWorldMap: jest.fn(() =>
    Promise.resolve({
      WorldMap: () => require('react').createElement('svg', { 'data-testid': 'world-map' }),
    }),
  ),
}));

const PERIOD = { from: '2030-01', to: '2030-12' };
const REGION = 'eastern-europe';

const row = (code: string, name: string): UptakeRow => ({
  key: code,
  name,
  regionCode: REGION,
  countryCode: code,
  hotspot: false,
  withheld: false,
  unitsKnown: 4,
  unitsReached: 3,
  officersEnrolled: 40,
  enrolments: 55,
  completions: 30,
  completionRate: 30 / 55,
  activeCertifications: 10,
  expiringCertifications: 5,
  cohortsDelivered: 5,
  cohortsOnline: 0,
  cohortsInPerson: 5,
  cohortsBlended: 0,
  trainersDelivered: 5,
  requestsRaised: 10,
  requestsFilled: 5,
  requestsUnfilled: 5,
  seatsRequested: 60,
  seatsFilled: 40,
  seatsGap: 20,
  medianHoursToTrainer: 30,
});

const REPORT: UptakeReport = {
  asOf: '2030-12-31T23:00:00.000Z',
  ...PERIOD,
  suppressed: false,
  level: 'country',
  rows: [row('UA', 'Ukraine'), row('MD', 'Moldova')],
  total: row('ALL', 'Total'),
};

const CSV_HREF = uptakeExportHref('areas', { level: 'country', region: REGION, ...PERIOD });

/** IntersectionObserver as the browser would drive it: the test says when the map's place comes near. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  unobserve(element: Element) {
    this.observed.splice(this.observed.indexOf(element), 1);
  }
  disconnect() {
    this.disconnected = true;
  }
  takeRecords() {
    return [];
  }
  /** Reports the observed elements as (not) near the screen. */
  fire(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const nothing = () => undefined;

function screenWidth(phone: boolean) {
  window.matchMedia = (query: string) =>
    ({
      matches: phone && query === NARROW_SCREEN,
      media: query,
      onchange: null,
      addEventListener: nothing,
      removeEventListener: nothing,
      addListener: nothing,
      removeListener: nothing,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

function open({ csvSize }: { csvSize?: number } = {}) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getUptakeQueryOptions({ level: 'country', region: REGION, ...PERIOD }).queryKey, REPORT);
  if (csvSize !== undefined) queryClient.setQueryData(downloadSizeQueryKey(CSV_HREF), csvSize);
  return renderPage(
    <AreasSection
      period={PERIOD}
      place={{ region: REGION }}
      figure="enrolments"
      canSeeUnits
      regionName="Eastern Europe"
      onFigureChange={nothing}
      drillHref={() => '/uptake'}
      onSelectCountry={nothing}
    />,
    { path: '/uptake', url: '/uptake', queryClient },
  );
}

const loads = () => jest.mocked(loadWorldMap).mock.calls.length;

beforeEach(() => {
  FakeObserver.all = [];
  Object.assign(window, { IntersectionObserver: FakeObserver });
});

afterEach(() => {
  Reflect.deleteProperty(window, 'IntersectionObserver');
  Reflect.deleteProperty(window, 'matchMedia');
});

// React.lazy asks for a chunk once per page load: the phone test comes first, as a fresh page would.
describe('Uptake dashboard on a phone: the map loads only when scrolled to (issue 14, data saver)', () => {
  it('does not request the map chunk until its place comes near the screen; the table is there at once', async () => {
    screenWidth(true);
    open();
    expect(screen.getByRole('table', { name: /Countries of Eastern Europe/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Ukraine/ })).toBeInTheDocument();
    expect(screen.queryByTestId('world-map')).not.toBeInTheDocument();
    expect(loads()).toBe(0);

    const [observer] = FakeObserver.all;
    expect(observer.observed).toEqual([screen.getByTestId('world-map-slot')]);
    act(() => observer.fire(false));
    expect(loads()).toBe(0);

    act(() => observer.fire(true));
    expect(await screen.findByTestId('world-map')).toBeInTheDocument();
    expect(loads()).toBe(1);
    expect(observer.disconnected).toBe(true);
  });

  it('shows the map at once on a wide screen, watching nothing', async () => {
    screenWidth(false);
    open();
    expect(await screen.findByTestId('world-map')).toBeInTheDocument();
    expect(FakeObserver.all).toEqual([]);
  });

  it('shows the map at once where the browser has no IntersectionObserver', async () => {
    screenWidth(true);
    Reflect.deleteProperty(window, 'IntersectionObserver');
    open();
    expect(await screen.findByTestId('world-map')).toBeInTheDocument();
  });
});

describe('CSV links say their size (issue 14, data saver)', () => {
  it('says the size the API answered to HEAD, in the reader’s language', () => {
    screenWidth(true);
    open({ csvSize: 12_345 });
    const link = screen.getByRole('link', { name: /^Download CSV \(12 kB\)/ });
    expect(link).toHaveAttribute('href', CSV_HREF);
  });

  it('says only “Download CSV” while the size is unknown', () => {
    screenWidth(true);
    open();
    expect(screen.getByRole('link', { name: 'Download CSV (Countries of Eastern Europe)' })).toBeInTheDocument();
  });
});
