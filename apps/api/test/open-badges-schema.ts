/**
 * The rules of the Open Badges 3.0 JSON Schema for an `AchievementCredential` (1EdTech, draft 2019-09,
 * `https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json`) that bind
 * the properties our credentials use, restated here from the OB 3.0 data model (Appendix B) so the tests run
 * offline: required properties, `type` sets that must contain a class name, plain-string `name`/`description`
 * (no JSON-LD language maps), the `inLanguage` language-code pattern, and the `Related` class.
 */
const typeContaining = (name: string) => ({
  type: 'array',
  minItems: 1,
  contains: { enum: [name] },
  items: { type: 'string' },
});

const languageCode = { type: 'string', pattern: '^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$' };
const dateTime = { type: 'string', format: 'date-time' };

export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2019-09/schema',
  type: 'object',
  required: ['@context', 'id', 'type', 'credentialSubject', 'issuer', 'validFrom'],
  properties: {
    '@context': {
      type: 'array',
      minItems: 2,
      items: [
        { enum: ['https://www.w3.org/ns/credentials/v2'] },
        {
          type: 'string',
          pattern: '^https:\\/\\/purl\\.imsglobal\\.org\\/spec\\/ob\\/v3p0\\/context(-3\\.\\d\\.\\d)*\\.json$',
        },
      ],
    },
    id: { type: 'string' },
    type: {
      allOf: [
        typeContaining('VerifiableCredential'),
        { type: 'array', contains: { enum: ['AchievementCredential', 'OpenBadgeCredential'] } },
      ],
    },
    name: { type: 'string' },
    description: { type: 'string' },
    issuer: {
      oneOf: [
        { type: 'string' },
        {
          type: 'object',
          required: ['id', 'type'],
          properties: { id: { type: 'string' }, type: typeContaining('Profile'), name: { type: 'string' } },
        },
      ],
    },
    validFrom: dateTime,
    validUntil: dateTime,
    credentialSubject: { $ref: '#/$defs/AchievementSubject' },
    credentialStatus: {
      type: 'object',
      required: ['id', 'type'],
      properties: { id: { type: 'string' }, type: { type: 'string' } },
    },
  },
  $defs: {
    AchievementSubject: {
      type: 'object',
      required: ['type', 'achievement'],
      properties: {
        id: { type: 'string' },
        type: typeContaining('AchievementSubject'),
        name: { type: 'string' },
        achievement: { $ref: '#/$defs/Achievement' },
      },
    },
    Achievement: {
      type: 'object',
      required: ['id', 'type', 'criteria', 'description', 'name'],
      properties: {
        id: { type: 'string' },
        type: typeContaining('Achievement'),
        achievementType: { type: 'string' },
        name: { type: 'string' },
        description: { type: 'string' },
        criteria: { type: 'object', properties: { id: { type: 'string' }, narrative: { type: 'string' } } },
        inLanguage: languageCode,
        related: { type: 'array', items: { $ref: '#/$defs/Related' } },
        tag: { type: 'array', items: { type: 'string' } },
        version: { type: 'string' },
      },
    },
    Related: {
      type: 'object',
      required: ['id', 'type'],
      properties: {
        id: { type: 'string' },
        type: typeContaining('Related'),
        inLanguage: languageCode,
        version: { type: 'string' },
      },
    },
  },
} as const;
