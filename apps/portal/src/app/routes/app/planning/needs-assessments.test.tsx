import { screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import {
  getNeedsAssessmentsQueryOptions,
  type NeedsAssessmentSummary,
} from '@/features/planning/api/get-needs-assessments';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { NeedsAssessmentsRoute } from './needs-assessments';

const COORDINATOR: Me = {
  id: 'me',
  email: 'coordinator@unit.example',
  displayName: 'Carolina Rodríguez',
  role: 'coordinator',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: null,
};

const ROW: NeedsAssessmentSummary = {
  id: 'na-1',
  policeUnitId: 'unit-1',
  unitName: 'Centro Cibernético Policial (CCP)',
  countryCode: 'CO',
  status: 'approved',
  assessedOn: '2031-03-03',
  submittedAt: '2031-03-03T12:00:00.000Z',
  reviewedAt: '2031-03-05T12:00:00.000Z',
  reviewNote: null,
  version: 3,
};

function open(me: Me, query: { status?: NeedsAssessmentSummary['status'] }, rows: NeedsAssessmentSummary[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getNeedsAssessmentsQueryOptions(query).queryKey, {
    items: rows,
    total: rows.length,
    page: 1,
    pageSize: 20,
  });
  return renderPage(<NeedsAssessmentsRoute />, {
    path: paths.app.needsAssessments.path,
    url: paths.app.needsAssessments.getHref(),
    queryClient,
  });
}

describe('Needs assessments (page)', () => {
  it('gives a coordinator the unit’s history and a way to start a new assessment', () => {
    open(COORDINATOR, {}, [ROW]);
    expect(screen.getByRole('heading', { level: 1, name: 'Needs assessments of my unit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start assessment' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /2031/ })).toHaveAttribute('href', '/needs-assessments/na-1');
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect(screen.queryByLabelText('Status')).not.toBeInTheDocument();
  });

  it('shows an admin the submitted assessments to review, with a status filter and no start form', () => {
    open({ ...COORDINATOR, role: 'admin', policeUnitId: null }, { status: 'submitted' }, [
      { ...ROW, status: 'submitted' },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Needs assessments to review' })).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('submitted');
    expect(screen.queryByRole('button', { name: 'Start assessment' })).not.toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Centro Cibernético Policial (CCP)' })).toBeInTheDocument();
  });
});
