import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Schemas } from '@icspa/api-client';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import type { OfficerImportPreview, OfficerImportRow } from '@/features/officer-imports/api/preview-officer-import';
import type { OfficerImport } from '@/features/officer-imports/api/start-officer-import';
import { PREVIEW_PAGE_ROWS } from '@/features/officer-imports/components/officer-import-preview';
import { getPoliceUnitQueryOptions } from '@/features/police-units/api/get-police-unit';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { ImportOfficersRoute } from './import-officers';

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
const ADMIN: Me = { ...COORDINATOR, id: 'admin', role: 'admin', policeUnitId: null };

const UNIT = {
  id: 'unit-1',
  name: 'Cyber Police Department — Kyiv',
  agency: 'National Police of Ukraine',
  city: 'Kyiv',
  countryCode: 'UA',
} as Schemas['PoliceUnitResponseDto'];

const row = (rowNumber: number, over: Partial<OfficerImportRow>): OfficerImportRow => ({
  rowNumber,
  email: `o${rowNumber}@unit.example`,
  name: `Officer ${rowNumber}`,
  language: null,
  status: 'new',
  changes: [],
  problems: [],
  ...over,
});

const PREVIEW: OfficerImportPreview = {
  totalRows: 4,
  counts: { new: 1, update: 1, unchanged: 0, error: 2 },
  rows: [
    row(2, { name: 'Олена Шевченко' }),
    row(3, { name: '王秀英', status: 'update', changes: ['name', 'language'], language: 'zh-CN' }),
    row(4, { status: 'error', problems: [{ column: 'email', code: 'exists_elsewhere' }] }),
    row(5, {
      email: 'o2@unit.example',
      status: 'error',
      problems: [{ column: 'email', code: 'duplicate_in_file', params: { row: 2 } }],
    }),
  ],
};

const queued = (done: number): OfficerImport => ({
  id: 'imp-1',
  policeUnitId: 'unit-1',
  fileName: 'officers.csv',
  status: 'queued',
  totalRows: 4,
  counts: { new: 0, update: 0, unchanged: 0, error: 0 },
  progress: { done, total: 4 },
  invitationsEmailed: false,
  createdAt: '2030-01-01T10:00:00.000Z',
  finishedAt: null,
});
const APPLIED: OfficerImport = {
  ...queued(4),
  status: 'applied',
  counts: { new: 1, update: 1, unchanged: 0, error: 2 },
  finishedAt: '2030-01-01T10:00:03.000Z',
};

const ok = (data: unknown) => ({ data, error: undefined, response: { ok: true, status: 200 } as Response }) as never;

function open({ me = COORDINATOR, url = paths.app.importOfficers.getHref() } = {}) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  queryClient.setQueryData(getPoliceUnitQueryOptions('unit-1').queryKey, UNIT);
  return renderPage(<ImportOfficersRoute />, { path: paths.app.importOfficers.path, url, queryClient });
}

const csv = (name = 'officers.csv') =>
  new File(['\uFEFFemail;name\r\no2@unit.example;Олена Шевченко\r\n'], name, { type: 'text/csv' });

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('File (CSV or XLSX)'), { target: { files: [file] } });
}

