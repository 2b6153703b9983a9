import { act, fireEvent, screen } from '@testing-library/react';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { PasswordChangeGate } from './password-change-gate';

const OFFICER: Me = {
  id: 'me',
  email: 'olena@unit.example',
  displayName: 'Olena Kovalenko',
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  timeZone: null,
  passwordChangeRequired: true,
};

function open(me: Me = OFFICER) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, me);
  const page = renderPage(
    <PasswordChangeGate>
      <p>My learning</p>
    </PasswordChangeGate>,
    { path: '/', url: '/', queryClient },
  );
  return { ...page, queryClient };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Weak password prompt at sign-in (page)', () => {
  it('opens the portal directly when the password meets the rules', () => {
    open({ ...OFFICER, passwordChangeRequired: false });
    expect(screen.getByText('My learning')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Choose a new password' })).not.toBeInTheDocument();
  });

  it('asks a user whose password was found weak for a new one, through the password change', async () => {
    const { queryClient } = open();
    expect(screen.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.getByText('Your password no longer meets the rules: choose a new one.')).toBeInTheDocument();
    expect(screen.queryByText('My learning')).not.toBeInTheDocument();

    type('Current password', 'aaaaaaaaaaaa');
    type('New password', 'quiet-lantern-harbour');
    type('Repeat the new password', 'quiet-lantern-harbour');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));

    const [mutation] = queryClient.getMutationCache().getAll();
    expect(mutation.state.variables).toEqual({
      currentPassword: 'aaaaaaaaaaaa',
      newPassword: 'quiet-lantern-harbour',
    });
    // No API answers in this test: the refusal is shown above the form, and the prompt stays.
    expect(await screen.findByRole('alert')).toHaveTextContent('Password not changed.');
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
  });

  it('sends nothing while the two new passwords differ, and says so', () => {
    const { queryClient } = open();
    type('Current password', 'aaaaaaaaaaaa');
    type('New password', 'quiet-lantern-harbour');
    type('Repeat the new password', 'quiet-lantern-harbor');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
    expect(screen.getByRole('alert')).toHaveTextContent('The two new passwords do not match.');
    expect(screen.getByLabelText('Repeat the new password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets the user go on with “Later” for this sign-in, and opens the portal once the password is changed', async () => {
    const first = open();
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByText('My learning')).toBeInTheDocument();
    first.unmount();

    // The next sign-in asks again; once the password is changed (the API answers the user, unflagged), the portal opens.
    const { queryClient } = open();
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.getByText('You will be asked again the next time you sign in.')).toBeInTheDocument();
    act(() => queryClient.setQueryData(ME_QUERY_KEY, { ...OFFICER, passwordChangeRequired: false }));
    expect(await screen.findByText('My learning')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Choose a new password' })).not.toBeInTheDocument();
  });
});
