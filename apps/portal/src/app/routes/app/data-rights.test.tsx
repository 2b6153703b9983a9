import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getCountriesQueryOptions } from '@/features/countries/api/get-countries';
import { getDataRightsQueryOptions, type DataRightsSummary } from '@/features/data-rights/api/get-data-rights';
import {
  getTrainingRecordQueryOptions,
  type TrainingRecord,
} from '@/features/training-records/api/get-training-record';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CountriesRoute } from './admin/countries';
import { ProfileRoute } from './profile';
import { TrainingRecordRoute } from './training-record';

const OFFICER_ID = 'a0000000-0000-4000-8000-000000000001';

const me = (role: Me['role'], id = 'someone-else'): Me => ({
  id,
  email: `${role}@unit.example`,
  displayName: role === 'officer' ? 'Олена Коваленко' : `A ${role}`,
  role,
  policeUnitId: role === 'admin' ? null : 'unit-1',
  memberFirmId: null,
  locale: null,
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: null,
});

const SUMMARY: DataRightsSummary = {
  id: OFFICER_ID,
  name: 'Олена Коваленко',
  email: 'olena@unit.example',
  policeUnitName: 'Кіберполіція, Київ',
  countryCode: 'UA',
  retentionYears: 5,
  leftAt: '2031-01-10T09:00:00.000Z',
  erasureDueAt: '2036-01-10T09:00:00.000Z',
  erasedAt: null,
};

const RECORD: TrainingRecord = {
  officer: {
    id: OFFICER_ID,
    name: 'Олена Коваленко',
    email: 'olena@unit.example',
    role: 'officer',
    policeUnitId: 'unit-1',
    policeUnitName: 'Кіберполіція, Київ',
    disabled: true,
    protected: false,
  },
  asOf: '2031-03-10T09:00:00.000Z',
  enrolments: [],
  attendance: [],
  certifications: [],
  nominations: [],
};

function answer(status: number, body: object | undefined) {
  const ok = status < 400;
  return {
    data: ok ? body : undefined,
    error: ok ? undefined : { statusCode: status, ...body },
    response: { ok, status, statusText: ok ? 'OK' : 'Refused' } as Response,
  } as never;
}

function openRecord(reader: Me, summary: DataRightsSummary = SUMMARY) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, reader);
  queryClient.setQueryData(getTrainingRecordQueryOptions(OFFICER_ID).queryKey, RECORD);
  queryClient.setQueryData(getDataRightsQueryOptions(OFFICER_ID).queryKey, summary);
  return renderPage(<TrainingRecordRoute />, {
    path: paths.app.trainingRecord.path,
    url: paths.app.trainingRecord.getHref({ officerId: OFFICER_ID }),
    queryClient,
  });
}