describe('Import officers (page)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('checks a file without saving, lists the rows by status with each error’s column and reason', async () => {
    const post = jest.spyOn(api, 'POST').mockResolvedValue(ok(PREVIEW));
    open();
    expect(screen.getByRole('heading', { level: 1, name: 'Import officers' })).toBeInTheDocument();
    expect(screen.getByText('Cyber Police Department — Kyiv')).toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Check the file' });
    expect(check).toBeDisabled();
    chooseFile(csv());
    fireEvent.click(check);

    expect(await screen.findByText('Rows: 4. New: 1, to update: 1, unchanged: 0, with errors: 2.')).toBeInTheDocument();
    const [url, init] = post.mock.calls[0] as unknown as [
      string,
      { params: unknown; headers: Record<string, string>; body: File },
    ];
    expect(url).toBe('/api/officer-imports/preview');
    expect(init.params).toEqual({ query: { policeUnitId: 'unit-1' } });
    expect(init.headers['content-type']).toBe('text/csv');
    expect(init.body.name).toBe('officers.csv');

    // Errors first: the two refused rows, each saying its column and reason.
    const table = screen.getByRole('table', { name: 'Rows of the file' });
    expect(screen.getByRole('button', { name: 'Error (2)' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('E-mail: exists elsewhere — ask an admin.')).toBeInTheDocument();
    expect(within(table).getByText('E-mail: the same e-mail as row 2.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Update (1)' }));
    expect(within(table).getByText('王秀英')).toBeInTheDocument();
    expect(within(table).getByText('Changes: Name, Language')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'All (4)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByText('Олена Шевченко')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Unchanged (0)' }));
    expect(within(table).getByText('No rows with this status.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply the changes (2)' })).toBeEnabled();
  });

  it('applies the file, shows the job’s progress as it is polled, then the outcome and the error report', async () => {
    jest
      .spyOn(api, 'POST')
      .mockImplementation((async (url: string) =>
        ok(url === '/api/officer-imports/preview' ? PREVIEW : queued(0))) as never);
    const get = jest
      .spyOn(api, 'GET')
      .mockResolvedValueOnce(ok(queued(2)))
      .mockResolvedValue(ok(APPLIED));
    open();
    chooseFile(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply the changes (2)' }));

    expect(await screen.findByRole('progressbar', { name: 'Rows applied: 0 of 4' })).toHaveValue(0);
    expect(await screen.findByRole('progressbar', { name: 'Rows applied: 2 of 4' }, { timeout: 3000 })).toHaveValue(50);
    expect(
      await screen.findByText(
        'Applied. Officers created: 1, updated: 1, unchanged: 0; rows skipped: 2.',
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith(
      '/api/officer-imports/{id}',
      expect.objectContaining({ params: { path: { id: 'imp-1' } } }),
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the rows with errors (CSV)' })).toHaveAttribute(
      'href',
      '/api/officer-imports/imp-1/errors',
    );
    expect(screen.queryByRole('button', { name: /^Apply/ })).not.toBeInTheDocument();
    expect(screen.getByText(/The invitations were not sent by e-mail/)).toBeInTheDocument();
  });

  it('downloads the new officers’ invitation links through a POST (links are issued anew, never stored)', async () => {
    const post = jest
      .spyOn(api, 'POST')
      .mockImplementation((async (url: string) =>
        ok(
          url === '/api/officer-imports/preview'
            ? PREVIEW
            : url === '/api/officer-imports'
              ? APPLIED
              : 'email,name,link,expiresAt\r\n',
        )) as never);
    // jsdom has no object URLs and does not navigate: the download is seen at its start.
    const created = jest.fn(() => 'blob:invitations');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    open();
    chooseFile(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply the changes (2)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download the invitation links (CSV)' }));
    await screen.findByRole('button', { name: 'Download the invitation links (CSV)' });
    await act(async () => undefined);
    expect(post).toHaveBeenCalledWith(
      '/api/officer-imports/{id}/invitations',
      expect.objectContaining({ params: { path: { id: 'imp-1' } }, body: {} }),
    );
    expect(created).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('says why a file was refused, in the reader’s language, and refuses other file types before sending', async () => {
    const post = jest.spyOn(api, 'POST').mockResolvedValue({
      data: undefined,
      error: {
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'file: is larger than 10 MB',
        code: 'officer_import.file_too_large',
        field: 'file',
        params: { max: 10 },
      },
      response: { ok: false, status: 413 } as Response,
    } as never);
    try {
      await act(() => setLanguage('uk'));
      open();
      fireEvent.change(screen.getByLabelText('Файл (CSV або XLSX)'), { target: { files: [csv('officers.txt')] } });
      fireEvent.click(screen.getByRole('button', { name: 'Перевірити файл' }));
      expect(screen.getByRole('alert')).toHaveTextContent('Виберіть файл .csv або .xlsx.');
      expect(post).not.toHaveBeenCalled();
      fireEvent.change(screen.getByLabelText('Файл (CSV або XLSX)'), { target: { files: [csv()] } });
      fireEvent.click(screen.getByRole('button', { name: 'Перевірити файл' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Файл більший за 10 МБ.');
      expect(alert).not.toHaveTextContent('larger than');
    } finally {
      cleanup();
      await act(() => setLanguage('en'));
    }
  });

  it('shows a long file a page at a time', async () => {
    const rows = Array.from({ length: PREVIEW_PAGE_ROWS + 30 }, (_, i) => row(i + 2, {}));
    jest
      .spyOn(api, 'POST')
      .mockResolvedValue(
        ok({ totalRows: rows.length, counts: { new: rows.length, update: 0, unchanged: 0, error: 0 }, rows }),
      );
    open();
    chooseFile(csv());
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    const table = await screen.findByRole('table', { name: 'Rows of the file' });
    expect(within(table).getAllByRole('row')).toHaveLength(PREVIEW_PAGE_ROWS + 1);
    expect(screen.getByText(`Showing ${PREVIEW_PAGE_ROWS} of ${rows.length} rows.`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show more rows' }));
    expect(within(table).getAllByRole('row')).toHaveLength(rows.length + 1);
    expect(screen.queryByRole('button', { name: 'Show more rows' })).not.toBeInTheDocument();
  });

  it('asks an admin to choose the unit, and imports for the one named in the address', () => {
    open({ me: ADMIN });
    expect(screen.getByRole('link', { name: 'Police units' })).toHaveAttribute('href', paths.app.policeUnits.getHref());
    expect(screen.queryByLabelText('File (CSV or XLSX)')).not.toBeInTheDocument();
    cleanup();
    open({ me: ADMIN, url: paths.app.importOfficers.getHref({ unit: 'unit-1' }) });
    expect(screen.getByText('Cyber Police Department — Kyiv')).toBeInTheDocument();
    expect(screen.getByLabelText('File (CSV or XLSX)')).toBeInTheDocument();
  });
});
