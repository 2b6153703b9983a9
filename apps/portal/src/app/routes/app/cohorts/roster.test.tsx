import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { rosterQueryKey, type RosterEntry } from '@/features/cohorts/api/get-roster';
import { sessionsQueryKey } from '@/features/cohorts/api/get-sessions';
import { sendCohortMessage } from '@/features/cohorts/api/send-cohort-message';
import { paths } from '@/config/paths';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { RosterRoute } from './roster';

// Sending is a POST: its fetcher is stubbed, the hook and the form are the real ones.
jest.mock('@/features/cohorts/api/send-cohort-message', () => {
  const { useMutation } = jest.requireActual('@tanstack/react-query');
  const sendCohortMessage = jest.fn();
  return { sendCohortMessage, useSendCohortMessage: () => useMutation({ mutationFn: sendCohortMessage }) };
});

const TRAINER: Me = {
  id: 't-1',
  email: 'trainer@firm.test',
  displayName: 'Jane Trainer',
  role: 'trainer',
  policeUnitId: null,
  memberFirmId: 'firm-1',
  locale: 'en',
  readsLocales: [],
  timeZone: 'UTC',
  passwordChangeRequired: false,
  capabilities: [],
};

const COHORT: Cohort = {
  id: '5d7c1f3e-0000-4000-8000-0000000000c2',
  courseId: 'c-1',
  courseCode: 'CS-101',
  courseTitle: 'Cybercrime first response',
  startsAt: '2031-03-31T06:00:00.000Z',
  endsAt: '2031-04-02T14:00:00.000Z',
  deliveryMode: 'online',
  language: 'en',
  countryCode: null,
  city: null,
  capacity: 20,
  seatsLeft: 17,
  waitlisted: 1,
  trainerId: 't-1',
  trainerName: 'Jane Trainer',
  trainerPseudonym: null,
  coTrainerId: null,
  coTrainerName: null,
  coTrainerPseudonym: null,
  policeUnitId: null,
  requiresApproval: false,
  status: 'open',
  enrolmentOpen: true,
};

const entry = (id: string, officerName: string, status: RosterEntry['status']): RosterEntry => ({
  id,
  cohortId: COHORT.id,
  courseId: 'c-1',
  courseTitle: COHORT.courseTitle,
  officerId: `o-${id}`,
  officerName,
  officerPseudonym: null,
  status,
  waitlistPosition: status === 'waitlisted' ? 1 : null,
  progressPercent: 0,
  attended: null,
  attendancePercent: null,
  startsAt: COHORT.startsAt,
  endsAt: COHORT.endsAt,
  deliveryMode: 'online',
  nextLessonId: null,
  nextLessonTitle: null,
  completedAt: null,
  switchFromEnrolmentId: null,
  officerEmail: `${id}@unit.test`,
  bestScore: null,
});

function renderRoster() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, TRAINER);
  queryClient.setQueryData(rosterQueryKey(COHORT.id), {
    cohort: COHORT,
    entries: [
      entry('e-1', 'Participant 1 · KZ-3F9', 'enrolled'),
      entry('e-2', 'Participant 2 · QH-7T2', 'completed'),
      entry('e-3', 'Participant 3 · MA-11C', 'waitlisted'),
    ],
  });
  queryClient.setQueryData(sessionsQueryKey(COHORT.id), { items: [] });
  renderPage(<RosterRoute />, {
    path: paths.app.roster.path,
    url: paths.app.roster.getHref({ cohortId: COHORT.id }),
    queryClient,
  });
  return within(screen.getByRole('region', { name: 'Message participants' }));
}

describe('messaging a cohort’s participants from its roster', () => {
  beforeEach(() => jest.mocked(sendCohortMessage).mockReset());

  it('sends to every participant (enrolled or completed) by default, and says only how many it reached', async () => {
    jest.mocked(sendCohortMessage).mockResolvedValue({ sent: 2 });
    const form = renderRoster();
    expect(form.getByRole('radio', { name: 'Every participant (2)' })).toBeChecked();
    fireEvent.change(form.getByRole('textbox', { name: 'Subject' }), { target: { value: 'Room change' } });
    fireEvent.change(form.getByRole('textbox', { name: 'Message' }), { target: { value: 'We meet in room 4B.' } });
    fireEvent.click(form.getByRole('button', { name: 'Send the message' }));
    await waitFor(() => expect(form.getByRole('status')).toHaveTextContent('Sent. Participants reached: 2.'));
    expect(jest.mocked(sendCohortMessage).mock.calls[0][0]).toEqual({
      cohortId: COHORT.id,
      subject: 'Room change',
      body: 'We meet in room 4B.',
    });
    expect(form.getByRole('textbox', { name: 'Subject' })).toHaveValue('');
  });

  it('sends to the selected participants only, and asks for one when none is ticked', async () => {
    jest.mocked(sendCohortMessage).mockResolvedValue({ sent: 1 });
    const form = renderRoster();
    fireEvent.click(form.getByRole('radio', { name: 'Only the participants I select' }));
    // The waitlisted officer holds no seat: not offered.
    expect(form.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent?.trim())).toEqual([
      'Participant 1 · KZ-3F9',
      'Participant 2 · QH-7T2',
    ]);
    fireEvent.change(form.getByRole('textbox', { name: 'Subject' }), { target: { value: 'Your exam' } });
    fireEvent.change(form.getByRole('textbox', { name: 'Message' }), { target: { value: 'Please see me.' } });
    fireEvent.click(form.getByRole('button', { name: 'Send the message' }));
    expect(form.getByRole('alert')).toHaveTextContent('Select at least one participant.');
    expect(sendCohortMessage).not.toHaveBeenCalled();
    fireEvent.click(form.getByRole('checkbox', { name: 'Participant 2 · QH-7T2' }));
    fireEvent.click(form.getByRole('button', { name: 'Send the message' }));
    await waitFor(() => expect(form.getByRole('status')).toHaveTextContent('Sent. Participants reached: 1.'));
    expect(jest.mocked(sendCohortMessage).mock.calls[0][0]).toEqual({
      cohortId: COHORT.id,
      subject: 'Your exam',
      body: 'Please see me.',
      enrolmentIds: ['e-2'],
    });
  });
});