describe('Data rights (pages)', () => {
  afterEach(async () => {
    cleanup();
    jest.restoreAllMocks();
    await act(() => setLanguage('en'));
  });

  it('My data: an officer downloads everything held about them and reads their country’s retention, in Ukrainian', async () => {
    await act(() => setLanguage('uk'));
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, me('officer', OFFICER_ID));
    queryClient.setQueryData(getDataRightsQueryOptions(OFFICER_ID).queryKey, SUMMARY);
    renderPage(<ProfileRoute />, { path: paths.app.profile.path, url: paths.app.profile.getHref(), queryClient });
    const section = screen.getByRole('region', { name: 'Мої дані' });
    expect(within(section).getByRole('link', { name: 'Завантажити всі дані (JSON)' })).toHaveAttribute(
      'href',
      `/api/users/${OFFICER_ID}/personal-data`,
    );
    expect(within(section).getByRole('link', { name: 'Завантажити в PDF' })).toHaveAttribute(
      'href',
      `/api/users/${OFFICER_ID}/personal-data.pdf`,
    );
    // "5 років": the years said with the language's plural rules.
    expect(within(section).getByText(/зберігає ваші персональні дані 5 років/)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('an admin erases from the training record only after typing the officer’s name, with a reason', async () => {
    const post = jest.spyOn(api, 'POST').mockResolvedValue(
      answer(200, {
        status: 'erased',
        name: 'Erased officer KZ-3F9',
        erasedAt: '2031-03-10T09:00:00.000Z',
        counts: {},
      }),
    );
    openRecord(me('admin'));
    const section = screen.getByRole('region', { name: 'Personal data' });
    expect(within(section).getByText(/keeps personal data for 5 years after the officer leaves/)).toBeInTheDocument();
    const submit = within(section).getByRole('button', { name: 'Erase personal data' });
    fireEvent.change(within(section).getByLabelText('Reason'), { target: { value: 'The officer asked' } });
    expect(submit).toBeDisabled();
    fireEvent.change(within(section).getByLabelText('To confirm, type the officer’s name: Олена Коваленко'), {
      target: { value: 'Олена' },
    });
    expect(submit).toBeDisabled();
    fireEvent.change(within(section).getByLabelText('To confirm, type the officer’s name: Олена Коваленко'), {
      target: { value: 'Олена Коваленко' },
    });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/api/users/{id}/erasure', {
        params: { path: { id: OFFICER_ID } },
        body: { reason: 'The officer asked' },
      }),
    );
    expect(
      await within(section).findByText('Personal data erased. The account is now shown as “Erased officer KZ-3F9”.'),
    ).toBeInTheDocument();
  });

  it('the officer’s coordinator sends a request instead; the API’s refusal is said in the reader’s words', async () => {
    const post = jest
      .spyOn(api, 'POST')
      .mockResolvedValueOnce(
        answer(409, {
          error: 'Conflict',
          message: 'id: the account’s personal data was erased',
          code: 'user.already_erased',
          field: 'id',
        }),
      )
      .mockResolvedValueOnce(answer(200, { status: 'requested', name: null, erasedAt: null, counts: {} }));
    openRecord(me('coordinator'));
    const section = screen.getByRole('region', { name: 'Personal data' });
    expect(within(section).queryByLabelText(/type the officer’s name/)).toBeNull();
    fireEvent.change(within(section).getByLabelText('Reason'), { target: { value: 'Left the service' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Send the request' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'This officer’s personal data has already been erased.',
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Send the request' }));
    expect(await within(section).findByText('Your request has been sent to the administrators.')).toBeInTheDocument();
    expect(post).toHaveBeenCalledTimes(2);
  });

  it('an erased officer’s record says when, and offers no erasure', () => {
    openRecord(me('admin'), { ...SUMMARY, name: 'Erased officer KZ-3F9', erasedAt: '2031-03-01T09:00:00.000Z' });
    const section = screen.getByRole('region', { name: 'Personal data' });
    expect(within(section).getByRole('status')).toHaveTextContent(/The personal data was erased on/);
    expect(within(section).queryByRole('button', { name: 'Erase personal data' })).toBeNull();
  });

  it('Countries: an admin sets and clears a country’s retention in whole years', async () => {
    const patch = jest.spyOn(api, 'PATCH').mockImplementation(async (_path: unknown, init: unknown) =>
      answer(200, {
        code: 'UA',
        name: 'Ukraine',
        regionCode: 'eastern-europe',
        hotspot: true,
        ...(init as { body: object }).body,
      }),
    );
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, me('admin'));
    queryClient.setQueryData(getCountriesQueryOptions({ region: undefined }).queryKey, [
      { code: 'KE', name: 'Kenya', regionCode: 'sub-saharan-africa', hotspot: true, retentionYears: 5 },
      { code: 'UA', name: 'Ukraine', regionCode: 'eastern-europe', hotspot: true, retentionYears: null },
    ]);
    renderPage(<CountriesRoute />, { path: paths.app.countries.path, url: paths.app.countries.getHref(), queryClient });
    const table = screen.getByRole('table', { name: 'Retention of officers’ personal data by country' });
    const ukraine = within(table).getByRole('row', { name: /Ukraine/ });
    const years = within(ukraine).getByLabelText('Retention in years for Ukraine');
    expect(years).toHaveValue(null);
    fireEvent.change(years, { target: { value: '3' } });
    fireEvent.click(within(ukraine).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(patch).toHaveBeenCalledWith('/api/countries/{code}', {
        params: { path: { code: 'UA' } },
        body: { retentionYears: 3 },
      }),
    );
    const kenya = within(table).getByRole('row', { name: /Kenya/ });
    const kenyaYears = within(kenya).getByLabelText('Retention in years for Kenya');
    expect(kenyaYears).toHaveValue(5);
    fireEvent.change(kenyaYears, { target: { value: '' } });
    fireEvent.click(within(kenya).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(patch).toHaveBeenCalledWith('/api/countries/{code}', {
        params: { path: { code: 'KE' } },
        body: { retentionYears: null },
      }),
    );
  });
});
