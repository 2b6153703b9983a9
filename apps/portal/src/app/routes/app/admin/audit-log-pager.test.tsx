import { act, cleanup, screen } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getAuditEventsQueryOptions, type AuditEvent } from '@/features/audit/api/get-audit-events';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { AuditLogRoute } from './audit-log';

const EVENTS: AuditEvent[] = Array.from({ length: 20 }, (_, i) => ({
  id: `e-${i}`,
  actor: null,
  action: 'certification.issue',
  object: {
    type: 'certification',
    id: `c0000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
    name: 'FR-101',
  },
  subject: { id: 'a0000000-0000-4000-8000-000000000002', name: 'Otieno Kamau', isPerson: true },
  details: {},
  createdAt: '2031-03-10T09:00:00.000Z',
}));

/** The log's second page, 25,000 events in all, the total exact or the database's estimate. */
function open(totalIsEstimate: boolean | undefined) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getAuditEventsQueryOptions({ page: 2 }).queryKey, {
    items: EVENTS,
    total: 25_000,
    ...(totalIsEstimate === undefined ? {} : { totalIsEstimate }),
    page: 2,
    pageSize: 20,
    nextCursor: 'WyIyMDMxLTAzLTEwIDA5OjAwOjAwKzAwIiwiZS0xOSJd',
  });
  return renderPage(<AuditLogRoute />, {
    path: paths.app.auditLog.path,
    url: paths.app.auditLog.getHref({ page: 2 }),
    queryClient,
  });
}

describe('Pager of a list whose total is estimated (audit log)', () => {
  afterEach(async () => {
    cleanup();
    await act(() => setLanguage('en'));
  });

  it('says "about" the total and the pages when the list flags its total as an estimate', () => {
    open(true);
    expect(screen.getByText('21–40 of about 25,000')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of about 1,250')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute('href', expect.stringContaining('page=3'));
  });

  it('states an exact total as it is', () => {
    open(undefined);
    expect(screen.getByText('21–40 of 25,000')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 1,250')).toBeInTheDocument();
    expect(screen.queryByText(/about/)).not.toBeInTheDocument();
  });

  it('says it in the reader’s language', async () => {
    await act(() => setLanguage('uk'));
    open(true);
    expect(screen.getByText(/21–40 з приблизно 25\s000/)).toBeInTheDocument();
    expect(screen.getByText(/Сторінка 2 з приблизно 1\s250/)).toBeInTheDocument();
  });
});
