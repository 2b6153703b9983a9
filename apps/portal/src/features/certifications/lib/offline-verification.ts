/**
 * Verifying a credential in the browser with no server: the signature against the alliance's keys this
 * device keeps, revocation against the status list it keeps. Everything is read from what the credential
 * itself names — the `kid` of its JWS header, the `statusListCredential` of its status entry — so a
 * new key (a `did:web` issuer) or new status lists work without a change here.
 *
 * Accepted: the signed VC-JWT (compact JWS), the `.credential.json` file the portal downloads (`{ jwt }`), and
 * the compact form of the certificate's second QR code: `ICSPA1:` + base45(zlib(header ‖ payload ‖ signature))
 * (apps/api/src/modules/certifications/compact-credential.ts).
 */

import { normaliseHolderName } from '@icspa/domain';

export const COMPACT_PREFIX = 'ICSPA1:';
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Why an input is not a credential at all. */
export class NotACredential extends Error {
  constructor(readonly reason: 'empty' | 'format' | 'verificationLink') {
    super(reason);
  }
}

/** RFC 9285 base45; throws on a character outside the alphabet or a value out of range. */
export function base45Decode(text: string): Uint8Array<ArrayBuffer> {
  const values = [...text].map((c) => {
    const v = BASE45.indexOf(c);
    if (v < 0) throw new NotACredential('format');
    return v;
  });
  if (values.length % 3 === 1) throw new NotACredential('format');
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 3) {
    if (values.length - i >= 3) {
      const x = values[i] + values[i + 1] * 45 + values[i + 2] * 45 * 45;
      if (x > 0xffff) throw new NotACredential('format');
      out.push(x >> 8, x & 0xff);
    } else {
      const x = values[i] + values[i + 1] * 45;
      if (x > 0xff) throw new NotACredential('format');
      out.push(x);
    }
  }
  return new Uint8Array(out);
}

export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function base64UrlEncode(bytes: Uint8Array<ArrayBuffer>): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function decompress(
  bytes: Uint8Array<ArrayBuffer>,
  format: 'deflate' | 'gzip',
  limit = 4 * 1024 * 1024,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(format));
  const reader = stream.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new NotACredential('format'); // a zip bomb
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The JWS inside the compact QR text. */
export async function decodeCompact(text: string): Promise<string> {
  let packed: Uint8Array<ArrayBuffer>;
  try {
    packed = await decompress(base45Decode(text.slice(COMPACT_PREFIX.length)), 'deflate');
  } catch {
    throw new NotACredential('format');
  }
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  if (packed.length < 4) throw new NotACredential('format');
  const headerEnd = 2 + view.getUint16(0);
  if (headerEnd + 2 > packed.length) throw new NotACredential('format');
  const payloadEnd = headerEnd + 2 + view.getUint16(headerEnd);
  if (payloadEnd >= packed.length) throw new NotACredential('format');
  return [packed.subarray(2, headerEnd), packed.subarray(headerEnd + 2, payloadEnd), packed.subarray(payloadEnd)]
    .map(base64UrlEncode)
    .join('.');
}

/** The compact JWS in whatever was pasted, scanned or uploaded. */
export async function credentialJws(input: string): Promise<string> {
  const text = input.trim();
  if (!text) throw new NotACredential('empty');
  if (text.toUpperCase().startsWith(COMPACT_PREFIX)) return decodeCompact(text.toUpperCase());
  if (JWS.test(text)) return text;
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as { jwt?: unknown };
      if (typeof json.jwt === 'string' && JWS.test(json.jwt.trim())) return json.jwt.trim();
    } catch {
      /* not JSON */
    }
  }
  if (/\/verify\/[^/?#\s]+/.test(text)) throw new NotACredential('verificationLink');
  throw new NotACredential('format');
}

export interface Jws {
  header: { kid?: string; alg?: string; [k: string]: unknown };
  payload: Record<string, unknown>;
  signingInput: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
}

export function parseJws(jws: string): Jws {
  const [h, p, s] = jws.split('.');
  try {
    const json = (part: string) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlDecode(part)));
    return {
      header: json(h),
      payload: json(p),
      signingInput: new TextEncoder().encode(`${h}.${p}`),
      signature: base64UrlDecode(s),
    };
  } catch {
    throw new NotACredential('format');
  }
}

