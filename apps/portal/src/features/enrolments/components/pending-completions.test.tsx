import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { PendingCompletion } from '@/lib/offline-db';
import { dropCompletion, queuedCompletions } from '@/lib/offline-db';
import { renderPage } from '@/testing/render';
import { syncCompletions } from '../api/complete-lesson';
import { PendingCompletions } from './pending-completions';

jest.mock('@/lib/offline-db', () => ({
  queuedCompletions: jest.fn(),
  dropCompletion: jest.fn(() => Promise.resolve()),
  onOfflineChange: jest.fn(() => () => undefined),
}));
jest.mock('../api/complete-lesson', () => ({ syncCompletions: jest.fn(() => Promise.resolve()) }));

const item = (over: Partial<PendingCompletion>): PendingCompletion => ({
  clientId: 'c1',
  userId: 'u1',
  enrolmentId: 'e1',
  lessonId: 'l1',
  lessonTitle: 'Chain of custody',
  queuedAt: '2026-01-01T10:00:00.000Z',
  state: 'pending',
  ...over,
});

/** Lessons marked done offline: listed while they wait, a refusal shown with its reason until dismissed. */
describe('PendingCompletions', () => {
  beforeEach(() => jest.clearAllMocks());

  it('lists the user’s waiting completions and sends them', async () => {
    jest
      .mocked(queuedCompletions)
      .mockResolvedValue([
        item({}),
        item({ clientId: 'c2', lessonTitle: 'Scene notes' }),
        item({ clientId: 'c3', userId: 'someone-else', lessonTitle: 'Not theirs' }),
      ]);
    renderPage(<PendingCompletions userId="u1" />, { path: '*', url: '/' });
    expect(await screen.findByRole('heading', { name: 'Lessons waiting to be sent: 2' })).toBeInTheDocument();
    expect(screen.getByText('Chain of custody')).toBeInTheDocument();
    expect(screen.getByText('Scene notes')).toBeInTheDocument();
    expect(screen.queryByText('Not theirs')).toBeNull();
    expect(syncCompletions).toHaveBeenCalledWith(expect.anything(), 'u1');
  });

  it('shows a refusal with the server’s reason until it is dismissed', async () => {
    jest.mocked(queuedCompletions).mockResolvedValue([
      item({
        clientId: 'c9',
        lessonTitle: 'Planning collection',
        state: 'refused',
        refusal: { status: 409, code: 'enrolment.no_longer_active', field: 'enrolmentId', message: 'withdrawn' },
      }),
    ]);
    renderPage(<PendingCompletions userId="u1" />, { path: '*', url: '/' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      '“Planning collection”: This enrolment is no longer active (it was withdrawn), so the lesson was not saved.',
    );
    expect(screen.getByRole('heading', { name: 'Lessons not saved' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(dropCompletion).toHaveBeenCalledWith('c9'));
  });

  it('shows nothing when nothing waits', async () => {
    jest.mocked(queuedCompletions).mockResolvedValue([]);
    const { container } = renderPage(<PendingCompletions userId="u1" />, { path: '*', url: '/' });
    await waitFor(() => expect(queuedCompletions).toHaveBeenCalled());
    expect(container.querySelector('.pending-sync')).toBeNull();
  });
});
