import { fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { attendanceQueryKey, type AttendanceSheet } from '@/features/cohorts/api/get-attendance-sheet';
import { api } from '@/lib/api-client';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { SessionAttendanceRoute } from './attendance';

const SESSION = '5d7c1f3e-0000-4000-8000-000000000001';
const SHEET: AttendanceSheet = {
  session: {
    id: SESSION,
    cohortId: '5d7c1f3e-0000-4000-8000-000000000002',
    courseId: '5d7c1f3e-0000-4000-8000-000000000003',
    courseTitle: 'Digital Forensics Fundamentals',
    startsAt: '2031-03-31T06:00:00.000Z',
    endsAt: '2031-03-31T14:00:00.000Z',
    timeZone: 'Europe/Kyiv',
    venueName: 'Hall A',
    venueAddress: null,
    onlineUrl: null,
    position: 2,
    status: 'scheduled',
    sequence: 0,
    venueTime: { timeZone: 'Europe/Kyiv', startsAt: '2031-03-31T09:00', endsAt: '2031-03-31T17:00' },
    viewerTime: { timeZone: 'UTC', startsAt: '2031-03-31T06:00', endsAt: '2031-03-31T14:00' },
  },
  entries: [
    { enrolmentId: 'e1', officerId: 'o1', officerName: 'Olena Kovalenko', officerPseudonym: null, status: null },
    { enrolmentId: 'e2', officerId: 'o2', officerName: 'Taras Shevchuk', officerPseudonym: null, status: 'late' },
  ],
};

function open() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(attendanceQueryKey(SESSION), SHEET);
  return renderPage(<SessionAttendanceRoute />, {
    path: paths.app.sessionAttendance.path,
    url: paths.app.sessionAttendance.getHref({ sessionId: SESSION }),
    queryClient,
  });
}

describe('Session attendance (page)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the session at the venue’s time, each officer with the four marks, and the printable sheet', () => {
    open();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Attendance: Digital Forensics Fundamentals' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Session 2 · Mon, Mar 31, 9:00\sAM Kyiv/)).toBeInTheDocument();
    const olena = screen.getByRole('group', { name: 'Olena Kovalenko' });
    expect(within(olena).getAllByRole('radio')).toHaveLength(4);
    expect(
      within(screen.getByRole('group', { name: 'Taras Shevchuk' })).getByRole('radio', { name: 'Late' }),
    ).toBeChecked();
    expect(screen.getByRole('link', { name: 'Print the sheet (PDF)' })).toHaveAttribute(
      'href',
      `/api/training-sessions/${SESSION}/attendance.pdf`,
    );
  });

  it('marks all present, then one exception, and saves only what changed', async () => {
    const put = jest.spyOn(api, 'PUT').mockResolvedValue({
      data: {
        ...SHEET,
        entries: [
          { ...SHEET.entries[0], status: 'present' },
          { ...SHEET.entries[1], status: 'absent' },
        ],
      },
      response: { ok: true, status: 200 } as Response,
    } as never);
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Mark all present' }));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Taras Shevchuk' })).getByRole('radio', { name: 'Absent' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save changes (2)' }));
    expect(await screen.findByText('Attendance saved.')).toBeInTheDocument();
    expect(put).toHaveBeenCalledWith('/api/training-sessions/{id}/attendance', {
      params: { path: { id: SESSION } },
      body: {
        marks: [
          { enrolmentId: 'e1', status: 'present' },
          { enrolmentId: 'e2', status: 'absent' },
        ],
      },
    });
  });
});