/** A document of the alliance's keys: a JWKS (`keys`) or a DID document (`verificationMethod`). */
export interface KeyDocument {
  id?: string;
  keys?: (JsonWebKey & { kid?: string })[];
  verificationMethod?: { id: string; publicKeyJwk?: JsonWebKey }[];
}

/** The public JWK the `kid` names among the documents this device keeps, or null. */
export function findKey(kid: string | undefined, documents: KeyDocument[]): JsonWebKey | null {
  if (!kid) return null;
  for (const doc of documents) {
    for (const key of doc.keys ?? []) if (key.kid === kid) return key;
    for (const method of doc.verificationMethod ?? []) {
      const id = method.id.startsWith('#') && doc.id ? `${doc.id}${method.id}` : method.id;
      if (id === kid && method.publicKeyJwk) return method.publicKeyJwk;
    }
  }
  return null;
}

/** Ed25519 (EdDSA) signature check with WebCrypto; false for any other algorithm or a broken key. */
export async function verifySignature(jws: Jws, jwk: JsonWebKey): Promise<boolean> {
  if (jws.header.alg !== 'EdDSA' && jws.header.alg !== 'Ed25519') return false;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') return false;
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, jws.signature, jws.signingInput);
  } catch {
    return false;
  }
}

interface StatusEntry {
  statusPurpose?: string;
  statusListIndex?: string | number;
  statusListCredential?: string;
}

/** The credential's revocation entries (`credentialStatus` is one entry or a list). */
export function revocationEntries(payload: Record<string, unknown>): { url: string; index: number }[] {
  const raw = payload.credentialStatus ?? (payload.vc as Record<string, unknown> | undefined)?.credentialStatus;
  const entries = (Array.isArray(raw) ? raw : raw ? [raw] : []) as StatusEntry[];
  return entries
    .filter((e) => (e.statusPurpose ?? 'revocation') === 'revocation' && typeof e.statusListCredential === 'string')
    .map((e) => ({ url: e.statusListCredential as string, index: Number(e.statusListIndex) }))
    .filter((e) => Number.isSafeInteger(e.index) && e.index >= 0);
}

/** The bit at `index` of a Bitstring Status List `encodedList` (multibase `u` + base64url of gzip; MSB first). */
export async function statusBit(encodedList: string, index: number): Promise<boolean> {
  const b64 = encodedList.startsWith('u') ? encodedList.slice(1) : encodedList;
  const bits = await decompress(base64UrlDecode(b64), 'gzip', 16 * 1024 * 1024);
  if (index >= bits.length * 8) throw new Error('index beyond the list');
  return ((bits[index >> 3] >> (7 - (index & 7))) & 1) === 1;
}

const dateOf = (value: unknown, seconds: unknown): string | null =>
  typeof value === 'string' ? value : typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : null;

/** A status list this device keeps: its signed text and when it was fetched. */
export interface CachedStatusList {
  url: string;
  jwt: string;
  fetchedAt: string | null;
}

export type Verdict = 'valid' | 'revoked' | 'expired' | 'notGenuine' | 'noKeys' | 'unchecked';

export interface VerificationOutcome {
  verdict: Verdict;
  holderName?: string;
  programmeName?: string;
  validFrom?: string | null;
  validUntil?: string | null;
  /** The holder's salted `name` identifiers (OB 3.0 IdentityObjects): a typed name is checked against them. */
  nameIdentifiers?: NameIdentifier[];
  /** The status list used: when it was issued (its signed `validFrom`) and fetched. */
  statusList?: { issuedAt: string | null; fetchedAt: string | null; validUntil: string | null };
}

/** A hashed `name` IdentityObject: `identityHash` = `sha256$` + hex SHA-256 of the normalised name then the salt. */
export interface NameIdentifier {
  identityHash: string;
  salt: string;
}

