import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getAllCohortsQueryOptions, type Cohort } from '@/features/cohorts/api/get-cohorts';
import { namedRostersQueryKey } from '@/features/cohorts/api/get-named-rosters';
import { getUnitOfficersQueryOptions, type UnitOfficer } from '@/features/police-units/api/get-unit-officers';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { NominateRoute } from './nominate';

const COORDINATOR: Me = {
  id: 'me',
  email: 'coordinator@unit.example',
  displayName: 'Cora Coordinator',
  role: 'coordinator',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  timeZone: null,
  passwordChangeRequired: false,
};

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
  trainerId: null,
  trainerName: null,
  trainerPseudonym: null,
  coTrainerId: null,
  coTrainerName: null,
  coTrainerPseudonym: null,
  policeUnitId: null,
  requiresApproval: false,
  status: 'open',
  enrolmentOpen: true,
};

const officer = (id: string, displayName: string): UnitOfficer => ({
  id,
  displayName,
  email: `${id}@unit.example`,
  role: 'officer',
});
const OFFICERS = [officer('o-1', 'Ana Alves'), officer('o-2', 'Ben Brook'), officer('o-3', 'Cai Chen')];

function open({
  me = COORDINATOR,
  cohorts = [COHORT],
  officers = OFFICERS,
  url = paths.app.nominate.getHref(),
}: { me?: Me; cohorts?: Cohort[]; officers?: UnitOfficer[]; url?: string } = {}) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getAllCohortsQueryOptions({ enrolmentOpen: true }).queryKey, cohorts);
  queryClient.setQueryData(getUnitOfficersQueryOptions('unit-1').queryKey, officers);
  queryClient.setQueryData(namedRostersQueryKey('k-1'), { items: [] });
  return renderPage(<NominateRoute />, { path: paths.app.nominate.path, url, queryClient });
}

const submitButton = () => screen.getByRole('button', { name: /^Nominate the selected officers/ });

