import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
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

describe('Sign-in (page): the form does not wait for /api/auth/me without a reason to', () => {
  const KEPT_ME = 'icspa.offline.me';
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    localStorage.clear();
  });

  /** The page with `/api/auth/me` still on its way (an answer that never comes). */
  function openWithMePending() {
    jest.spyOn(api, 'GET').mockReturnValue(new Promise(() => undefined) as never);
    return renderPage(<SignInRoute />, { path: paths.auth.signIn.path, url: paths.auth.signIn.getHref() });
  }

  it('shows the form at once when this device kept no signed-in user, while /api/auth/me is still asked', () => {
    openWithMePending();
    expect(screen.getByLabelText('E-mail address')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(api.GET).toHaveBeenCalledWith('/api/auth/me', expect.anything());
  });

  it('waits for /api/auth/me when this device kept a signed-in user (a session is likely)', () => {
    localStorage.setItem(KEPT_ME, JSON.stringify({ id: 'u1', role: 'officer', displayName: 'Kept' }));
    openWithMePending();
    expect(screen.queryByLabelText('E-mail address')).not.toBeInTheDocument();
    expect(document.querySelector('.spinner[role="status"]')).not.toBeNull();
  });

  it('moves on when /api/auth/me answers a user after the form was shown', async () => {
    let answer: (value: unknown) => void = () => undefined;
    jest.spyOn(api, 'GET').mockReturnValue(new Promise((resolve) => (answer = resolve)) as never);
    const page = renderPage(<SignInRoute />, { path: paths.auth.signIn.path, url: paths.auth.signIn.getHref() });
    expect(screen.getByLabelText('E-mail address')).toBeInTheDocument();
    await act(async () =>
      answer({
        data: { id: 'u1', role: 'officer', displayName: 'Ola', locale: 'en' },
        error: undefined,
        response: { ok: true, status: 200 } as Response,
      }),
    );
    await waitFor(() => expect(page.location()).toBe(paths.app.home.getHref()));
  });

  it('a signed-in sign-in is kept on the device, so the next visit knows a session is likely', async () => {
    jest.spyOn(api, 'POST').mockResolvedValue({
      data: { id: 'u1', role: 'officer', displayName: 'Ola', locale: 'en' },
      error: undefined,
      response: { ok: true, status: 200 } as Response,
    } as never);
    signIn('officer@unit.example', 'Academy!2024');
    await screen.findByText(paths.app.home.getHref());
    expect(JSON.parse(localStorage.getItem(KEPT_ME) ?? 'null')).toMatchObject({ id: 'u1', role: 'officer' });
  });
});

describe('Sign-in (page): taking over the loading shell’s form', () => {
  /** The shell's form as index.html and its boot script leave it on /sign-in. */
  function shellForm(email: string, password: string, { submitted = false, focus = 'password' } = {}) {
    document.body.classList.add('boot-signing-in');
    const shell = document.createElement('div');
    shell.id = 'boot-sign-in';
    shell.innerHTML = `<form id="boot-sign-in-form"${submitted ? ' data-submitted' : ''}>
      <input id="boot-email" name="email" type="email"><input id="boot-password" name="password" type="password">
      <button type="submit">Sign in</button></form>`;
    document.body.appendChild(shell);
    (shell.querySelector('#boot-email') as HTMLInputElement).value = email;
    (shell.querySelector('#boot-password') as HTMLInputElement).value = password;
    (shell.querySelector(`#boot-${focus}`) as HTMLInputElement).focus();
  }

  function render() {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, null);
    renderPage(<SignInRoute />, { path: paths.auth.signIn.path, url: paths.auth.signIn.getHref(), queryClient });
  }

  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    document.getElementById('boot-sign-in')?.remove();
    document.body.classList.remove('boot-signing-in');
  });

  it('keeps what was typed and the field the reader was in, then removes the shell', () => {
    const post = jest.spyOn(api, 'POST');
    shellForm('officer@unit.example', 'half-typed');
    render();
    expect(screen.getByLabelText('E-mail address')).toHaveValue('officer@unit.example');
    expect(screen.getByLabelText('Password')).toHaveValue('half-typed');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(document.getElementById('boot-sign-in')).toBeNull();
    expect(document.body).not.toHaveClass('boot-signing-in');
    expect(post).not.toHaveBeenCalled();
  });

  it('sends a submission made on the shell’s form once, with what was typed', async () => {
    const post = jest.spyOn(api, 'POST').mockResolvedValue(
      refusal(401, 'Unauthorized', {
        message: 'email or password: not recognised',
        code: 'auth.credentials_not_recognised',
      }) as never,
    );
    shellForm(' officer@unit.example ', 'wrong-password-42', { submitted: true, focus: 'email' });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or password was not recognised.');
    expect(post).toHaveBeenCalledTimes(1);
    expect(post.mock.calls[0][1]).toMatchObject({
      body: { email: 'officer@unit.example', password: 'wrong-password-42' },
    });
  });

  it('without a shell (a navigation inside the portal) the form starts empty', () => {
    render();
    expect(screen.getByLabelText('E-mail address')).toHaveValue('');
  });
});
