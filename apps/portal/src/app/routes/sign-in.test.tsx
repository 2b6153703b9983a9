import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY } from '@/features/auth/api/get-me';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { SignInRoute } from './sign-in';

/** What the API answers to a refused sign-in, as it sends it. */
function refusal(status: number, statusText: string, body: object) {
  return {
    data: undefined,
    error: { statusCode: status, error: statusText, ...body },
    response: new (class {
      ok = false;
      status = status;
      statusText = statusText;
    })() as unknown as Response,
  };
}

function signIn(email: string, password: string, labels = { email: 'E-mail address', password: 'Password' }) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, null);
  renderPage(<SignInRoute />, { path: paths.auth.signIn.path, url: paths.auth.signIn.getHref(), queryClient });
  fireEvent.change(screen.getByLabelText(labels.email), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(labels.password), { target: { value: password } });
  fireEvent.submit(screen.getByLabelText(labels.email).closest('form')!);
}

describe('Sign-in (page): refusals in the reader’s language', () => {
  afterEach(async () => {
    cleanup();
    jest.restoreAllMocks();
    await act(() => setLanguage('en'));
  });

  it('says a wrong password in Ukrainian, not in the API’s English', async () => {
    jest.spyOn(api, 'POST').mockResolvedValue(
      refusal(401, 'Unauthorized', {
        message: 'email or password: not recognised',
        code: 'auth.credentials_not_recognised',
      }) as never,
    );
    await setLanguage('uk');
    signIn('officer@unit.example', 'wrong-password-42', {
      email: 'Адреса електронної пошти',
      password: 'Пароль',
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Неправильна адреса електронної пошти або пароль.');
    expect(alert).not.toHaveTextContent('not recognised');
  });

  it('says how long to wait after too many failures, with the API’s figure', async () => {
    jest.spyOn(api, 'POST').mockResolvedValue(
      refusal(429, 'Too Many Requests', {
        message: 'email: too many failed sign-ins; try again in 42 s',
        code: 'auth.too_many_sign_ins',
        field: 'email',
        params: { seconds: 42 },
      }) as never,
    );
    signIn('officer@unit.example', 'wrong-password-42');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-ins. Try again in 42 s.');
  });

  it('shows the API’s own text for a code this portal does not know yet', async () => {
    jest.spyOn(api, 'POST').mockResolvedValue(
      refusal(403, 'Forbidden', {
        message: 'account: locked by an administrator',
        code: 'auth.account_locked',
      }) as never,
    );
    await setLanguage('ru');
    signIn('officer@unit.example', 'wrong-password-42', { email: 'Адрес электронной почты', password: 'Пароль' });
    expect(await screen.findByRole('alert')).toHaveTextContent('account: locked by an administrator');
  });
});
