import { fireEvent, screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getAllProgrammesQueryOptions, type Programme } from '@/features/certifications/api/get-programmes';
import {
  getRosterQueryOptions,
  type GetRosterParams,
  type RosterEntry,
} from '@/features/training-records/api/get-roster';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { UnitRosterRoute } from './roster';

const P1 = 'b0000000-0000-4000-8000-000000000001';
const OLENA = 'a0000000-0000-4000-8000-000000000001';

const entry = (id: string, name: string, more: Partial<RosterEntry> = {}): RosterEntry => ({
  id,
  name,
  email: `${id}@unit.example`,
  role: 'officer',
  disabled: false,
  protected: false,
  activeCourses: 0,
  completedCourses: 0,
  certificationsValid: 0,
  certificationsExpiring: 0,
  certificationsExpired: 0,
  nextExpiry: null,
  ...more,
});

function open(url: string, params: GetRosterParams, items: RosterEntry[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getAllProgrammesQueryOptions().queryKey, [
    { id: P1, name: 'Alliance Cybercrime Investigator' } as Programme,
  ]);
  queryClient.setQueryData(getRosterQueryOptions(params).queryKey, {
    items,
    total: 41,
    page: params.page,
    pageSize: 20,
  });
  return renderPage(<UnitRosterRoute />, { path: paths.app.unitRoster.path, url, queryClient });
}

describe('Unit roster (page)', () => {
  it('lists each officer with a compact status, each name a link to the training record', () => {
    open(paths.app.unitRoster.getHref(), { page: 1 }, [
      entry(OLENA, 'Олена Коваленко', {
        activeCourses: 1,
        completedCourses: 2,
        certificationsValid: 1,
        certificationsExpiring: 1,
        nextExpiry: '2031-04-24T09:00:00.000Z',
      }),
      entry('o-2', '吴伟'),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Unit roster' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Олена Коваленко' })).toHaveAttribute(
      'href',
      `/officers/${OLENA}/training-record`,
    );
    expect(screen.getByText('In progress: 1 · completed: 2')).toBeInTheDocument();
    expect(screen.getByText('Valid: 1')).toBeInTheDocument();
    expect(screen.getByText('Expiring: 1')).toBeInTheDocument();
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.getByText('Officers: 41')).toBeInTheDocument();
  });

  it('keeps the filters in the address, and pages with them', () => {
    const page = open(
      paths.app.unitRoster.getHref({ status: 'expiring', programme: P1, page: 2 }),
      { page: 2, status: 'expiring', programmeId: P1 },
      [entry(OLENA, 'Олена Коваленко')],
    );
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('expiring');
    expect(screen.getByRole('combobox', { name: 'Holds programme' })).toHaveValue(P1);
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      `/unit/roster?status=expiring&programme=${P1}&page=3`,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'never_trained' } });
    expect(page.location()).toBe(`/unit/roster?status=never_trained&programme=${P1}`);
  });

  it('searches by name, the search in the address beside the filters, and a new search starts at page 1', () => {
    const page = open(
      paths.app.unitRoster.getHref({ status: 'expiring', q: 'Коваленно', page: 2 }),
      { page: 2, status: 'expiring', q: 'Коваленно' },
      [entry(OLENA, 'Олена Коваленко')],
    );
    const box = screen.getByRole('searchbox', { name: 'Find an officer' });
    expect(box).toHaveValue('Коваленно');
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      `/unit/roster?status=expiring&q=${encodeURIComponent('Коваленно')}&page=3`,
    );
    fireEvent.change(box, { target: { value: '吴伟' } });
    fireEvent.submit(screen.getByRole('search', { name: 'Find an officer' }));
    expect(page.location()).toBe(`/unit/roster?status=expiring&q=${encodeURIComponent('吴伟')}`);
  });

  it('says the expiry window it uses (the admin home links with 30 days)', () => {
    open(
      paths.app.unitRoster.getHref({ status: 'expiring', within: 30 }),
      { page: 1, status: 'expiring', withinDays: 30 },
      [],
    );
    expect(screen.getByRole('option', { name: 'Certification expiring within 30 days' })).toBeInTheDocument();
    expect(screen.getByText('No officer matches these filters.')).toBeInTheDocument();
  });
});
