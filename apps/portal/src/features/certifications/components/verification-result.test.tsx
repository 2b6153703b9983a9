import { createHash, webcrypto } from 'node:crypto';
import { fireEvent, screen, within } from '@testing-library/react';
import { getVerificationQueryOptions, type Verification } from '@/features/certifications/api/verify-certification';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { VerificationLookup } from './verification-result';

// The online answer for a printed code (`/verify/:code`), from fixtures in the query cache.
const CODE = 'K7QM-2XWP-9RTA';
const REVOKED: Verification = {
  holderName: 'Ayşe Kılıç',
  holderInitialsOnly: false,
  programmeName: 'Alliance Cybercrime Investigator',
  issuedAt: '2026-03-01T09:00:00.000Z',
  validFrom: '2026-03-01T09:00:00.000Z',
  expiresAt: '2028-03-01T09:00:00.000Z',
  status: 'revoked',
  revokedAt: '2027-02-14T16:30:00.000Z',
  revocationCategory: 'fraud',
};

function render(url: string, fixtures: [string | undefined, Verification][]) {
  const queryClient = createTestQueryClient();
  for (const [on, data] of fixtures) queryClient.setQueryData(getVerificationQueryOptions(CODE, on).queryKey, data);
  return renderPage(<VerificationLookup code={CODE} />, { path: '/verify/:code', url, queryClient });
}

describe('the online verification answer', () => {
  it('says since when and why (its category) a certification was revoked', async () => {
    render(`/verify/${CODE}`, [[undefined, REVOKED]]);
    const verdict = await screen.findByRole('region', { name: /Revoked certification/ });
    expect(within(verdict).getByText('Revoked on').nextElementSibling).toHaveTextContent('Feb 14, 2027');
    expect(within(verdict).getByText('Reason for revocation').nextElementSibling).toHaveTextContent(
      'Obtained by fraud',
    );
    expect(screen.queryByTestId('valid-on')).not.toBeInTheDocument();
  });

  it('shows a protected officer’s initials only, and checks the name typed from their ID against the salted identifier', async () => {
    // jsdom may lack Web Crypto's digest, which the name check uses: Node's.
    if (!globalThis.crypto?.subtle)
      Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
    const { revokedAt: _at, revocationCategory: _category, ...active } = REVOKED;
    const salt = '9f0c1d2e3a4b5c6d7e8f90a1b2c3d4e5';
    const identityHash = `sha256$${createHash('sha256').update(`ayse kilic${salt}`, 'utf8').digest('hex')}`;
    render(`/verify/${CODE}`, [
      [
        undefined,
        {
          ...active,
          status: 'active',
          holderName: 'A. K.',
          holderInitialsOnly: true,
          nameIdentifiers: [{ identityHash, salt }],
        },
      ],
    ]);
    const verdict = await screen.findByRole('region', { name: /Valid certification/ });
    expect(within(verdict).getByText('A. K.')).toBeInTheDocument();
    expect(screen.queryByText(/Kılıç/)).not.toBeInTheDocument();
    expect(screen.getByTestId('initials-only')).toHaveTextContent('only their initials are shown');
    const name = screen.getByRole('textbox', { name: 'Name on the identity document' });
    fireEvent.change(name, { target: { value: 'AYSE KILIC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the name' }));
    expect(await screen.findByText('The name matches the holder of this credential.')).toBeInTheDocument();
    fireEvent.change(name, { target: { value: 'Ayse Kaya' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the name' }));
    expect(await screen.findByText(/The name does not match/)).toBeInTheDocument();
  });

  it('shows neither for a valid one', async () => {
    const { revokedAt: _at, revocationCategory: _category, ...active } = REVOKED;
    render(`/verify/${CODE}`, [[undefined, { ...active, status: 'active' }]]);
    await screen.findByRole('region', { name: /Valid certification/ });
    expect(screen.queryByText('Revoked on')).not.toBeInTheDocument();
    expect(screen.queryByText('Reason for revocation')).not.toBeInTheDocument();
  });

  it('answers "was it valid on this day?" through ?on=, the day typed put in the address', async () => {
    const { location } = render(`/verify/${CODE}`, [
      [undefined, REVOKED],
      ['2027-02-10', { ...REVOKED, validOn: { date: '2027-02-10', status: 'valid', valid: true } }],
      ['2027-02-14', { ...REVOKED, validOn: { date: '2027-02-14', status: 'revoked', valid: false } }],
    ]);
    await screen.findByRole('region', { name: /Revoked certification/ });
    const day = screen.getByLabelText('Was it valid on a given day?');
    fireEvent.change(day, { target: { value: '2027-02-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check this day' }));
    expect(location()).toBe(`/verify/${CODE}?on=2027-02-10`);
    expect(await screen.findByTestId('valid-on')).toHaveTextContent('Valid throughout Feb 10, 2027.');

    fireEvent.change(day, { target: { value: '2027-02-14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check this day' }));
    expect(await screen.findByText(/Not valid throughout Feb 14, 2027: it was revoked/)).toHaveAttribute(
      'data-testid',
      'valid-on',
    );
  });

  it('reads ?on= from the address it was shared with', async () => {
    render(`/verify/${CODE}?on=2026-02-28`, [
      [undefined, REVOKED],
      ['2026-02-28', { ...REVOKED, validOn: { date: '2026-02-28', status: 'not_yet_valid', valid: false } }],
    ]);
    expect(await screen.findByTestId('valid-on')).toHaveTextContent('Not valid on Feb 28, 2026');
    expect(screen.getByLabelText('Was it valid on a given day?')).toHaveValue('2026-02-28');
  });

  it('does not send an ill-formed ?on= (the answer without it shows)', async () => {
    render(`/verify/${CODE}?on=2026-2-28%00`, [[undefined, REVOKED]]);
    await screen.findByRole('region', { name: /Revoked certification/ });
    expect(screen.queryByTestId('valid-on')).not.toBeInTheDocument();
  });
});
