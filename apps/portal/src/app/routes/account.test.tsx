import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY } from '@/features/auth/api/get-me';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { ForgotPasswordRoute } from './forgot-password';
import { SetPasswordRoute, tokenFromHash } from './set-password';
import { SignInRoute } from './sign-in';

const TOKEN = 'Q2hvb3NlLWEtbmV3LXBhc3N3b3JkLWZvci1vbGVuYQ';

function answer(status: number, body: object | undefined) {
  const ok = status < 400;
  return {
    data: ok ? body : undefined,
    error: ok ? undefined : { statusCode: status, ...body },
    response: { ok, status, statusText: ok ? 'OK' : 'Refused' } as Response,
  } as never;
}

describe('Signed-out account pages: forgot password and set password', () => {
  afterEach(async () => {
    cleanup();
    jest.restoreAllMocks();
    await act(() => setLanguage('en'));
  });

  it('the sign-in page links to "Forgot your password?"', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, null);
    renderPage(<SignInRoute />, { path: paths.auth.signIn.path, url: paths.auth.signIn.getHref(), queryClient });
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute('href', '/forgot-password');
  });

  it('asks for a link and says the same whatever the address, in the reader’s language', async () => {
    await act(() => setLanguage('es'));
    const post = jest.spyOn(api, 'POST').mockResolvedValue(answer(204, undefined));
    renderPage(<ForgotPasswordRoute />, {
      path: paths.account.forgotPassword.path,
      url: paths.account.forgotPassword.getHref(),
    });
    fireEvent.change(screen.getByLabelText('Correo electrónico'), {
      target: { value: ' olena@unit.example ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enviar el enlace' }));
    expect(
      await screen.findByText('Si hay una cuenta registrada con olena@unit.example, recibirá un enlace', {
        exact: false,
      }),
    ).toBeVisible();
    expect(post).toHaveBeenCalledWith('/api/auth/forgot-password', { body: { email: 'olena@unit.example' } });
  });

  it('says how long to wait when throttled', async () => {
    jest.spyOn(api, 'POST').mockResolvedValue(
      answer(429, {
        error: 'Too Many Requests',
        message: 'email: too many requests; try again in 120 s',
        code: 'auth.too_many_reset_requests',
        field: 'email',
        params: { seconds: 120 },
      }),
    );
    renderPage(<ForgotPasswordRoute />, {
      path: paths.account.forgotPassword.path,
      url: paths.account.forgotPassword.getHref(),
    });
    fireEvent.change(screen.getByLabelText('E-mail address'), { target: { value: 'a@b.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests. Try again in 120 s.');
  });

  it('reads only a well-formed token from the fragment', () => {
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash('#token=<script>')).toBe('');
    expect(tokenFromHash('')).toBe('');
  });

  it('an invitation names the account, refuses two different passwords, and sets the password once', async () => {
    await act(() => setLanguage('uk'));
    const post = jest.spyOn(api, 'POST').mockImplementation(async (path: unknown) =>
      path === '/api/auth/account-link'
        ? answer(200, {
            purpose: 'invitation',
            email: 'olena@unit.example',
            displayName: 'Олена Коваль',
            expiresAt: '2031-01-08T10:00:00.000Z',
          })
        : answer(200, { email: 'olena@unit.example' }),
    );
    const page = renderPage(<SetPasswordRoute />, {
      path: paths.account.setPassword.path,
      url: paths.account.setPassword.getHref(TOKEN),
    });
    expect(
      await screen.findByText('Олена Коваль, встановіть пароль для облікового запису olena@unit.example.'),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ласкаво просимо до Icspa Academy');
    // The token left the address (and the history).
    await waitFor(() => expect(page.location()).toBe('/account/set-password'));
    fireEvent.change(screen.getByLabelText('Новий пароль'), {
      target: { value: 'amber-violin-cascade-47' },
    });
    fireEvent.change(screen.getByLabelText('Повторіть новий пароль'), { target: { value: 'amber-violin-cascade-48' } });
    fireEvent.click(screen.getByRole('button', { name: 'Зберегти пароль' }));
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(post).not.toHaveBeenCalledWith('/api/auth/set-password', expect.anything());
    fireEvent.change(screen.getByLabelText('Повторіть новий пароль'), { target: { value: 'amber-violin-cascade-47' } });
    fireEvent.click(screen.getByRole('button', { name: 'Зберегти пароль' }));
    expect(
      await screen.findByText('Пароль збережено. Увійдіть з адресою olena@unit.example і новим паролем.'),
    ).toBeVisible();
    expect(post).toHaveBeenCalledWith('/api/auth/set-password', {
      body: { token: TOKEN, password: 'amber-violin-cascade-47' },
    });
    expect(screen.getByRole('link', { name: 'Увійти' })).toHaveAttribute('href', '/sign-in');
  });

  it('a used or expired link says so and offers a new one', async () => {
    jest.spyOn(api, 'POST').mockResolvedValue(
      answer(400, {
        error: 'Bad Request',
        message: 'token: not valid',
        code: 'account_link.invalid',
        field: 'token',
      }),
    );
    renderPage(<SetPasswordRoute />, {
      path: paths.account.setPassword.path,
      url: paths.account.setPassword.getHref(TOKEN),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This link can no longer be used');
    expect(screen.getByRole('link', { name: 'Reset your password' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});
