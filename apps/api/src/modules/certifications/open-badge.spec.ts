import { gunzipSync } from 'node:zlib';
import { bundledContext } from './bundled-contexts';
import { encodeStatusList, openBadgeCredential, statusListCredential, STATUS_LIST_BITS } from './open-badge';

describe('Open Badges credential and status list', () => {
  it('sets exactly the revoked bits, most significant bit first', () => {
    const encoded = encodeStatusList([0, 9, STATUS_LIST_BITS - 1]);
    expect(encoded.startsWith('u')).toBe(true);
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bytes.length).toBe(STATUS_LIST_BITS / 8);
    expect(bytes[0]).toBe(0x80);
    expect(bytes[1]).toBe(0x40);
    expect(bytes[bytes.length - 1]).toBe(0x01);
    expect(bytes.filter((b) => b !== 0).length).toBe(3);
  });

  it('builds an OpenBadgeCredential with an Achievement, criteria, skills and a status entry', () => {
    const vc = openBadgeCredential({
      certificationId: 'c1',
      publicUrl: 'https://academy.example',
      holderName: 'Olena Kovalenko',
      programme: {
        id: 'p1',
        name: 'Certified Digital Evidence Examiner',
        description: 'd',
        skills: ['digital-forensics'],
        criteria: 'Complete 2 of 3 courses',
      },
      validFrom: new Date('2026-01-01T00:00:00Z'),
      validUntil: new Date('2028-01-01T00:00:00Z'),
      statusListIndex: 42,
    }) as {
      type: string[];
      credentialSubject: { achievement: { type: string[]; tag: string[] } };
      credentialStatus: { statusListIndex: string };
      validUntil: string;
    };
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.credentialSubject.achievement.type).toEqual(['Achievement']);
    expect(vc.credentialSubject.achievement.tag).toEqual(['digital-forensics']);
    expect(vc.credentialStatus.statusListIndex).toBe('42');
    expect(vc.validUntil).toBe('2028-01-01T00:00:00.000Z');
  });

  it('uses only JSON-LD contexts that ship with the app', () => {
    const facts = {
      certificationId: 'c1',
      publicUrl: 'https://academy.example',
      holderName: 'A',
      programme: { id: 'p', name: 'n', description: 'd', skills: [], criteria: 'c' },
      validFrom: new Date(),
      validUntil: new Date(),
      statusListIndex: 1,
    };
    const contexts = [
      ...(openBadgeCredential(facts)['@context'] as string[]),
      ...(statusListCredential('https://academy.example', [], new Date())['@context'] as string[]),
    ];
    for (const url of contexts) expect(bundledContext(url)).toHaveProperty('@context');
    expect(() => bundledContext('https://example.org/unknown-context.json')).toThrow(/not bundled/);
  });
});
