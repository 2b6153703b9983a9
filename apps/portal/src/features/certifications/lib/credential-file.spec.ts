import { credentialFileContent, credentialFileName } from './credential-file';

describe('credentialFileName', () => {
  it('names the file after the programme and the first valid day', () => {
    expect(credentialFileName('Digital Forensics Investigator', '2026-03-10T08:00:00.000Z')).toBe(
      'icspa-digital-forensics-investigator-2026-03-10.credential.json',
    );
  });

  it('keeps only safe characters, folding accents', () => {
    expect(credentialFileName('  Cryptomonnaies & enquêtes / Niveau 2 ', '2026-01-02T00:00:00Z')).toBe(
      'icspa-cryptomonnaies-enquetes-niveau-2-2026-01-02.credential.json',
    );
    expect(credentialFileName('../../etc/passwd', '2026-01-02T00:00:00Z')).toBe(
      'icspa-etc-passwd-2026-01-02.credential.json',
    );
  });

  it('falls back to a generic name and leaves out an unreadable date', () => {
    expect(credentialFileName('Кіберзлочини', 'soon')).toBe('icspa-certification.credential.json');
  });

  it('keeps long names short', () => {
    expect(credentialFileName('a'.repeat(200), '2026-01-02T00:00:00Z')).toBe(
      `icspa-${'a'.repeat(60)}-2026-01-02.credential.json`,
    );
  });
});

describe('credentialFileContent', () => {
  it('holds the signed credential and its payload, nothing else', () => {
    const text = credentialFileContent({
      jwt: 'a.b.c',
      credential: { type: ['VerifiableCredential'] },
      jwksUrl: 'x',
    } as never);
    expect(JSON.parse(text)).toEqual({ jwt: 'a.b.c', credential: { type: ['VerifiableCredential'] } });
    expect(text.endsWith('\n')).toBe(true);
  });
});
