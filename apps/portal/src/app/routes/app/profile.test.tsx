import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getNotificationPreferencesQueryOptions } from '@/features/notifications/api/get-notification-preferences';
import { getContentLocalesQueryOptions } from '@/features/translations/api/get-content-locales';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { ProfileRoute } from './profile';

const OFFICER: Me = {
  id: 'o-1',
  email: 'olena@unit.example',
  displayName: 'Олена Коваленко',
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'uk',
  readsLocales: ['ru'],
  passwordChangeRequired: false,
  timeZone: null,
};

const LOCALES = [
  { code: 'en', name: 'English', searchConfig: 'english' },
  { code: 'es', name: 'Español', searchConfig: 'spanish' },
  { code: 'pt-BR', name: 'Português (Brasil)', searchConfig: 'portuguese' },
  { code: 'ru', name: 'Русский', searchConfig: 'russian' },
  { code: 'uk', name: 'Українська', searchConfig: null },
  { code: 'zh-CN', name: '中文（简体）', searchConfig: null },
  { code: 'kk', name: 'Қазақ тілі', searchConfig: null },
];

describe('Profile: the further languages an officer reads, in order', () => {
  afterEach(async () => {
    cleanup();
    jest.restoreAllMocks();
    await act(() => setLanguage('en'));
  });

  it('adds a language an admin added, moves it first, and saves the ordered list', async () => {
    await act(() => setLanguage('uk'));
    const patch = jest.spyOn(api, 'PATCH').mockImplementation(
      async (_path: unknown, init: unknown) =>
        ({
          data: { ...OFFICER, readsLocales: (init as { body: { readsLocales: string[] } }).body.readsLocales },
          response: { ok: true, status: 200 } as Response,
        }) as never,
    );
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, OFFICER);
    queryClient.setQueryData(getContentLocalesQueryOptions().queryKey, LOCALES);
    renderPage(<ProfileRoute />, { path: paths.app.profile.path, url: paths.app.profile.getHref(), queryClient });

    const list = screen.getByRole('list', { name: 'Інші мови, якими ви читаєте, у порядку переваги' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Русский']);
    const add = screen.getByRole('combobox', { name: 'Додати мову' });
    // The portal's own language is not offered again.
    expect(within(add).queryByRole('option', { name: 'Українська' })).not.toBeInTheDocument();
    fireEvent.change(add, { target: { value: 'kk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Додати' }));
    fireEvent.click(screen.getByRole('button', { name: 'Підняти мову «Қазақ тілі»' }));
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Қазақ тілі', 'Русский']);
    fireEvent.click(screen.getByRole('button', { name: 'Зберегти мови' }));
    expect(await screen.findByText('Мови збережено.')).toHaveAttribute('role', 'status');
    expect(patch).toHaveBeenCalledWith('/api/auth/me', { body: { readsLocales: ['kk', 'ru'] } });
    await waitFor(() => expect(queryClient.getQueryData<Me>(ME_QUERY_KEY)?.readsLocales).toEqual(['kk', 'ru']));
  });
});

describe('Profile: time zone and private calendar address', () => {
  afterEach(() => jest.restoreAllMocks());

  function open() {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, OFFICER);
    queryClient.setQueryData(getContentLocalesQueryOptions().queryKey, LOCALES);
    queryClient.setQueryData(getNotificationPreferencesQueryOptions().queryKey, { items: [] });
    queryClient.setQueryData(['calendar', 'feed'], { active: false, createdAt: null, url: null });
    return renderPage(<ProfileRoute />, {
      path: paths.app.profile.path,
      url: paths.app.profile.getHref(),
      queryClient,
    });
  }

  it('makes a private calendar address, shows it once, and can revoke it', async () => {
    const post = jest.spyOn(api, 'POST').mockResolvedValue({
      data: {
        active: true,
        createdAt: '2031-03-03T09:00:00.000Z',
        url: 'https://academy.example/api/calendar/feed/abc.ics',
      },
      response: { ok: true, status: 200 } as Response,
    } as never);
    const del = jest.spyOn(api, 'DELETE').mockResolvedValue({
      data: undefined,
      response: { ok: true, status: 204 } as Response,
    } as never);
    open();
    expect(screen.getByText('You have no private address yet.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Make a private address' }));
    expect(await screen.findByLabelText('Your private address')).toHaveValue(
      'https://academy.example/api/calendar/feed/abc.ics',
    );
    expect(post).toHaveBeenCalledWith('/api/calendar/feed', { body: {} });
    fireEvent.click(screen.getByRole('button', { name: 'Revoke the address' }));
    expect(await screen.findByText('You have no private address yet.')).toBeInTheDocument();
    expect(del).toHaveBeenCalledWith('/api/calendar/feed');
    expect(screen.queryByLabelText('Your private address')).not.toBeInTheDocument();
  });

  it('offers the time zones Intl knows and saves the one chosen', async () => {
    const patch = jest.spyOn(api, 'PATCH').mockResolvedValue({
      data: { timeZone: 'America/Sao_Paulo' },
      response: { ok: true, status: 200 } as Response,
    } as never);
    open();
    const select = screen.getByRole('combobox', { name: 'Your time zone' });
    expect(within(select).getByRole('option', { name: 'America/Sao Paulo' })).toBeInTheDocument();
    fireEvent.change(select, { target: { value: 'America/Sao_Paulo' } });
    expect(await screen.findByText('Time zone saved.')).toBeInTheDocument();
    expect(patch).toHaveBeenCalledWith('/api/auth/me', { body: { timeZone: 'America/Sao_Paulo' } });
  });
});
