import { fireEvent, screen, within } from '@testing-library/react';
import { createHash, webcrypto } from 'node:crypto';
import { verifyOffline, type VerificationOutcome } from '@/features/certifications/lib/offline-verification';
import { renderPage } from '@/testing/render';
import { OfflineVerifier } from './offline-verifier';

// The page as the clerk uses it at a border post: offline, with keys and a list kept on the device. The
// verdicts come from a stub of verifyOffline (the checks themselves are offline-verification.spec's).
jest.mock('./offline-verifier.css', () => ({}));
jest.mock('@/lib/connectivity', () => ({ useOnline: () => false }));
jest.mock('@/features/certifications/lib/qr-scan', () => ({ readQr: jest.fn(), readQrFromFile: jest.fn() }));
jest.mock('@/features/certifications/lib/verifier-store', () => ({
  cachedKeys: async () => [{ keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'AA', kid: 'did:web:academy.example#key-1' }] }],
  cachedStatusList: async () => null,
  cachedStatusLists: async () => [
    { url: 'https://academy.example/api/credentials/status/2', jwt: 'a.b.c', fetchedAt: '2027-04-30T08:00:05.000Z' },
  ],
  refreshVerifierData: jest.fn(),
}));
jest.mock('@/features/certifications/lib/offline-verification', () => ({
  ...jest.requireActual('@/features/certifications/lib/offline-verification'),
  verifyOffline: jest.fn(),
}));

const JWS = 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6d2ViOmFjYWRlbXkuZXhhbXBsZSJ9.c2ln';
const LIST = {
  issuedAt: '2027-04-30T08:00:00.000Z',
  fetchedAt: '2027-04-30T08:00:05.000Z',
  validUntil: '2099-05-01T08:00:00.000Z',
};
const outcome = (verdict: VerificationOutcome['verdict']): VerificationOutcome => ({
  verdict,
  holderName: 'Ayşe Kılıç',
  programmeName: 'Alliance Cybercrime Investigator',
  validFrom: '2026-03-01T09:00:00.000Z',
  validUntil: '2099-03-01T09:00:00.000Z',
  statusList: LIST,
});

describe('the offline verifier page', () => {
  const original = Element.prototype.scrollIntoView;
  beforeAll(() => {
    // As Chromium's: scrollIntoView returns a promise (jsdom has no scrollIntoView at all).
    Element.prototype.scrollIntoView = jest.fn(() => Promise.resolve()) as unknown as Element['scrollIntoView'];
  });
  afterAll(() => {
    Element.prototype.scrollIntoView = original;
  });
  beforeEach(() => jest.mocked(verifyOffline).mockReset());

  it('shows one answer after another (valid, then revoked, then not genuine) without falling over', async () => {
    jest
      .mocked(verifyOffline)
      .mockResolvedValueOnce(outcome('valid'))
      .mockResolvedValueOnce(outcome('revoked'))
      .mockResolvedValueOnce({ verdict: 'notGenuine' });
    renderPage(<OfflineVerifier />, { path: '/verify', url: '/verify' });
    const box = await screen.findByLabelText('Signed credential');
    const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check' }));

    fireEvent.change(box, { target: { value: JWS } });
    check();
    expect(await screen.findByRole('region', { name: 'Valid credential' })).toBeInTheDocument();
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });

    fireEvent.change(box, { target: { value: JSON.stringify({ jwt: JWS, credential: {} }, null, 2) } });
    check();
    const revoked = await screen.findByRole('region', { name: 'Revoked credential' });
    expect(revoked).toHaveTextContent('Ayşe Kılıç');
    expect(revoked).toHaveTextContent(/copy of .+ \(.+\)/);
    expect(screen.queryByRole('region', { name: 'Valid credential' })).not.toBeInTheDocument();

    check();
    expect(await screen.findByRole('region', { name: 'Not genuine' })).toBeInTheDocument();
    expect(jest.mocked(verifyOffline).mock.calls.map(([jws]) => jws)).toEqual([JWS, JWS, JWS]);
  });

  it('checks the name typed from an ID document against the credential’s salted name: match, no match', async () => {
    // jsdom has no SubtleCrypto: Node's, as a browser's.
    if (!globalThis.crypto?.subtle)
      Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
    const salt = '9f0c1d2e3a4b5c6d7e8f90a1b2c3d4e5';
    const identityHash = `sha256$${createHash('sha256').update(`ayse kilic${salt}`, 'utf8').digest('hex')}`;
    jest
      .mocked(verifyOffline)
      .mockResolvedValueOnce({ ...outcome('valid'), holderName: undefined, nameIdentifiers: [{ identityHash, salt }] });
    renderPage(<OfflineVerifier />, { path: '/verify', url: '/verify' });
    fireEvent.change(await screen.findByLabelText('Signed credential'), { target: { value: JWS } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const verdict = await screen.findByRole('region', { name: 'Valid credential' });
    const name = within(verdict).getByLabelText('Name on the identity document');

    fireEvent.change(name, { target: { value: 'AYSE KILIC' } });
    fireEvent.click(within(verdict).getByRole('button', { name: 'Check the name' }));
    expect(await within(verdict).findByText('The name matches the holder of this credential.')).toBeInTheDocument();

    fireEvent.change(name, { target: { value: 'Ayse Kilich' } });
    expect(within(verdict).queryByText(/The name matches/)).not.toBeInTheDocument();
    fireEvent.click(within(verdict).getByRole('button', { name: 'Check the name' }));
    expect(await within(verdict).findByText(/The name does not match the holder/)).toBeInTheDocument();
    // The verdict stays: the name's form is not the credential's.
    expect(jest.mocked(verifyOffline)).toHaveBeenCalledTimes(1);
  });

  it('offers no name check for a credential without a name identifier, nor for one not genuine', async () => {
    jest
      .mocked(verifyOffline)
      .mockResolvedValueOnce(outcome('valid'))
      .mockResolvedValueOnce({
        verdict: 'notGenuine',
        nameIdentifiers: [{ identityHash: 'sha256$00', salt: 's' }],
      });
    renderPage(<OfflineVerifier />, { path: '/verify', url: '/verify' });
    fireEvent.change(await screen.findByLabelText('Signed credential'), { target: { value: JWS } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('region', { name: 'Valid credential' });
    expect(screen.queryByLabelText('Name on the identity document')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('region', { name: 'Not genuine' });
    expect(screen.queryByLabelText('Name on the identity document')).not.toBeInTheDocument();
  });
});
