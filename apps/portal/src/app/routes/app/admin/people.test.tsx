import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getContentLocalesQueryOptions } from '@/features/translations/api/get-content-locales';
import { userQueryKey } from '@/features/users/api/get-user';
import { getUsersQueryOptions, type User } from '@/features/users/api/get-users';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { UserRoute } from './user';
import { UserNewRoute } from './user-new';
import { UsersRoute } from './users';

const COORDINATOR: Me = {
  id: 'c-1',
  email: 'coordinator@unit.example',
  displayName: 'Mykola Bondar',
  role: 'coordinator',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: null,
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: 'Europe/Kyiv',
};
const ADMIN: Me = { ...COORDINATOR, id: 'a-1', email: 'admin@academy.example', role: 'admin', policeUnitId: null };

const person = (over: Partial<User>): User => ({
  id: 'u-1',
  email: 'olena@unit.example',
  displayName: 'Олена Коваль',
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: null,
  readsLocales: [],
  timeZone: null,
  passwordChangeRequired: false,
  disabled: false,
  createdAt: '2030-05-01T09:00:00.000Z',
  passwordSet: true,
  protected: false,
  ...over,
});

function ok(body: unknown, status = 200) {
  return { data: body, response: { ok: true, status } as Response } as never;
}

function client(me: Me) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  return queryClient;
}

