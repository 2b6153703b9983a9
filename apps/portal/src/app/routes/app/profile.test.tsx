import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import {
  getNotificationPreferencesQueryOptions,
  type NotificationPreference,
} from '@/features/notifications/api/get-notification-preferences';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { ProfileRoute } from './profile';

const PREFERENCES: NotificationPreference[] = [
  { kind: 'assignment.proposed', delivery: 'email', defaultDelivery: 'email' },
  { kind: 'certification.expiring', delivery: 'digest', defaultDelivery: 'email' },
  { kind: 'trainer_booking.released', delivery: 'in_app', defaultDelivery: 'in_app' },
];

function open() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getNotificationPreferencesQueryOptions().queryKey, { items: PREFERENCES });
  queryClient.setQueryData(['calendar', 'feed'], { active: false, createdAt: null, url: null });
  return renderPage(<ProfileRoute />, { path: paths.app.profile.path, url: paths.app.profile.getHref(), queryClient });
}

describe('Profile: notification settings (page)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows each kind with its three choices, the current one checked, and says security mail always goes out', () => {
    open();
    expect(screen.getByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
    expect(screen.getByText(/Security e-mails .* are always sent\./)).toBeInTheDocument();
    const proposals = screen.getByRole('group', { name: 'Trainer proposals' });
    expect(within(proposals).getByRole('radio', { name: 'E-mail at once' })).toBeChecked();
    expect(within(proposals).getAllByRole('radio')).toHaveLength(3);
    const expiring = screen.getByRole('group', { name: 'Certification about to expire' });
    expect(within(expiring).getByRole('radio', { name: 'Daily digest e-mail' })).toBeChecked();
    const booking = screen.getByRole('group', { name: 'Double booking released' });
    expect(within(booking).getByRole('radio', { name: 'In the portal only' })).toBeChecked();
  });

  it('saves every kind with the changed choice and says so', async () => {
    const put = jest.spyOn(api, 'PUT').mockResolvedValue({
      data: {
        items: PREFERENCES.map((p) => (p.kind === 'assignment.proposed' ? { ...p, delivery: 'digest' } : p)),
      },
      response: { ok: true, status: 200 } as Response,
    } as never);
    open();
    const proposals = screen.getByRole('group', { name: 'Trainer proposals' });
    fireEvent.click(within(proposals).getByRole('radio', { name: 'Daily digest e-mail' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Your settings are saved.')).toBeInTheDocument();
    expect(put).toHaveBeenCalledWith('/api/auth/me/notification-preferences', {
      body: {
        items: [
          { kind: 'assignment.proposed', delivery: 'digest' },
          { kind: 'certification.expiring', delivery: 'digest' },
          { kind: 'trainer_booking.released', delivery: 'in_app' },
        ],
      },
    });
    expect(within(proposals).getByRole('radio', { name: 'Daily digest e-mail' })).toBeChecked();
  });

  it('reads in Portuguese', async () => {
    try {
      await act(() => setLanguage('pt-BR'));
      open();
      expect(screen.getByRole('heading', { level: 1, name: 'Meu perfil' })).toBeInTheDocument();
      const proposals = screen.getByRole('group', { name: 'Propostas de instrutor' });
      expect(within(proposals).getByRole('radio', { name: 'E-mail na hora' })).toBeChecked();
      expect(screen.getByRole('button', { name: 'Salvar configurações' })).toBeInTheDocument();
    } finally {
      cleanup();
      await act(() => setLanguage('en'));
    }
  });

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
