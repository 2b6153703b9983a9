import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { workplanQueryKey, type PlanLine, type Workplan } from '@/features/planning/api/get-workplan';
import { workplanCoverageQueryKey } from '@/features/planning/api/get-workplan-coverage';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { WorkplanRoute } from './workplan';

const LINE: PlanLine = {
  id: 'line-1',
  policeUnitId: 'unit-1',
  policeUnitName: 'Cyber Police Department — Kyiv',
  courseId: 'course-1',
  courseTitle: 'Digital evidence handling',
  competencyId: 'k-1',
  quarter: '2027-Q2',
  officers: 12,
  deliveryMode: 'in_person',
  language: 'uk',
  selfPaced: false,
  reason: { gap: 12, priority: 4, score: 48, competencyIds: ['k-1'], competencyRoleIds: ['r-1'] },
  trainingRequestId: null,
  cohortId: null,
};

const PLAN: Workplan = {
  id: 'plan-1',
  countryCode: 'UA',
  countryName: 'Ukraine',
  periodStart: '2027-Q1',
  periodEnd: '2027-Q4',
  status: 'draft',
  approvedAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  lines: [
    { ...LINE },
    {
      ...LINE,
      id: 'line-2',
      courseId: 'course-2',
      courseTitle: 'Cybercrime awareness',
      deliveryMode: 'online',
      selfPaced: true,
      officers: 5,
      reason: null,
    },
  ],
};

function show(plan: Workplan) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(workplanQueryKey(plan.id), plan);
  queryClient.setQueryData(['workplans', plan.id, 'progress'], {
    workplanId: plan.id,
    lines: plan.lines.map((l) => ({
      id: l.id,
      policeUnitId: l.policeUnitId,
      courseId: l.courseId,
      quarter: l.quarter,
      target: l.officers,
      requestsRaised: l.trainingRequestId ? 1 : 0,
      requestsFilled: 0,
      requestStatus: l.trainingRequestId ? 'pending' : null,
      cohortsHeld: l.cohortId ? 1 : 0,
      officersTrained: l.cohortId ? 3 : 0,
      officersCertified: 0,
    })),
  });
  queryClient.setQueryData(workplanCoverageQueryKey(plan.id), {
    workplanId: plan.id,
    now: '2026-12-05T09:00:00.000Z',
    units: [
      {
        policeUnitId: 'unit-1',
        policeUnitName: 'Cyber Police Department — Kyiv',
        needsAssessmentId: 'assessment-1',
        assessedOn: '2026-01-15',
        roles: [
          {
            competencyRoleId: 'r-1',
            name: 'Online investigator',
            officersNeeded: 12,
            atLevelBefore: 3,
            atLevelNow: 9,
            coverageBefore: 25,
            coverageNow: 75,
          },
        ],
      },
      { policeUnitId: 'unit-2', policeUnitName: 'Odesa unit', needsAssessmentId: null, assessedOn: null, roles: [] },
    ],
  });
  return renderPage(<WorkplanRoute />, {
    path: paths.app.workplan.path,
    url: paths.app.workplan.getHref({ workplanId: plan.id }),
    queryClient,
  });
}

describe('WorkplanRoute', () => {
  it('shows a draft’s lines with their reasons, editable in place, and an Approve button', () => {
    show(PLAN);
    const table = screen.getByRole('table', { name: 'Plan lines' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first).getByText('gap 12 × priority 4 = 48')).toBeTruthy();
    expect(within(first).getByRole('spinbutton', { name: /Officers for Cyber Police/ })).toHaveProperty('value', '12');
    expect(within(first).getByRole('combobox', { name: /Quarter for/ })).toHaveProperty('value', '2027-Q2');
    expect(within(second).getByText('Added by an administrator')).toBeTruthy();
    expect(within(second).getByText('Self-paced open cohort')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Approve workplan' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Progress of each plan line' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Competency coverage per unit and role' })).toBeNull();
  });

  it('shows an approved plan read-only, each line linked to what it became, with progress against target', () => {
    show({
      ...PLAN,
      status: 'approved',
      approvedAt: '2026-12-02T10:00:00Z',
      lines: [
        { ...PLAN.lines[0], trainingRequestId: 'request-1' },
        { ...PLAN.lines[1], cohortId: 'cohort-1' },
      ],
    });
    const table = screen.getByRole('table', { name: 'Plan lines' });
    expect(within(table).queryByRole('spinbutton')).toBeNull();
    expect(within(table).getByRole('link', { name: 'Training request' }).getAttribute('href')).toBe(
      paths.app.trainingRequest.getHref({ requestId: 'request-1' }),
    );
    expect(within(table).getByText('Open cohort')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve workplan' })).toBeNull();
    const progress = screen.getByRole('table', { name: 'Progress of each plan line' });
    expect(within(progress).getByText('3 of 5')).toBeTruthy();
    expect(within(progress).getByText('0 of 1')).toBeTruthy();
    const coverage = screen.getByRole('table', { name: 'Competency coverage per unit and role' });
    const [kyiv, odesa] = within(coverage).getAllByRole('row').slice(1);
    expect(within(kyiv).getByText('Online investigator')).toBeTruthy();
    expect(within(kyiv).getByText('3 (25% of need)')).toBeTruthy();
    expect(within(kyiv).getByText('9 (75% of need)')).toBeTruthy();
    expect(within(odesa).getByText('No approved needs assessment')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Share of the need met, before and now/ })).toBeTruthy();
  });
});
