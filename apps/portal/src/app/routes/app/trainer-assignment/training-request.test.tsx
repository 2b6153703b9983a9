import { screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
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

function open(request: TrainingRequest) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, COORDINATOR);
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
