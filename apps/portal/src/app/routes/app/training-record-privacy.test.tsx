import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getMeQueryOptions, type Me } from '@/features/auth/api/get-me';
import { getAccessLogQueryOptions, type AccessLogEntry } from '@/features/training-records/api/get-access-log';
import {
  getTrainingRecordQueryOptions,
  type TrainingRecord,
} from '@/features/training-records/api/get-training-record';
import { setProtection } from '@/features/training-records/api/set-protection';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { TrainingRecordRoute } from './training-record';

// The protection change is a PUT: its fetcher is stubbed, the hook, the switch and the dialog are the real ones.
jest.mock('@/features/training-records/api/set-protection', () => {
  const { useMutation } = jest.requireActual('@tanstack/react-query');
  const setProtection = jest.fn();
  return { setProtection, useSetProtection: () => useMutation({ mutationFn: setProtection }) };
});

const OFFICER = 'a0000000-0000-4000-8000-000000000001';
const COHORT = 'c0000000-0000-4000-8000-000000000001';

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
  enrolments: [],
  attendance: [],
  certifications: [],
  nominations: [],
};

const ME: Me = {
  id: 'coord-1',
  email: 'coordinator@unit.example',
  displayName: 'Mykola Bondar',
  role: 'coordinator',
  policeUnitId: 'u-1',
  memberFirmId: null,
  locale: null,
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: 'UTC',
};

const entry = (i: number, over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  id: `l-${i}`,
  officer: { id: OFFICER, name: 'Олена Коваленко', officerPseudonym: null },
  reader: {
    id: 'trainer-1',
    name: 'Kofi Mensah',
    officerPseudonym: null,
    role: 'trainer',
    organisationType: 'member_firm',
    organisationName: 'Trend Micro',
  },
  purpose: 'roster',
  object: { type: 'cohort', id: COHORT, name: 'Digital forensics' },
  at: '2031-03-09T14:30:00.000Z',
  ...over,
});

function open(me: Me, record: TrainingRecord, log: { items: AccessLogEntry[]; total: number }, page = 1) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getMeQueryOptions().queryKey, me);
  queryClient.setQueryData(getTrainingRecordQueryOptions(OFFICER).queryKey, record);
  queryClient.setQueryData(getAccessLogQueryOptions({ officerId: OFFICER, page, pageSize: 20 }).queryKey, {
    ...log,
    page,
    pageSize: 20,
  });
  const href = paths.app.trainingRecord.getHref({ officerId: OFFICER });
  return renderPage(<TrainingRecordRoute />, {
    path: paths.app.trainingRecord.path,
    url: page > 1 ? `${href}?accessPage=${page}` : href,
    queryClient,
  });
}

describe('Training record: protected officer and who accessed it (issue 20)', () => {
  beforeAll(() => {
    // jsdom has <dialog> but not its modal methods.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });
  afterEach(async () => {
    cleanup();
    jest.mocked(setProtection).mockReset();
    await act(() => setLanguage('en'));
  });

  it('lets the coordinator mark the officer protected after confirming, with a reason', async () => {
    jest.mocked(setProtection).mockResolvedValue({ id: OFFICER, protected: true } as never);
    open(ME, RECORD, { items: [], total: 0 });
    const toggle = screen.getByRole('switch', { name: 'Protected officer' });
    expect(toggle).not.toBeChecked();
    fireEvent.click(toggle);
    const dialog = screen.getByRole('dialog', { name: 'Mark Олена Коваленко as a protected officer?' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), {
      target: { value: '  Works undercover online ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByText('Олена Коваленко is now a protected officer.')).toBeInTheDocument());
    expect(jest.mocked(setProtection).mock.calls[0][0]).toEqual({
      id: OFFICER,
      protected: true,
      reason: 'Works undercover online',
    });
  });

  it('asks before lifting a protection, and sends nothing when cancelled', () => {
    open(ME, { ...RECORD, officer: { ...RECORD.officer, protected: true } }, { items: [], total: 0 });
    expect(screen.getByText('Protected')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('switch', { name: 'Protected officer' }));
    const dialog = screen.getByRole('dialog', { name: 'Lift the protection of Олена Коваленко?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(setProtection).not.toHaveBeenCalled();
  });

  it('lists who accessed the record from outside the unit: reader, organisation, what, when; paged in the address', () => {
    const items = [
      entry(1, {
        reader: {
          id: 'admin-1',
          name: 'Ana Souza',
          officerPseudonym: null,
          role: 'admin',
          organisationType: 'alliance',
          organisationName: null,
        },
        purpose: 'training_record_export',
        object: { type: 'training_record', id: OFFICER, name: null },
      }),
      entry(2),
      ...Array.from({ length: 18 }, (_, i) => entry(i + 3, { purpose: 'attendance_pdf' })),
    ];
    open(ME, RECORD, { items, total: 23 });
    const table = screen.getByRole('table', { name: 'Who accessed this record' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByText('Ana Souza')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Alliance administrator')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Alliance')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Training record (PDF or CSV)')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Kofi Mensah')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Trend Micro')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Cohort roster: Digital forensics')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      `${paths.app.trainingRecord.getHref({ officerId: OFFICER })}?accessPage=2`,
    );
  });

  it('shows the officer “Who accessed my data”, without the switch', () => {
    open({ ...ME, id: OFFICER, role: 'officer' }, RECORD, { items: [], total: 0 });
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Who accessed my data' })).toBeInTheDocument();
    expect(screen.getByText('Nobody outside your unit has read your data.')).toBeInTheDocument();
  });

  it('says it in the reader’s language', async () => {
    await act(() => setLanguage('zh-CN'));
    open(ME, RECORD, { items: [entry(1)], total: 1 });
    expect(screen.getByRole('switch', { name: '受保护警员' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '谁查看过此档案' });
    expect(within(table).getByText('班次名单：Digital forensics')).toBeInTheDocument();
  });
});
