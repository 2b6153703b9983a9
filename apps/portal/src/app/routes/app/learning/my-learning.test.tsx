import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getEnrolmentsQueryOptions, type Enrolment } from '@/features/enrolments/api/get-enrolments';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { MyLearningRoute } from './my-learning';

const enrolment = (id: string, officerId: string, officerName: string, courseTitle: string): Enrolment => ({
  id,
  cohortId: 'k-1',
  courseId: `c-${id}`,
  courseTitle,
  officerId,
  officerName,
  officerPseudonym: null,
  status: 'enrolled',
  waitlistPosition: null,
  progressPercent: 0,
  attended: null,
  attendancePercent: null,
  startsAt: '2030-03-05T08:00:00.000Z',
  endsAt: '2030-03-09T16:00:00.000Z',
  deliveryMode: 'online',
  nextLessonId: null,
  nextLessonTitle: null,
  completedAt: null,
  switchFromEnrolmentId: null,
});

const OWN = enrolment('e-own', 'coord-1', 'Olena Koval', 'Digital forensics');
const COLLEAGUE = enrolment('e-other', 'o-2', 'Ana Alves', 'Crypto tracing');
const page = (items: Enrolment[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('My learning (page)', () => {
  it('lists only the signed-in person’s own enrolments, even for a coordinator who may see the unit’s', () => {
    const queryClient = createTestQueryClient();
    // What the unit's list (no `mine`) holds for a coordinator, and what their own list holds.
    queryClient.setQueryData(
      getEnrolmentsQueryOptions({ page: 1, status: undefined }).queryKey,
      page([OWN, COLLEAGUE]),
    );
    queryClient.setQueryData(
      getEnrolmentsQueryOptions({ page: 1, status: undefined, mine: true }).queryKey,
      page([OWN]),
    );
    renderPage(<MyLearningRoute />, {
      path: paths.app.myLearning.path,
      url: paths.app.myLearning.getHref(),
      queryClient,
    });

    const list = screen.getByRole('list', { name: /./ });
    expect(within(list).getByText('Digital forensics')).toBeInTheDocument();
    expect(within(list).queryByText('Crypto tracing')).not.toBeInTheDocument();
  });
});
