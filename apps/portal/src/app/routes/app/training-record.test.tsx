import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import {
  getTrainingRecordQueryOptions,
  type TrainingRecord,
} from '@/features/training-records/api/get-training-record';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { TrainingRecordRoute } from './training-record';

const OFFICER = 'a0000000-0000-4000-8000-000000000001';

const RECORD: TrainingRecord = {
  officer: {
    id: OFFICER,
    name: 'Олена Коваленко',
    email: 'olena@unit.example',
    role: 'officer',
    policeUnitId: 'u-1',
    policeUnitName: 'Кіберполіція, Київ',
    disabled: false,
    protected: false,
  },
  asOf: '2031-03-10T09:00:00.000Z',
  enrolments: [
    {
      id: 'e-1',
      cohortId: 'co-1',
      courseId: 'c-1',
      courseCode: 'DF-201',
      courseTitle: 'Digital forensics',
      status: 'completed',
      progressPercent: 100,
      startsAt: '2030-02-03T09:00:00.000Z',
      endsAt: '2030-02-08T09:00:00.000Z',
      deliveryMode: 'online',
      language: 'uk',
      completedAt: '2030-02-08T09:00:00.000Z',
      result: { attempts: 2, bestScore: 85, passed: true },
      attendance: { sessions: 4, present: 3, late: 1, absent: 0, excused: 0 },
    },
  ],
  attendance: [
    {
      enrolmentId: 'e-1',
      trainingSessionId: 's-1',
      courseTitle: 'Digital forensics',
      position: 1,
      startsAt: '2030-02-03T09:00:00.000Z',
      timeZone: 'Europe/Kyiv',
      status: 'late',
    },
  ],
  certifications: [
    {
      id: 'cert-1',
      programmeId: 'p-1',
      programmeName: 'Alliance Cybercrime Investigator',
      status: 'active',
      issuedAt: '2029-04-24T09:00:00.000Z',
      expiresAt: '2031-04-24T09:00:00.000Z',
      recertificationOpensAt: '2031-01-24T09:00:00.000Z',
      recertificationOpen: true,
      expiringSoon: true,
      renewedById: null,
      revokedReason: null,
      publicCode: 'ABC',
    },
  ],
  nominations: [
    {
      enrolmentId: 'e-1',
      courseTitle: 'Digital forensics',
      startsAt: '2030-02-03T09:00:00.000Z',
      nominatedBy: 'Anna Coordinator',
      nominatedAt: '2030-01-10T09:00:00.000Z',
      status: 'completed',
    },
  ],
};

function open(record: TrainingRecord) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getTrainingRecordQueryOptions(OFFICER).queryKey, record);
  return renderPage(<TrainingRecordRoute />, {
    path: paths.app.trainingRecord.path,
    url: paths.app.trainingRecord.getHref({ officerId: OFFICER }),
    queryClient,
  });
}

describe('Training record (page)', () => {
  it('shows courses with result and attendance, certifications with expiry and window, nominations and sessions', () => {
    open(RECORD);
    expect(screen.getByRole('heading', { level: 1, name: 'Training record: Олена Коваленко' })).toBeInTheDocument();
    const courses = screen.getByRole('table', { name: 'Courses' });
    expect(within(courses).getByText('Digital forensics')).toBeInTheDocument();
    expect(within(courses).getByText('Passed, 85% (attempts: 2)')).toBeInTheDocument();
    expect(within(courses).getByText('4 of 4 sessions')).toBeInTheDocument();
    const certifications = screen.getByRole('table', { name: 'Certifications' });
    expect(within(certifications).getByText('Alliance Cybercrime Investigator')).toBeInTheDocument();
    expect(within(certifications).getByText('Expires soon')).toBeInTheDocument();
    expect(within(certifications).getByText('Open now')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Nominations' })).getByText('Anna Coordinator'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Sessions and attendance' })).getByText('Late'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute(
      'href',
      `/api/training-records/${OFFICER}/record.pdf`,
    );
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/training-records/${OFFICER}/record.csv`,
    );
  });

  it('says so when there is nothing yet', () => {
    open({ ...RECORD, enrolments: [], attendance: [], certifications: [], nominations: [] });
    expect(screen.getByText('No courses yet.')).toBeInTheDocument();
    expect(screen.getByText('No certifications yet.')).toBeInTheDocument();
    expect(screen.getByText('No nominations.')).toBeInTheDocument();
  });
});
