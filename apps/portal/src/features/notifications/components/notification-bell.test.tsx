import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  getNotificationsQueryOptions,
  type Notification,
  type NotificationPage,
} from '@/features/notifications/api/get-notifications';
import { api } from '@/lib/api-client';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { NotificationBell } from './notification-bell';

const note = (i: number, over: Partial<Notification> = {}): Notification => ({
  id: `n-${i}`,
  kind: 'certification.issued',
  params: { programmeName: `Programme ${i}` },
  link: '/certifications',
  objectType: 'certification',
  objectId: `c-${i}`,
  read: false,
  createdAt: `2030-01-01T10:${String(59 - i).padStart(2, '0')}:00.000Z`,
  ...over,
});

const FIRST: NotificationPage = {
  items: [
    note(1, {
      kind: 'assignment.proposed',
      params: { courseTitle: 'Digital forensics', assignmentId: 'a-1' },
      link: '/proposals?assignment=a-1',
      objectType: 'assignment',
      objectId: 'a-1',
    }),
    ...Array.from({ length: 19 }, (_, i) => note(i + 2)),
  ],
  total: 25,
  page: 1,
  pageSize: 20,
  unread: 25,
  groups: [
    { kind: 'assignment.proposed', total: 1, unread: 1 },
    { kind: 'certification.issued', total: 24, unread: 24 },
  ],
};
const SECOND: NotificationPage = {
  ...FIRST,
  page: 2,
  items: Array.from({ length: 5 }, (_, i) => note(i + 21)),
};

function open() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getNotificationsQueryOptions({ page: 1, kind: null }).queryKey, FIRST);
  queryClient.setQueryData(getNotificationsQueryOptions({ page: 2, kind: null }).queryKey, SECOND);
  const page = renderPage(<NotificationBell />, { path: '/', url: '/', queryClient });
  fireEvent.click(screen.getByRole('button', { name: 'Notifications: 25 unread' }));
  return page;
}

describe('Notification bell', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows 20 a page and pages to the older ones', () => {
    jest.spyOn(api, 'GET').mockResolvedValue({ data: FIRST, response: { ok: true } as Response } as never);
    open();
    const panel = screen.getByRole('region', { name: 'Notifications' });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(20);
    expect(within(panel).getByText('Page 1 of 2')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Newer' })).toBeDisabled();
    fireEvent.click(within(panel).getByRole('button', { name: 'Older' }));
    expect(within(panel).getAllByRole('listitem')).toHaveLength(5);
    expect(within(panel).getByText('Page 2 of 2')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Older' })).toBeDisabled();
  });

  it('groups by kind: the filter names each kind with its unread count and asks for that kind only', async () => {
    const get = jest.spyOn(api, 'GET').mockResolvedValue({
      data: { ...FIRST, items: [FIRST.items[0]], total: 1 },
      response: { ok: true } as Response,
    } as never);
    open();
    const filter = screen.getByRole('combobox', { name: 'Show notifications of one kind' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All (25)', 'Trainer proposals (1)', 'Certification issued (24)']);
    fireEvent.change(filter, { target: { value: 'assignment.proposed' } });
    await waitFor(() =>
      expect(get).toHaveBeenCalledWith('/api/notifications', {
        params: { query: { page: 1, pageSize: 20, kind: 'assignment.proposed' } },
        signal: expect.anything(),
      }),
    );
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
  });

  it('links each notification to its object; following the link opens it and marks it read', async () => {
    const post = jest
      .spyOn(api, 'POST')
      .mockResolvedValue({ data: undefined, response: { ok: true, status: 204 } as Response } as never);
    jest.spyOn(api, 'GET').mockResolvedValue({ data: FIRST, response: { ok: true } as Response } as never);
    const page = open();
    const link = screen.getByRole('link', {
      name: 'You are proposed as the trainer for Digital forensics. Accept or decline the assignment.',
    });
    expect(link).toHaveAttribute('href', '/proposals?assignment=a-1');
    fireEvent.click(link);
    expect(page.location()).toBe('/proposals?assignment=a-1');
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/api/notifications/{id}/read', { params: { path: { id: 'n-1' } }, body: {} }),
    );
  });

  it('leads to the notification settings', () => {
    jest.spyOn(api, 'GET').mockResolvedValue({ data: FIRST, response: { ok: true } as Response } as never);
    open();
    expect(screen.getByRole('link', { name: 'Notification settings' })).toHaveAttribute('href', '/profile');
  });
});
