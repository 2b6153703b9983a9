import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { cohortQueryKey } from '@/features/cohorts/api/get-cohort';
import { getAllCohortsQueryOptions, type Cohort } from '@/features/cohorts/api/get-cohorts';
import { namedRostersQueryKey, type NamedRoster } from '@/features/cohorts/api/get-named-rosters';
import { rosterQueryKey, type Roster } from '@/features/cohorts/api/get-roster';
import { sessionsQueryKey } from '@/features/cohorts/api/get-sessions';
import { getUnitOfficersQueryOptions } from '@/features/police-units/api/get-unit-officers';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { AdminCohortEditorRoute } from '../admin/cohort-editor';
import { NominateRoute } from '../unit/nominate';
import { RosterRoute } from './roster';

/**
 * Named rosters in the portal: a coordinator chooses, on the nominate page's cohort, whether the cohort's member-firm
 * trainers see the unit's officers by name (with a reason) or withdraws it; an admin sees and withdraws every unit's
 * choice on the cohort's page; a trainer's roster says which units chose names.
 */
const me = (extra: Partial<Me>): Me => ({
  id: 'me',
  email: 'me@unit.example',
  displayName: 'Cora Coordinator',
  role: 'coordinator',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  timeZone: 'UTC',
  passwordChangeRequired: false,
  ...extra,
});

const COHORT: Cohort = {
  id: 'k-1',
  courseId: 'c-1',
  courseCode: 'DF-201',
  courseTitle: 'Digital forensics',
  startsAt: '2030-03-05T08:00:00.000Z',
  endsAt: '2030-03-09T16:00:00.000Z',
  deliveryMode: 'online',
  language: 'en',
  countryCode: null,
  city: null,
  capacity: 20,
  seatsLeft: 4,
  waitlisted: 0,
  trainerId: 't-1',
  trainerName: 'Jordan Trainer',
  trainerPseudonym: null,
  coTrainerId: null,
  coTrainerName: null,
  coTrainerPseudonym: null,
  policeUnitId: null,
  requiresApproval: false,
  status: 'open',
  enrolmentOpen: true,
};

const choice = (extra: Partial<NamedRoster>): NamedRoster => ({
  cohortId: 'k-1',
  policeUnitId: 'unit-1',
  policeUnitName: 'Kyiv Cyber Unit',
  reason: 'Joint operation: the trainer must know the team',
  optedByName: 'Cora Coordinator',
  optedAt: '2030-02-01T09:30:00.000Z',
  ...extra,
});

const ok = (data: unknown, status = 200) =>
  ({ data, error: undefined, response: { ok: true, status } as Response }) as never;

function openNominate(items: NamedRoster[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me({}));
  queryClient.setQueryData(getAllCohortsQueryOptions({ enrolmentOpen: true }).queryKey, [COHORT]);
  queryClient.setQueryData(getUnitOfficersQueryOptions('unit-1').queryKey, []);
  queryClient.setQueryData(namedRostersQueryKey('k-1'), { items });
  queryClient.setQueryData(rosterQueryKey('k-1'), { cohort: COHORT, entries: [] } satisfies Roster);
  const page = renderPage(<NominateRoute />, {
    path: paths.app.nominate.path,
    url: paths.app.nominate.getHref({ cohort: 'k-1' }),
    queryClient,
  });
  return { ...page, panel: () => screen.getByRole('region', { name: 'Names shown to the trainers' }) };
}