describe('People pages, by role', () => {
  beforeAll(() => {
    // jsdom's <dialog> has no modal methods: open and close it as a browser would, minus the focus trap.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });
  afterEach(async () => {
    cleanup();
    jest.restoreAllMocks();
    await act(() => setLanguage('en'));
  });

  it('a coordinator’s list: their officers, an invited one marked, no role filter, an Add button', () => {
    const queryClient = client(COORDINATOR);
    queryClient.setQueryData(getUsersQueryOptions({ page: 1, role: undefined }).queryKey, {
      items: [person({}), person({ id: 'u-2', displayName: '王小明', email: 'wang@unit.example', passwordSet: false })],
      total: 2,
      page: 1,
      pageSize: 20,
      nextCursor: null,
    });
    renderPage(<UsersRoute />, { path: paths.app.users.path, url: paths.app.users.getHref(), queryClient });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('People');
    expect(screen.getByText('The officers of your unit: add, invite, edit and disable their accounts.')).toBeVisible();
    expect(screen.queryByLabelText('Role')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute('href', '/people/new');
    const row = screen.getByRole('link', { name: '王小明' }).closest('tr')!;
    expect(within(row).getByText('Invited')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Олена Коваль' })).toHaveAttribute('href', '/people/u-1');
  });

  it('a coordinator adds an officer (no role or unit to choose) and is shown the invitation link to hand over', async () => {
    await act(() => setLanguage('ru'));
    const post = jest.spyOn(api, 'POST').mockResolvedValue(
      ok(
        {
          ...person({ id: 'u-9', displayName: 'Ірина Шевченко', passwordSet: false }),
          invitation: {
            link: 'https://academy.example/account/set-password#token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
            emailed: false,
            expiresAt: '2030-05-08T09:00:00.000Z',
          },
        },
        201,
      ),
    );
    renderPage(<UserNewRoute />, {
      path: paths.app.userNew.path,
      url: paths.app.userNew.getHref(),
      queryClient: client(COORDINATOR),
    });
    expect(screen.queryByLabelText('Роль')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Полицейское подразделение')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Имя'), { target: { value: ' Ірина Шевченко ' } });
    fireEvent.change(screen.getByLabelText('Адрес электронной почты'), { target: { value: 'iryna@unit.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Добавить и пригласить' }));
    const link = await screen.findByLabelText('Ссылка-приглашение для: Ірина Шевченко');
    expect(link).toHaveValue(
      'https://academy.example/account/set-password#token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
    );
    expect(screen.getByText(/Электронная почта не настроена/)).toHaveTextContent('8 мая 2030');
    expect(post).toHaveBeenCalledWith('/api/users', {
      body: { displayName: 'Ірина Шевченко', email: 'iryna@unit.example', role: 'officer' },
    });
    expect(screen.getByRole('link', { name: 'Открыть: Ірина Шевченко' })).toHaveAttribute('href', '/people/u-9');
  });

  it('an admin chooses any role and the unit or firm the role needs', async () => {
    const queryClient = client(ADMIN);
    queryClient.setQueryData(
      ['police-units', 'all'],
      [{ id: 'unit-2', name: 'Cyber Police Kyiv', agency: 'NP', city: 'Kyiv', countryCode: 'UA' }],
    );
    queryClient.setQueryData(
      ['member-firms', 'all'],
      [{ id: 'firm-1', name: 'Trend Micro', countryCode: 'JP', website: null }],
    );
    const post = jest.spyOn(api, 'POST').mockResolvedValue(
      ok(
        {
          ...person({ id: 'u-3', role: 'trainer', policeUnitId: null, memberFirmId: 'firm-1' }),
          invitation: { link: null, emailed: true, expiresAt: '2030-05-08T09:00:00.000Z' },
        },
        201,
      ),
    );
    renderPage(<UserNewRoute />, { path: paths.app.userNew.path, url: paths.app.userNew.getHref(), queryClient });
    const role = screen.getByLabelText('Role');
    expect(
      within(role)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toHaveLength(5);
    expect(screen.getByLabelText('Police unit')).toBeVisible();
    fireEvent.change(role, { target: { value: 'trainer' } });
    expect(screen.queryByLabelText('Police unit')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Member firm'), { target: { value: 'firm-1' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Kenji Sato' } });
    fireEvent.change(screen.getByLabelText('E-mail address'), { target: { value: 'kenji@trend.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add and invite' }));
    expect(await screen.findByText(/An invitation was e-mailed to Олена Коваль/)).toBeVisible();
    expect(post).toHaveBeenCalledWith('/api/users', {
      body: { displayName: 'Kenji Sato', email: 'kenji@trend.example', role: 'trainer', memberFirmId: 'firm-1' },
    });
  });

  it('a coordinator resets an officer’s password (link shown) and disables the account after confirming', async () => {
    const queryClient = client(COORDINATOR);
    queryClient.setQueryData(userQueryKey('u-1'), person({}));
    const post = jest.spyOn(api, 'POST').mockResolvedValue(
      ok(
        {
          link: 'https://academy.example/account/set-password#token=resetresetresetresetresetresetresetresetres',
          emailed: false,
          expiresAt: '2030-05-01T10:00:00.000Z',
        },
        201,
      ),
    );
    const patch = jest.spyOn(api, 'PATCH').mockResolvedValue(ok(person({ disabled: true })));
    renderPage(<UserRoute />, {
      path: paths.app.user.path,
      url: paths.app.user.getHref({ userId: 'u-1' }),
      queryClient,
    });
    // No role, unit or capabilities for a coordinator.
    expect(screen.queryByLabelText('Role')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /capabilit/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send a new invitation' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByLabelText('Password-reset link for Олена Коваль')).toHaveValue(
      'https://academy.example/account/set-password#token=resetresetresetresetresetresetresetresetres',
    );
    expect(post).toHaveBeenCalledWith('/api/users/{id}/password-reset', { params: { path: { id: 'u-1' } }, body: {} });

    fireEvent.click(screen.getByRole('button', { name: 'Disable account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable the account of Олена Коваль?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disable account' }));
    await waitFor(() =>
      expect(patch).toHaveBeenCalledWith('/api/users/{id}', {
        params: { path: { id: 'u-1' } },
        body: { disabled: true },
      }),
    );
    expect(await screen.findByRole('button', { name: 'Enable account' })).toBeVisible();
  });

  it('an admin on their own page can neither change their role nor disable themselves', () => {
    const queryClient = client(ADMIN);
    queryClient.setQueryData(
      userQueryKey('a-1'),
      person({ id: 'a-1', role: 'admin', policeUnitId: null, email: ADMIN.email }),
    );
    queryClient.setQueryData(getContentLocalesQueryOptions().queryKey, []);
    queryClient.setQueryData(['users', 'one', 'a-1', 'capability-grants'], []);
    renderPage(<UserRoute />, {
      path: paths.app.user.path,
      url: paths.app.user.getHref({ userId: 'a-1' }),
      queryClient,
    });
    expect(screen.queryByLabelText('Role')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Disable account' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset password' })).toBeVisible();
  });
});
