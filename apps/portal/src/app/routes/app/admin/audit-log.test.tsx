import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { AUDIT_ACTIONS } from '@icspa/domain';
import { paths } from '@/config/paths';
import { getAuditEventsQueryOptions, type AuditEvent } from '@/features/audit/api/get-audit-events';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { AuditLogRoute } from './audit-log';

const ANA = 'a0000000-0000-4000-8000-000000000001';
const OTIENO = 'a0000000-0000-4000-8000-000000000002';
const CERT = 'c0000000-0000-4000-8000-000000000003';

const REVOKED: AuditEvent = {
  id: 'e-1',
  actor: { id: ANA, name: 'Ana Souza', email: 'ana@alliance.example', role: 'admin' },
  action: 'certification.revoke',
  object: { type: 'certification', id: CERT, name: 'Alliance Cybercrime Investigator' },
  subject: { id: OTIENO, name: 'Otieno Kamau', isPerson: true },
  details: { reason: 'Left the service' },
  createdAt: '2031-03-10T09:00:00.000Z',
};
const ISSUED_BY_SYSTEM: AuditEvent = {
  ...REVOKED,
  id: 'e-2',
  actor: null,
  action: 'certification.issue',
  createdAt: '2030-03-10T09:00:00.000Z',
};

/** Elements of the page (the test's address display apart) that show `id`. */
const shownIds = (id: string) =>
  screen.queryAllByText(new RegExp(id)).filter((el) => el.getAttribute('data-testid') !== 'location');

function open(url: string, params: Parameters<typeof getAuditEventsQueryOptions>[0], items: AuditEvent[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getAuditEventsQueryOptions(params).queryKey, {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    nextCursor: null,
  });
  return renderPage(<AuditLogRoute />, { path: paths.app.auditLog.path, url, queryClient });
}

describe('Audit log (page)', () => {
  afterEach(async () => {
    cleanup();
    await act(() => setLanguage('en'));
  });

  it('says each event in words, the system included, with links to narrow it and to the holder’s record', () => {
    open(paths.app.auditLog.getHref(), { page: 1 }, [REVOKED, ISSUED_BY_SYSTEM]);
    expect(
      screen.getByText('Ana Souza revoked the certification of Otieno Kamau: Alliance Cybercrime Investigator'),
    ).toBeInTheDocument();
    expect(screen.getByText('The system certified Otieno Kamau: Alliance Cybercrime Investigator')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Only by Ana Souza' })).toHaveAttribute(
      'href',
      `/admin/audit-log?actor=${ANA}`,
    );
    expect(screen.getAllByRole('link', { name: 'Only this object' })[0]).toHaveAttribute(
      'href',
      `/admin/audit-log?entityType=certification&entityId=${CERT}`,
    );
    expect(screen.getAllByRole('link', { name: 'Training record of Otieno Kamau' })[0]).toHaveAttribute(
      'href',
      `/officers/${OTIENO}/training-record`,
    );
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', '/api/audit-events/export');
  });

  it('says it in the reader’s language', async () => {
    await act(() => setLanguage('ru'));
    open(paths.app.auditLog.getHref(), { page: 1 }, [REVOKED]);
    expect(
      screen.getByText('Ana Souza отозвал(а) сертификат Otieno Kamau: Alliance Cybercrime Investigator'),
    ).toBeInTheDocument();
  });

  it('reads the filters from the address, passes them to the export, and puts changes back in the address', () => {
    const page = open(
      paths.app.auditLog.getHref({ actor: ANA, action: 'certification.revoke', from: '2031-03-01', to: '2031-03-31' }),
      { page: 1, actorId: ANA, action: 'certification.revoke', from: '2031-03-01', to: '2031-03-31' },
      [REVOKED],
    );
    expect(screen.getByText('By Ana Souza only.')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2031-03-01');
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('certification.revoke');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/audit-events/export?actorId=${ANA}&action=certification.revoke&from=2031-03-01&to=2031-03-31`,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Object' }), { target: { value: 'enrolment' } });
    expect(page.location()).toBe(
      `/admin/audit-log?actor=${ANA}&entityType=enrolment&action=certification.revoke&from=2031-03-01&to=2031-03-31`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(page.location()).toBe(
      '/admin/audit-log?entityType=enrolment&action=certification.revoke&from=2031-03-01&to=2031-03-31',
    );
  });

  it('names each action in words in its column, the code only as a tooltip', () => {
    open(paths.app.auditLog.getHref(), { page: 1 }, [REVOKED, ISSUED_BY_SYSTEM]);
    const table = screen.getByRole('table', { name: 'Audit events' });
    expect(within(table).getByText('Certification revoked')).toHaveAttribute('title', 'certification.revoke');
    expect(within(table).getByText('Certification issued')).toBeInTheDocument();
    expect(within(table).queryByText('certification.revoke')).toBeNull();
    expect(within(table).getByRole('columnheader', { name: /Action/ })).toBeInTheDocument();
  });

  it('offers every action by its name, in the reader’s alphabetical order, and filters by its code', () => {
    const page = open(paths.app.auditLog.getHref(), { page: 1 }, [REVOKED]);
    const select = screen.getByRole('combobox', { name: 'Action' });
    const options = within(select)
      .getAllByRole('option')
      .slice(1) // "All actions"
      .map((o) => ({ label: o.textContent ?? '', value: (o as HTMLOptionElement).value }));
    expect(options.map((o) => o.value).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(options.filter((o) => o.label === o.value || /[._]/.test(o.label))).toEqual([]);
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    expect(options).toContainEqual({ label: 'Officers imported', value: 'officer_import.apply' });
    expect(options).toContainEqual({ label: 'Password reset link issued', value: 'app_user.password_reset_issue' });
    fireEvent.change(select, {
      target: { value: within(select).getByRole('option', { name: 'Officers imported' }).getAttribute('value') },
    });
    expect(page.location()).toBe('/admin/audit-log?action=officer_import.apply');
  });

  it('names the actions in the reader’s language, in its order', async () => {
    await act(() => setLanguage('uk'));
    open(paths.app.auditLog.getHref(), { page: 1 }, [REVOKED]);
    const select = screen.getByRole('combobox', { name: 'Дія' });
    expect(within(select).getByRole('option', { name: 'Працівників імпортовано' })).toHaveValue('officer_import.apply');
    const labels = within(select)
      .getAllByRole('option')
      .slice(1)
      .map((o) => o.textContent ?? '');
    expect(labels).toEqual([...labels].sort(new Intl.Collator('uk', { sensitivity: 'base', numeric: true }).compare));
    expect(within(screen.getByRole('table')).getByText('Сертифікат відкликано')).toBeInTheDocument();
  });

  it('says which object the log is narrowed to by its name, never its id', () => {
    open(
      paths.app.auditLog.getHref({ entityType: 'certification', entityId: CERT }),
      { page: 1, entityType: 'certification', entityId: CERT },
      [REVOKED],
    );
    expect(screen.getByText('On Alliance Cybercrime Investigator only.')).toBeInTheDocument();
    expect(shownIds(CERT)).toEqual([]);
  });

  it('says the object’s kind when no event names it (none loaded, or the object deleted)', () => {
    open(
      paths.app.auditLog.getHref({ entityType: 'certification', entityId: CERT }),
      { page: 1, entityType: 'certification', entityId: CERT },
      [{ ...REVOKED, object: { ...REVOKED.object, name: null } }],
    );
    expect(screen.getByText('On one object only (Certification).')).toBeInTheDocument();
    expect(shownIds(CERT)).toEqual([]);
  });
});
