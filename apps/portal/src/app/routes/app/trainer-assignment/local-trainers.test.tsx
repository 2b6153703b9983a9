import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getCertificationsQueryOptions, type Certification } from '@/features/certifications/api/get-certifications';
import {
  getLocalTrainerApplicationsQueryOptions,
  type LocalTrainerApplication,
} from '@/features/trainer-assignment/api/get-local-trainer-applications';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { LocalTrainersRoute } from './local-trainers';

const me = (role: Me['role'], id = 'me'): Me => ({
  id,
  email: `${role}@unit.example`,
  displayName: 'Iryna Bondarenko',
  role,
  policeUnitId: role === 'admin' ? null : 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: null,
});

const application = (over: Partial<LocalTrainerApplication> = {}): LocalTrainerApplication => ({
  id: 'la-1',
  officerId: 'officer-1',
  officerName: 'Iryna Bondarenko',
  policeUnitId: 'unit-1',
  policeUnitName: 'Kyiv Cyber Police',
  countryCode: 'UA',
  certificationId: 'cert-1',
  certificationExpiresAt: '2033-03-01T00:00:00.000Z',
  programmeName: 'First Responder Trainer',
  courseIds: ['c-1', 'c-2'],
  courseTitles: ['Cyber safety', 'First response'],
  languages: ['uk'],
  loadLimitPerQuarter: 3,
  trainedInCohortId: 'cohort-1',
  status: 'pending',
  coordinatorConfirmedAt: '2031-03-04T09:00:00.000Z',
  adminConfirmedAt: null,
  refusedAt: null,
  refusalReason: null,
  createdAt: '2031-03-03T09:00:00.000Z',
  ...over,
});

function open(user: Me, rows: LocalTrainerApplication[], certifications: Partial<Certification>[] = []) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, user);
  queryClient.setQueryData(getLocalTrainerApplicationsQueryOptions({ page: 1 }).queryKey, {
    items: rows,
    total: rows.length,
    page: 1,
    pageSize: 20,
  });
  queryClient.setQueryData(getCertificationsQueryOptions({ page: 1, pageSize: 100, status: 'active' }).queryKey, {
    items: certifications as Certification[],
    total: certifications.length,
    page: 1,
    pageSize: 100,
    nextCursor: null,
  });
  return renderPage(<LocalTrainersRoute />, {
    path: paths.app.localTrainers.path,
    url: paths.app.localTrainers.getHref(),
    queryClient,
  });
}

describe('Local trainers (page)', () => {
  it('lets an officer apply with one of their certifications and follow their application', () => {
    open(
      me('officer', 'officer-1'),
      [application()],
      [{ id: 'cert-1', programmeName: 'First Responder Trainer', expiresAt: '2033-03-01T00:00:00.000Z' }],
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Local trainers' })).toBeInTheDocument();
    const certification = screen.getByRole('combobox', { name: /Certification/ });
    expect(
      within(certification).getByRole('option', { name: /First Responder Trainer \(valid until/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Languages you teach in/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Iryna Bondarenko/ });
    expect(within(row).getByText('Waiting for confirmation')).toBeInTheDocument();
    expect(within(row).getByText(/Coordinator confirmed on/)).toBeInTheDocument();
    expect(within(row).getByText('Administrator: not confirmed yet')).toBeInTheDocument();
    // The applicant decides nothing.
    expect(screen.queryByRole('button', { name: /Confirm/ })).not.toBeInTheDocument();
  });

  it('without a certification, tells the officer what they need first', () => {
    open(me('officer', 'officer-1'), []);
    expect(screen.getByText(/You hold no active certification yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
    expect(screen.getByText('No applications yet.')).toBeInTheDocument();
  });

  it('gives a confirmed local trainer their trainer pages', () => {
    open(me('officer', 'officer-1'), [
      application({ status: 'confirmed', adminConfirmedAt: '2031-03-05T09:00:00.000Z' }),
    ]);
    expect(screen.getByRole('link', { name: 'Proposals' })).toHaveAttribute('href', paths.app.proposals.getHref());
    expect(screen.getByRole('link', { name: 'My cohorts' })).toHaveAttribute('href', paths.app.myCohorts.getHref());
  });

  it('lets an admin confirm or refuse a pending application, naming the officer', () => {
    open(me('admin'), [
      application(),
      application({
        id: 'la-2',
        officerName: 'Petro Melnyk',
        status: 'refused',
        refusalReason: 'Moved to another unit',
      }),
    ]);
    expect(screen.queryByRole('heading', { name: 'Apply to become a local trainer' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm Iryna Bondarenko as a local trainer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refuse the application of Iryna Bondarenko' })).toBeInTheDocument();
    const refused = screen.getByRole('row', { name: /Petro Melnyk/ });
    expect(within(refused).getByText('Reason: Moved to another unit')).toBeInTheDocument();
    expect(within(refused).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a coordinator who already confirmed only refuse, and never decide on their own application', () => {
    open(me('coordinator', 'coord-1'), [
      application(),
      application({ id: 'la-3', officerId: 'coord-1', officerName: 'Taras Shevchuk', coordinatorConfirmedAt: null }),
    ]);
    expect(
      screen.queryByRole('button', { name: 'Confirm Iryna Bondarenko as a local trainer' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refuse the application of Iryna Bondarenko' })).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Taras Shevchuk/ })).queryByRole('button')).not.toBeInTheDocument();
  });
});
