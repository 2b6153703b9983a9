import { fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import {
  getCompetencyFrameworkQueryOptions,
  type CompetencyFramework,
} from '@/features/planning/api/get-competency-framework';
import { getNeedsAssessmentQueryOptions, type NeedsAssessment } from '@/features/planning/api/get-needs-assessment';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { NeedsAssessmentRoute } from './needs-assessment';

const ME: Me = {
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
const SOURCE = { locale: 'en', status: 'source', fallback: false, outdatedSince: null } as const;

const FRAMEWORK: CompetencyFramework = {
  roles: [
    {
      id: 'role-1',
      key: 'first_responder',
      position: 1,
      sector: 'law_enforcement',
      name: 'First responder',
      description: 'Secures the scene.',
      requirements: [{ competencyId: 'k-1', level: 2 }],
      translation: SOURCE,
    },
  ],
  competencies: [
    {
      id: 'k-1',
      key: 'osint',
      category: 'investigation',
      name: 'Open-source intelligence',
      description: 'Researches open sources.',
      revision: 1,
      translation: SOURCE,
    },
    {
      id: 'k-2',
      key: 'strategic_planning',
      category: 'management',
      name: 'Strategic planning',
      description: 'Plans.',
      revision: 1,
      translation: SOURCE,
    },
  ],
};

const ASSESSMENT: NeedsAssessment = {
  id: 'na-1',
  policeUnitId: 'unit-1',
  unitName: 'Centro Cibernético Policial (CCP)',
  countryCode: 'CO',
  status: 'draft',
  assessedOn: '2031-03-03',
  submittedAt: null,
  reviewedAt: null,
  reviewNote: null,
  version: 1,
  roles: [{ competencyRoleId: 'role-1', officersNow: 4, officersNeeded: 9 }],
  levels: [
    {
      competencyId: 'k-1',
      competencyRevision: 1,
      nameThen: 'Open-source intelligence',
      inferredLevel: 2,
      currentLevel: 3,
      source: 'corrected',
    },
    {
      competencyId: 'k-2',
      competencyRevision: 1,
      nameThen: 'Strategic planning',
      inferredLevel: 0,
      currentLevel: 0,
      source: 'inferred',
    },
  ],
};

function open(assessment: NeedsAssessment, me: Me = ME) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getNeedsAssessmentQueryOptions(assessment.id).queryKey, assessment);
  queryClient.setQueryData(getCompetencyFrameworkQueryOptions().queryKey, FRAMEWORK);
  return renderPage(<NeedsAssessmentRoute />, {
    path: paths.app.needsAssessment.path,
    url: paths.app.needsAssessment.getHref({ assessmentId: assessment.id }),
    queryClient,
  });
}

describe('Needs assessment (page)', () => {
  it('shows a draft as a form: officers per role, levels prefilled and the inferred level beside a correction', () => {
    open(ASSESSMENT);
    const role = screen.getByRole('group', { name: 'First responder' });
    expect(within(role).getByLabelText('Officers now')).toHaveValue(4);
    expect(within(role).getByLabelText('Officers needed')).toHaveValue(9);
    const osint = screen.getByLabelText('Open-source intelligence');
    expect(osint).toHaveValue('3');
    expect(screen.getByText('Inferred: Level 2 (EQF 4) · corrected')).toBeInTheDocument();
    fireEvent.change(osint, { target: { value: '2' } });
    expect(screen.getByText('Inferred: Level 2 (EQF 4)')).toBeInTheDocument();
    expect(screen.getByText('Inferred: None')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Review' })).not.toBeInTheDocument();
  });

  it('shows a submitted assessment as figures; the admin gets Approve and Return, the coordinator does not', () => {
    const submitted = { ...ASSESSMENT, status: 'submitted' as const };
    const { unmount } = open(submitted);
    expect(screen.queryByRole('button', { name: 'Submit for review' })).not.toBeInTheDocument();
    expect(screen.getByText('Level 3 (EQF 5) (corrected)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    unmount();
    open(submitted, { ...ME, role: 'admin', policeUnitId: null });
    expect(screen.getByRole('button', { name: 'Approve' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Return to the unit' })).toBeInTheDocument();
  });

  it('shows a returned assessment’s note and lets the unit edit it again', () => {
    open({ ...ASSESSMENT, status: 'returned', reviewNote: 'Count the judges too.' });
    expect(screen.getByText('Reviewer’s note: Count the judges too.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeInTheDocument();
  });
});
