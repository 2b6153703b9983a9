import { fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getAllTrainersQueryOptions, type Trainer } from '@/features/trainer-assignment/api/get-trainers';
import { getTrainingRequestQueryOptions } from '@/features/trainer-assignment/api/get-training-request';
import type { TrainingRequest } from '@/features/trainer-assignment/api/get-training-requests';
import { formatDate } from '@/lib/format';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { TrainingRequestRoute } from './training-request';

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

const REQUEST: TrainingRequest = {
  id: 'r-1',
  policeUnitId: 'unit-1',
  policeUnitName: 'Cyber Police Kyiv',
  countryCode: 'UA',
  courseId: 'c-1',
  courseTitle: 'Digital forensics',
  language: 'uk',
  startsAt: '2031-04-07T07:00:00.000Z',
  endsAt: '2031-04-10T15:00:00.000Z',
  deliveryMode: 'in_person',
  seats: 12,
  deliveryPolicy: 'experts',
  status: 'unfilled',
  round: 1,
  cohortId: null,
  createdAt: '2031-02-20T12:00:00.000Z',
  reopenedAt: null,
  reopenReason: null,
  watched: false,
  assignments: [],
  matchRounds: [],
};

function open(request: TrainingRequest, me: Me = COORDINATOR, trainers: Trainer[] = []) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getAllTrainersQueryOptions().queryKey, trainers);
  queryClient.setQueryData(getTrainingRequestQueryOptions(request.id).queryKey, request);
  return renderPage(<TrainingRequestRoute />, {
    path: paths.app.trainingRequest.path,
    url: paths.app.trainingRequest.getHref({ requestId: request.id }),
    queryClient,
  });
}

// Re-opened at midday UTC: the same calendar day in every time zone a test machine may use.
const WATCHED = 'We will try again when a qualified trainer becomes free.';
/** Noon UTC; the page dates it in the reader's time zone, as the test computes it (not a fixed day). */
const REOPENED_AT = '2031-03-03T12:00:00.000Z';
const REOPENED_ON = formatDate(REOPENED_AT, 'en');

describe('Training request (page): re-tries of an unfilled request', () => {
  it('says when and why an unfilled request was re-opened, and that it is still watched', () => {
    open({
      ...REQUEST,
      round: 2,
      reopenedAt: REOPENED_AT,
      reopenReason: 'unavailability_removed',
      watched: true,
    });
    expect(
      screen.getByText(`Re-opened on ${REOPENED_ON}: a qualified trainer is no longer unavailable on these dates.`),
    ).toBeInTheDocument();
    expect(screen.getByText(WATCHED)).toBeInTheDocument();
  });

  it('keeps the note once the re-try found a trainer, without promising another try', () => {
    open({
      ...REQUEST,
      status: 'proposed',
      round: 2,
      reopenedAt: REOPENED_AT,
      reopenReason: 'proposal_declined',
      watched: false,
    });
    expect(
      screen.getByText(`Re-opened on ${REOPENED_ON}: a qualified trainer became free after declining another request.`),
    ).toBeInTheDocument();
    expect(screen.queryByText(WATCHED)).not.toBeInTheDocument();
  });

  it('says nothing of re-tries for an unfilled request whose window has begun and that was never re-opened', () => {
    open(REQUEST);
    expect(screen.getByText('No eligible trainer was left. The alliance’s staff have been told.')).toBeInTheDocument();
    expect(screen.queryByText(/^Re-opened on/)).not.toBeInTheDocument();
    expect(screen.queryByText(WATCHED)).not.toBeInTheDocument();
  });
});

const ADMIN: Me = { ...COORDINATOR, id: 'admin', email: 'admin@alliance.example', role: 'admin', policeUnitId: null };

const trainer = (id: string, displayName: string, extra: Partial<Trainer>): Trainer => ({
  id,
  displayName,
  email: `${id}@example.test`,
  memberFirmId: null,
  memberFirmName: null,
  pool: 'expert',
  trainedInCohortId: null,
  languages: ['uk'],
  skills: [],
  courseIds: ['c-1'],
  countryCodes: ['UA'],
  excludedCountryCodes: [],
  onlineOnly: false,
  loadLimitPerQuarter: 6,
  unavailability: [],
  ...extra,
});

const TRAINERS: Trainer[] = [
  trainer('e-1', 'Erik Expert', { memberFirmId: 'f-1', memberFirmName: 'Trend Micro' }),
  trainer('l-1', 'Олена Коваль', { pool: 'local' }),
  trainer('l-2', 'Piotr Nowak', { pool: 'local', countryCodes: ['PL'] }),
];

describe('Training request (page): reassigning by hand', () => {
  it('a co-delivered course: an expert and a local trainer of the request’s country, proposed as a pair', () => {
    open({ ...REQUEST, deliveryPolicy: 'co_delivery' }, ADMIN, TRAINERS);
    expect(screen.getByText(/This course is co-delivered/)).toBeInTheDocument();
    const experts = screen.getByLabelText('Member-firm expert');
    expect(
      within(experts)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a trainer…', 'Erik Expert (Trend Micro)']);
    const locals = screen.getByLabelText('Local trainer');
    // Only the request's country (UA): the Polish local trainer is not offered; none means the expert alone.
    expect(
      within(locals)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None: the expert alone (no local trainer available)', 'Олена Коваль (local trainer, UA)']);
    fireEvent.change(experts, { target: { value: 'e-1' } });
    fireEvent.change(locals, { target: { value: 'l-1' } });
    // The confirmation (a <dialog>, which jsdom cannot open) names both; the button says it is a pair.
    expect(screen.getByRole('button', { name: 'Propose this pair' })).toBeInTheDocument();
    fireEvent.change(locals, { target: { value: '' } });
    expect(screen.getByRole('button', { name: 'Propose this trainer' })).toBeInTheDocument();
  });

  it('a course taught by one trainer: one field, every trainer', () => {
    open(REQUEST, ADMIN, TRAINERS);
    expect(screen.queryByLabelText('Local trainer')).not.toBeInTheDocument();
    expect(within(screen.getByLabelText('Trainer')).getAllByRole('option')).toHaveLength(4);
  });
});
