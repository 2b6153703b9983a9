import { Schema, Validator } from '@cfworker/json-schema';
import { gunzipSync } from 'node:zlib';
import { OB_ACHIEVEMENT_CREDENTIAL_SCHEMA } from '../../../test/open-badges-schema';
import { bundledContext } from './bundled-contexts';
import {
  CredentialFacts,
  encodeStatusList,
  identityHash,
  jwtPayload,
  openBadgeCredential,
  statusListCredential,
  STATUS_LIST_BITS,
} from './open-badge';

const schema = new Validator(OB_ACHIEVEMENT_CREDENTIAL_SCHEMA as unknown as Schema, '2019-09', false);
const schemaErrors = (credential: unknown) => schema.validate(credential).errors.map((e) => e.instanceLocation);

const english: CredentialFacts = {
  certificationId: '7f1b2c3d-0000-4000-8000-000000000001',
  publicUrl: 'https://academy.example',
  issuerId: 'did:web:academy.example',
  subjectId: 'urn:uuid:0b7e3c1a-0000-4000-8000-000000000002',
  holderName: 'João Araújo',
  identifiers: [
    {
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: identityHash('joao@example.test', 'c0ffee'),
      salt: 'c0ffee',
    },
  ],
  programme: {
    id: 'p1',
    name: 'Certified Digital Evidence Examiner',
    description: 'Seizes, images and presents digital evidence.',
    skills: ['digital-forensics'],
    criteria: 'Completed 2 of these courses: A; B; C.',
    inLanguage: 'en',
  },
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validUntil: new Date('2028-01-01T00:00:00Z'),
  statusList: 2,
  statusListIndex: 42,
};

/** A Ukrainian holder of a programme also published in Spanish and Brazilian Portuguese. */
const ukrainian: CredentialFacts = {
  ...english,
  holderName: 'Олена Коваленко',
  programme: {
    ...english.programme,
    name: 'Сертифікований експерт з цифрових доказів',
    description: 'Вилучає, копіює та подає цифрові докази.',
    criteria: 'Пройдено 2 з таких курсів: А; Б; В.',
    inLanguage: 'uk',
    relatedLocales: ['en', 'es', 'pt-BR'],
  },
};

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
      ...english,
      certificationId: 'c1',
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
      ...english,
      holderName: 'A',
      programme: { id: 'p', name: 'n', description: 'd', skills: [], criteria: 'c' },
    };
    const list = statusListCredential({
      publicUrl: 'https://academy.example',
      issuerId: 'did:web:academy.example',
      list: 1,
      bits: STATUS_LIST_BITS,
      revokedIndexes: [],
      validFrom: new Date('2026-01-01T00:00:00Z'),
      validUntil: new Date('2026-01-02T00:00:00Z'),
    });
    const contexts = [...(openBadgeCredential(facts)['@context'] as string[]), ...(list['@context'] as string[])];
    for (const url of contexts) expect(bundledContext(url)).toHaveProperty('@context');
    expect(() => bundledContext('https://example.org/unknown-context.json')).toThrow(/not bundled/);
  });

  it('is valid against the OB 3.0 AchievementCredential JSON Schema rules, in English', () => {
    expect(schemaErrors(openBadgeCredential(english))).toEqual([]);
  });

  it("carries the achievement in the holder's language with inLanguage, the other published languages as Related", () => {
    const vc = openBadgeCredential(ukrainian) as { name: string; credentialSubject: { achievement: object } };
    expect(schemaErrors(vc)).toEqual([]);
    const id = 'https://academy.example/api/certification-programmes/p1';
    expect(vc.credentialSubject.achievement).toMatchObject({
      id,
      name: 'Сертифікований експерт з цифрових доказів',
      description: 'Вилучає, копіює та подає цифрові докази.',
      criteria: { narrative: 'Пройдено 2 з таких курсів: А; Б; В.' },
      inLanguage: 'uk',
      related: [
        { id: `${id}?locale=en`, type: ['Related'], inLanguage: 'en' },
        { id: `${id}?locale=es`, type: ['Related'], inLanguage: 'es' },
        { id: `${id}?locale=pt-BR`, type: ['Related'], inLanguage: 'pt-BR' },
      ],
    });
    expect(vc.name).toBe('Сертифікований експерт з цифрових доказів');
  });

  it('leaves out a language code OB 3.0 does not accept, and never lists the shown language as related', () => {
    const vc = openBadgeCredential({
      ...ukrainian,
      programme: { ...ukrainian.programme, relatedLocales: ['uk', 'pt_br', 'EN', 'es'] },
    }) as { credentialSubject: { achievement: { related: { inLanguage: string }[] } } };
    expect(schemaErrors(vc)).toEqual([]);
    expect(vc.credentialSubject.achievement.related.map((r) => r.inLanguage)).toEqual(['es']);
    const bad = openBadgeCredential({ ...english, programme: { ...english.programme, inLanguage: 'pt_BR' } });
    expect((bad.credentialSubject as { achievement: object }).achievement).not.toHaveProperty('inLanguage');
  });

  it('the schema refuses what OB 3.0 refuses: a JSON-LD language map, a related entry without its type, a bad code', () => {
    const vc = openBadgeCredential(ukrainian) as {
      credentialSubject: { achievement: Record<string, unknown> & { related: Record<string, unknown>[] } };
    };
    const withMap = structuredClone(vc);
    withMap.credentialSubject.achievement.name = { '@value': 'Сертифікований експерт', '@language': 'uk' };
    expect(schemaErrors(withMap)).toContain('#/credentialSubject/achievement/name');
    const untyped = structuredClone(vc);
    untyped.credentialSubject.achievement.related[0].type = ['Achievement'];
    expect(schemaErrors(untyped)).toContain('#/credentialSubject/achievement/related/0/type');
    const badCode = structuredClone(vc);
    badCode.credentialSubject.achievement.inLanguage = 'ukr_UA';
    expect(schemaErrors(badCode)).toContain('#/credentialSubject/achievement/inLanguage');
  });

  it('hashes identities as OB 3.0 defines IdentityHash (sha256$ of the identity followed by the salt)', () => {
    // The example of the OB 3.0 data model: 'a@example.com' salted with 'Kosher'.
    expect(identityHash('a@example.com', 'Kosher')).toBe(
      'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
    );
  });

  it('restates the credential in the JWT claims OB 3.0 asks for', () => {
    const vc = openBadgeCredential(english);
    const payload = jwtPayload(vc, new Date('2026-01-01T00:00:05Z'));
    expect(payload).toMatchObject({
      iss: 'did:web:academy.example',
      jti: 'urn:uuid:7f1b2c3d-0000-4000-8000-000000000001',
      sub: 'urn:uuid:0b7e3c1a-0000-4000-8000-000000000002',
      nbf: Date.parse('2026-01-01T00:00:00Z') / 1000,
      exp: Date.parse('2028-01-01T00:00:00Z') / 1000,
      iat: Date.parse('2026-01-01T00:00:05Z') / 1000,
    });
    expect(payload.credentialStatus).toMatchObject({
      statusListCredential: 'https://academy.example/api/credentials/status/2',
      statusListIndex: '42',
    });
  });
});