describe('named rosters: a coordinator’s choice', () => {
  afterEach(async () => {
    jest.restoreAllMocks();
    cleanup();
    await act(() => setLanguage('en'));
  });

  it('says pseudonyms are the default, then opts in with a reason (the body sent) and shows the choice', async () => {
    const put = jest.spyOn(api, 'PUT').mockResolvedValue(ok(choice({})));
    const get = jest.spyOn(api, 'GET').mockResolvedValue(ok({ items: [choice({})] }));
    const { panel, queryClient } = openNominate([]);
    expect(
      within(panel()).getByText(
        'Your unit’s officers in this cohort are shown to the trainers by pseudonym (the default).',
      ),
    ).toBeVisible();
    expect(within(panel()).getByText(/Protected officers always stay pseudonymous\./)).toBeVisible();

    fireEvent.change(within(panel()).getByRole('textbox', { name: 'Why should the trainers see names?' }), {
      target: { value: 'Joint operation: the trainer must know the team' },
    });
    fireEvent.click(within(panel()).getByRole('button', { name: 'Show names to the trainers' }));

    await waitFor(() =>
      expect(
        within(panel()).getByText('Your unit’s officers in this cohort are shown to the trainers by name.'),
      ).toBeVisible(),
    );
    expect(put).toHaveBeenCalledWith('/api/cohorts/{id}/named-roster', {
      params: { path: { id: 'k-1' } },
      body: { reason: 'Joint operation: the trainer must know the team' },
    });
    expect(get).toHaveBeenCalledWith('/api/cohorts/{id}/named-roster', expect.anything());
    expect(within(panel()).getByText('Joint operation: the trainer must know the team')).toBeVisible();
    expect(within(panel()).getByText(/^Chosen by Cora Coordinator, /)).toBeVisible();
    // The roster the trainers read changes with the choice: it is asked again.
    expect(queryClient.getQueryState(rosterQueryKey('k-1'))?.isInvalidated).toBe(true);
  });

  it('shows the API’s coded error for an empty reason, in the reader’s language', async () => {
    const put = jest.spyOn(api, 'PUT').mockResolvedValue({
      data: undefined,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'reason must be longer than or equal to 3 characters',
        code: 'validation.minLength',
        field: 'reason',
        params: { min: 3 },
      },
      response: { ok: false, status: 400, statusText: 'Bad Request' } as Response,
    } as never);
    const { panel } = openNominate([]);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Show names to the trainers' }));
    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Names are not shown. Why should the trainers see names?: must be at least 3 characters long.',
    );
    expect(put).toHaveBeenCalledWith('/api/cohorts/{id}/named-roster', {
      params: { path: { id: 'k-1' } },
      body: { reason: '' },
    });
    expect(within(panel()).getByRole('textbox', { name: 'Why should the trainers see names?' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    const region = panel();
    await act(() => setLanguage('uk'));
    expect(region).toHaveAccessibleName('Імена, видимі інструкторам');
    expect(within(region).getByRole('alert')).toHaveTextContent(
      'Імена не показано. Чому інструкторам потрібно бачити імена?: мінімальна довжина — 3 симв.',
    );
    expect(within(region).getByRole('alert')).not.toHaveTextContent('longer than');
  });

  it('withdraws the unit’s choice: back to pseudonyms', async () => {
    const del = jest.spyOn(api, 'DELETE').mockResolvedValue(ok(undefined, 204));
    jest.spyOn(api, 'GET').mockResolvedValue(ok({ items: [] }));
    const { panel } = openNominate([choice({})]);
    expect(within(panel()).getByText('Joint operation: the trainer must know the team')).toBeVisible();

    fireEvent.click(within(panel()).getByRole('button', { name: 'Back to pseudonyms' }));

    await waitFor(() =>
      expect(
        within(panel()).getByText(
          'Your unit’s officers in this cohort are shown to the trainers by pseudonym (the default).',
        ),
      ).toBeVisible(),
    );
    expect(del).toHaveBeenCalledWith('/api/cohorts/{id}/named-roster', { params: { path: { id: 'k-1' }, query: {} } });
  });
});

describe('named rosters: the admin’s view of a cohort', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    cleanup();
  });

  function openEditor(items: NamedRoster[]) {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, me({ role: 'admin', policeUnitId: null }));
    queryClient.setQueryData(cohortQueryKey('k-1'), { ...COHORT, status: 'completed', enrolmentOpen: false });
    queryClient.setQueryData(namedRostersQueryKey('k-1'), { items });
    renderPage(<AdminCohortEditorRoute />, {
      path: paths.app.adminCohort.path,
      url: paths.app.adminCohort.getHref({ cohortId: 'k-1' }),
      queryClient,
    });
    return screen.getByRole('region', { name: 'Names shown to the trainers' });
  }

  it('lists every unit’s choice with its reason, who chose and when, and withdraws one', async () => {
    const del = jest.spyOn(api, 'DELETE').mockResolvedValue(ok(undefined, 204));
    jest.spyOn(api, 'GET').mockResolvedValue(ok({ items: [choice({})] }));
    const panel = openEditor([
      choice({}),
      choice({
        policeUnitId: 'unit-2',
        policeUnitName: 'Nairobi Digital Crime Unit',
        reason: 'Certification ceremony',
        optedByName: 'Ana Admin',
      }),
    ]);
    const items = within(within(panel).getByRole('list', { name: 'Units that show names' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Kyiv Cyber Unit',
      'Nairobi Digital Crime Unit',
    ]);
    expect(items[0]).toHaveTextContent('Reason: Joint operation: the trainer must know the team');
    expect(items[0]).toHaveTextContent(/Chosen by Cora Coordinator, /);
    expect(items[1]).toHaveTextContent('Reason: Certification ceremony');
    expect(items[1]).toHaveTextContent(/Chosen by Ana Admin, /);

    fireEvent.click(within(panel).getByRole('button', { name: 'Back to pseudonyms for Nairobi Digital Crime Unit' }));

    await waitFor(() => expect(within(panel).queryByText('Nairobi Digital Crime Unit')).toBeNull());
    expect(del).toHaveBeenCalledWith('/api/cohorts/{id}/named-roster', {
      params: { path: { id: 'k-1' }, query: { policeUnitId: 'unit-2' } },
    });
  });

  it('says when no unit chose names', () => {
    const panel = openEditor([]);
    expect(
      within(panel).getByText('No unit has chosen to show names: the trainers see every officer by pseudonym.'),
    ).toBeVisible();
  });
});