describe('Nominate officers (page)', () => {
  it('asks for a cohort first, then puts the chosen one in the address and lists the unit’s officers', () => {
    const page = open();
    expect(screen.getByText('Choose a cohort to see your unit’s officers.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Officers of your unit' })).not.toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: 'Cohort' }), { target: { value: 'k-1' } });

    expect(page.location()).toBe('/unit/nominate?cohort=k-1');
    expect(screen.getByRole('heading', { level: 2, name: 'DF-201 Digital forensics' })).toBeInTheDocument();
    const officers = screen.getByRole('group', { name: 'Officers of your unit' });
    expect(
      within(officers)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual([
      ' Select everyone',
      ' Ana Alves o-1@unit.example',
      ' Ben Brook o-2@unit.example',
      ' Cai Chen o-3@unit.example',
    ]);
  });

  it('says when the cohort in the address is no longer open', () => {
    open({ url: paths.app.nominate.getHref({ cohort: 'k-gone' }) });
    expect(screen.getByText('This cohort is no longer open for enrolment. Choose another.')).toBeInTheDocument();
  });

  it('says when no cohort is open', () => {
    open({ cohorts: [] });
    expect(screen.getByText('No cohort is open for enrolment just now.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Cohort' })).not.toBeInTheDocument();
  });

  it('tells a coordinator without a unit that there is none, and offers no cohort', () => {
    open({ me: { ...COORDINATOR, policeUnitId: null } });
    expect(screen.getByText(/Your account is not attached to a police unit\./)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Cohort' })).not.toBeInTheDocument();
  });

  it('refuses to send an empty nomination and says why', () => {
    const { queryClient } = open({ url: paths.app.nominate.getHref({ cohort: 'k-1' }) });
    expect(submitButton()).toHaveTextContent('Nominate the selected officers (0)');
    fireEvent.click(submitButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Select at least one officer.');
    expect(screen.getByRole('group', { name: 'Officers of your unit' })).toHaveAccessibleDescription(
      'Select at least one officer.',
    );
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
  });

  it('sends the ticked officers, in the order of the list, for the chosen cohort', () => {
    const { queryClient } = open({ url: paths.app.nominate.getHref({ cohort: 'k-1' }) });
    fireEvent.click(screen.getByRole('checkbox', { name: /Cai Chen/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Ana Alves/ }));
    expect(submitButton()).toHaveTextContent('Nominate the selected officers (2)');
    expect(screen.getByRole('checkbox', { name: 'Select everyone' })).not.toBeChecked();

    fireEvent.click(submitButton());

    const [mutation] = queryClient.getMutationCache().getAll();
    expect(mutation.state.variables).toEqual({ cohortId: 'k-1', officerIds: ['o-1', 'o-3'] });
  });

  it('says an enrolment conflict in the reader’s language, not in the API’s English', async () => {
    const post = jest.spyOn(api, 'POST').mockResolvedValue({
      data: undefined,
      error: {
        statusCode: 409,
        error: 'Conflict',
        message: 'cohortId: the officer already has an active enrolment in another run of this course',
        code: 'enrolment.already_enrolled',
        field: 'cohortId',
      },
      response: { ok: false, status: 409, statusText: 'Conflict' } as Response,
    } as never);
    try {
      await act(() => setLanguage('ru'));
      open({ url: paths.app.nominate.getHref({ cohort: 'k-1' }) });
      fireEvent.click(screen.getByRole('checkbox', { name: /Ana Alves/ }));
      fireEvent.click(screen.getByRole('button', { name: /^Направить выбранных сотрудников/ }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Никто не направлен. Сотрудник уже записан в другую группу этого курса.');
      expect(alert).not.toHaveTextContent('another run');
    } finally {
      cleanup();
      post.mockRestore();
      await act(() => setLanguage('en'));
    }
  });

  it('finds officers by name as one types (debounced, in the address) and keeps those ticked before the search', () => {
    jest.useFakeTimers();
    try {
      const queryClient = createTestQueryClient();
      queryClient.setQueryData(ME_QUERY_KEY, COORDINATOR);
      queryClient.setQueryData(getAllCohortsQueryOptions({ enrolmentOpen: true }).queryKey, [COHORT]);
      queryClient.setQueryData(getUnitOfficersQueryOptions('unit-1').queryKey, OFFICERS);
      queryClient.setQueryData(getUnitOfficersQueryOptions('unit-1', 'Cia Chen').queryKey, [OFFICERS[2]]);
      const page = renderPage(<NominateRoute />, {
        path: paths.app.nominate.path,
        url: paths.app.nominate.getHref({ cohort: 'k-1' }),
        queryClient,
      });
      fireEvent.click(screen.getByRole('checkbox', { name: /Ana Alves/ }));
      fireEvent.change(screen.getByRole('searchbox', { name: 'Find officers' }), { target: { value: 'Cia Chen' } });
      act(() => jest.advanceTimersByTime(300));
      expect(page.location()).toBe('/unit/nominate?cohort=k-1&q=Cia+Chen');
      expect(screen.queryByRole('checkbox', { name: /Ana Alves/ })).not.toBeInTheDocument();
      fireEvent.click(screen.getByRole('checkbox', { name: /Cai Chen/ }));
      fireEvent.click(submitButton());
      const [mutation] = queryClient.getMutationCache().getAll();
      expect(mutation.state.variables).toEqual({ cohortId: 'k-1', officerIds: ['o-3', 'o-1'] });
    } finally {
      jest.useRealTimers();
    }
  });

  it('ticks and unticks everyone at once', () => {
    open({ url: paths.app.nominate.getHref({ cohort: 'k-1' }) });
    const everyone = screen.getByRole('checkbox', { name: 'Select everyone' });
    fireEvent.click(everyone);
    expect(everyone).toBeChecked();
    expect(submitButton()).toHaveTextContent('(3)');
    fireEvent.click(screen.getByRole('checkbox', { name: /Ben Brook/ }));
    expect(everyone).not.toBeChecked();
    expect(submitButton()).toHaveTextContent('(2)');
    fireEvent.click(everyone);
    fireEvent.click(everyone);
    expect(submitButton()).toHaveTextContent('(0)');
  });

  it('cannot be sent when the unit has no officers', () => {
    open({ officers: [], url: paths.app.nominate.getHref({ cohort: 'k-1' }) });
    expect(screen.getByText('Your unit has no officers yet.')).toBeInTheDocument();
    expect(submitButton()).toBeDisabled();
  });
});
