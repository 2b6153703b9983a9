import { ENGLISH_ONLY } from '@/testing/content';
import { fireEvent, screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getAllCoursesQueryOptions, type CourseSummary } from '@/features/catalogue/api/get-courses';
import { getMyUnitUptakeQueryOptions, type UptakeMyUnit } from '@/features/uptake/api/get-my-unit-uptake';
import type { UptakePeriodFilter } from '@/features/uptake/api/uptake-filter';
import { lastMonths } from '@/features/uptake/lib/period';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { UnitUptakeRoute } from './uptake';

const course = (id: string, code: string, topics: string[]): CourseSummary => ({
  id,
  code,
  title: `Course ${code}`,
  summary: '',
  level: 'foundation',
  deliveryPolicy: 'local_first',
  topics,
  languages: ['en'],
  hours: 8,
  minAttendancePercent: 80,
  status: 'published',
  ...ENGLISH_ONLY,
});
const COURSES = [
  course('c-2', 'FR-110', ['fraud', 'osint']),
  course('c-1', 'DF-201', ['digital-forensics', 'e-evidence', 'fraud']),
];

/** The unit's figures against the country's mean unit, for one period. */
const myUnit = (period: { from: string; to: string }): UptakeMyUnit => ({
  asOf: null,
  ...period,
  suppressed: false,
  unit: {
    key: 'unit-1',
    name: 'Lisbon Cyber Unit',
    regionCode: 'europe',
    countryCode: 'PT',
    hotspot: false,
    withheld: false,
    unitsKnown: 1,
    unitsReached: 1,
    officersEnrolled: 12,
    enrolments: 15,
    completions: 10,
    completionRate: 10 / 15,
    activeCertifications: 8,
    expiringCertifications: '<5',
    cohortsDelivered: '<5',
    cohortsOnline: '<5',
    cohortsInPerson: 0,
    cohortsBlended: 0,
    trainersDelivered: '<5',
    requestsRaised: '<5',
    requestsFilled: '<5',
    requestsUnfilled: 0,
    seatsRequested: 20,
    seatsFilled: 20,
    seatsGap: 0,
    medianHoursToTrainer: 30,
  },
  countryAverage: {
    officersEnrolled: 9,
    enrolments: 11,
    completions: 7,
    completionRate: 0.6,
    activeCertifications: 5,
    expiringCertifications: null,
    cohortsDelivered: null,
    requestsRaised: null,
    requestsFilled: null,
    seatsRequested: 14,
    seatsFilled: 12,
    medianHoursToTrainer: 41,
  },
  countryUnits: 6,
});

function open(url: string, periods: UptakePeriodFilter[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getAllCoursesQueryOptions({ status: 'published' }).queryKey, COURSES);
  for (const period of periods) {
    queryClient.setQueryData(
      getMyUnitUptakeQueryOptions(period).queryKey,
      myUnit(period as { from: string; to: string }),
    );
  }
  return renderPage(<UnitUptakeRoute />, { path: paths.app.unitUptake.path, url, queryClient });
}

const choice = (name: string) => screen.getByRole('combobox', { name });

describe('Unit uptake (page)', () => {
  it('opens on the last 12 months, comparing the unit with the mean unit of its country', () => {
    open(paths.app.unitUptake.getHref(), [lastMonths(12)]);
    expect(screen.getByRole('heading', { level: 1, name: 'Unit uptake' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 12 months' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Lisbon Cyber Unit' })).toBeInTheDocument();
    expect(screen.getByText('Compared with the average of the 6 police units of Portugal.')).toBeInTheDocument();
  });

  it('reads the filters from the address, with topics (by name, not slug) and courses from the published catalogue', () => {
    open(paths.app.unitUptake.getHref({ from: '2025-01', to: '2025-06', topic: 'fraud' }), [
      { from: '2025-01', to: '2025-06', topic: 'fraud' },
    ]);
    expect(screen.getByLabelText('From')).toHaveValue('2025-01');
    expect(screen.getByLabelText('To')).toHaveValue('2025-06');
    expect(choice('Topic')).toHaveValue('fraud');
    expect(choice('Course')).toHaveValue('');
    expect(Array.from((choice('Topic') as HTMLSelectElement).options, (o) => o.text)).toEqual([
      'All topics',
      'Digital forensics',
      'Electronic evidence',
      'Fraud',
      'OSINT (open-source intelligence)',
    ]);
    expect(Array.from((choice('Course') as HTMLSelectElement).options, (o) => o.text)).toEqual([
      'All courses',
      'DF-201 · Course DF-201',
      'FR-110 · Course FR-110',
    ]);
  });

  it('puts each filter in the address, and drops the empty ones', () => {
    const page = open(paths.app.unitUptake.getHref({ from: '2025-01', to: '2025-06' }), [
      { from: '2025-01', to: '2025-06' },
    ]);
    fireEvent.change(choice('Course'), { target: { value: 'c-1' } });
    expect(page.location()).toBe('/unit/uptake?from=2025-01&to=2025-06&courseId=c-1');

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-11' } });
    expect(page.location()).toBe('/unit/uptake?from=2024-11&to=2025-06&courseId=c-1');

    fireEvent.change(choice('Course'), { target: { value: '' } });
    expect(page.location()).toBe('/unit/uptake?from=2024-11&to=2025-06');
  });

  it('leaves the address alone while the typed period ends before it starts', () => {
    const page = open(paths.app.unitUptake.getHref({ from: '2025-01', to: '2025-06' }), [
      { from: '2025-01', to: '2025-06' },
    ]);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-06' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The period must end in or after its first month.');
    expect(page.location()).toBe('/unit/uptake?from=2025-01&to=2025-06');
  });

  it('sets a preset period in the address', () => {
    const page = open(paths.app.unitUptake.getHref({ from: '2025-01', to: '2025-06', topic: 'fraud' }), [
      { from: '2025-01', to: '2025-06', topic: 'fraud' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Last 24 months' }));
    const { from, to } = lastMonths(24);
    expect(page.location()).toBe(`/unit/uptake?from=${from}&to=${to}&topic=fraud`);
  });
});