describe('named rosters: the trainer’s roster', () => {
  afterEach(async () => {
    cleanup();
    await act(() => setLanguage('en'));
  });

  function openRoster(items: NamedRoster[]) {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, me({ role: 'trainer', policeUnitId: null, memberFirmId: 'f-1' }));
    queryClient.setQueryData(rosterQueryKey('k-1'), { cohort: COHORT, entries: [] } satisfies Roster);
    queryClient.setQueryData(sessionsQueryKey('k-1'), { items: [] });
    queryClient.setQueryData(namedRostersQueryKey('k-1'), { items });
    return renderPage(<RosterRoute />, {
      path: paths.app.roster.path,
      url: paths.app.roster.getHref({ cohortId: 'k-1' }),
      queryClient,
    });
  }

  it('says which units chose to show their officers by name (no reason), in the reader’s language', async () => {
    openRoster([
      choice({ reason: null, optedByName: null }),
      choice({ policeUnitId: 'unit-2', policeUnitName: 'Nairobi Digital Crime Unit', reason: null, optedByName: null }),
    ]);
    expect(
      screen.getByText(
        'By their unit’s choice, the officers of Kyiv Cyber Unit and Nairobi Digital Crime Unit are shown by name.',
      ),
    ).toBeVisible();
    await act(() => setLanguage('zh-CN'));
    expect(
      screen.getByText(/根据所属单位的选择，Kyiv Cyber Unit和Nairobi Digital Crime Unit 的警员以姓名显示。/),
    ).toBeVisible();
  });

  it('says nothing when no unit chose names', () => {
    openRoster([]);
    expect(screen.queryByText(/shown by name/)).toBeNull();
  });
});