/** The credential subject's hashed `name` identifiers. */
export function nameIdentifiers(subject: Record<string, unknown>): NameIdentifier[] {
  const raw = Array.isArray(subject.identifier) ? subject.identifier : subject.identifier ? [subject.identifier] : [];
  return (raw as Record<string, unknown>[])
    .filter(
      (i) =>
        i &&
        i.identityType === 'name' &&
        i.hashed === true &&
        typeof i.identityHash === 'string' &&
        typeof i.salt === 'string',
    )
    .map((i) => ({ identityHash: i.identityHash as string, salt: i.salt as string }));
}

/**
 * Whether a name typed from an identity document is the holder's: normalised as the issuer did
 * (`normaliseHolderName`: `AYSE KILIC` is `Ayşe Kılıç`), hashed with each identifier's salt. The name is
 * checked without being published in the credential.
 */
export async function nameMatches(typed: string, identifiers: NameIdentifier[]): Promise<boolean> {
  const name = normaliseHolderName(typed);
  if (!name) return false;
  for (const { identityHash, salt } of identifiers) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(name + salt)));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    if (identityHash.toLowerCase() === `sha256$${hex}`) return true;
  }
  return false;
}

export interface VerifierState {
  keys: KeyDocument[];
  /** The status list kept for a URL a credential names (null when this device has none). */
  statusList: (url: string) => Promise<CachedStatusList | null>;
  now: Date;
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The entry's bit in the kept list, if this device keeps that list and the alliance signed it; else null. */
async function revoked(
  entry: { url: string; index: number },
  state: VerifierState,
): Promise<{ revoked: boolean; list: NonNullable<VerificationOutcome['statusList']> } | null> {
  const cached = await state.statusList(entry.url);
  if (!cached) return null;
  const list = parseJws(cached.jwt);
  const key = findKey(list.header.kid, state.keys);
  if (!key || !(await verifySignature(list, key))) return null;
  const lp = list.payload;
  const listVc = lp.vc !== undefined ? obj(lp.vc) : lp;
  const encoded = obj(listVc.credentialSubject).encodedList;
  if (typeof encoded !== 'string') return null;
  return {
    revoked: await statusBit(encoded, entry.index),
    list: {
      issuedAt: dateOf(listVc.validFrom, lp.iat ?? lp.nbf),
      fetchedAt: cached.fetchedAt,
      validUntil: dateOf(listVc.validUntil, lp.exp),
    },
  };
}

/** The verdict on a credential from what this device keeps, with no network. */
export async function verifyOffline(jwsText: string, state: VerifierState): Promise<VerificationOutcome> {
  const jws = parseJws(jwsText);
  if (!state.keys.length) return { verdict: 'noKeys' };
  const key = findKey(jws.header.kid, state.keys);
  if (!key || !(await verifySignature(jws, key))) return { verdict: 'notGenuine' };
  const p = jws.payload;
  const vc = p.vc !== undefined ? obj(p.vc) : p;
  const subject = obj(Array.isArray(vc.credentialSubject) ? vc.credentialSubject[0] : vc.credentialSubject);
  const achievement = obj(subject.achievement);
  const outcome: VerificationOutcome = {
    verdict: 'valid',
    holderName: typeof subject.name === 'string' ? subject.name : undefined,
    programmeName: typeof achievement.name === 'string' ? achievement.name : undefined,
    validFrom: dateOf(vc.validFrom, p.nbf),
    validUntil: dateOf(vc.validUntil, p.exp),
    nameIdentifiers: nameIdentifiers(subject),
  };
  const time = state.now.getTime();
  if (outcome.validUntil && time >= Date.parse(outcome.validUntil)) outcome.verdict = 'expired';
  if (outcome.validFrom && time < Date.parse(outcome.validFrom)) return { ...outcome, verdict: 'notGenuine' };

  for (const entry of revocationEntries(p)) {
    const checked = await revoked(entry, state).catch(() => null);
    if (!checked) {
      if (outcome.verdict === 'valid') outcome.verdict = 'unchecked';
      continue;
    }
    outcome.statusList = checked.list;
    if (checked.revoked) outcome.verdict = 'revoked';
  }
  return outcome;
}
