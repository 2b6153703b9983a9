import { Inject, Injectable, Logger } from '@nestjs/common';
import { CompactSign, exportJWK, generateKeyPair, importJWK, JWK, KeyLike } from 'jose';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';

export const CREDENTIALS_PATH = '/api/credentials';

/** `did:web` of a public URL: the host (a port's colon percent-encoded), then each path segment. */
export function didWebOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  const segments = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...segments].join(':');
}

/** Where a `did:web` DID document lives: `/.well-known/did.json` at the root, else `<path>/did.json`. */
export function didDocumentUrl(publicUrl: string): string {
  const url = new URL(publicUrl);
  return url.pathname.replace(/\/$/, '')
    ? `${url.origin}${url.pathname.replace(/\/$/, '')}/did.json`
    : `${url.origin}/.well-known/did.json`;
}

/** The two ways a JWS header may be typed: OB 3.0's VC-JWT profile and W3C VC-JOSE-COSE. */
export type JwtProfile = 'ob-vc-jwt' | 'vc-jose';

/**
 * The alliance's Ed25519 key. Open Badges are signed in OB 3.0's VC-JWT profile (`typ: JWT`, no other header
 * than `alg` and `kid`; README, "Certifications and credentials", says why); status lists, which only
 * Bitstring Status List verifiers read, in VC-JOSE-COSE (`typ: vc+jwt`, `cty: vc`). `kid` is a DID URL
 * (`did:web:<host>#key-1`) that dereferences, through the DID document, to the public JWK. Credentials signed
 * before name the JWKS (`…/jwks.json#key-1`), which keeps the same key under both key ids.
 */
@Injectable()
export class CredentialSigner {
  private readonly logger = new Logger('CredentialSigner');
  private key?: Promise<{ privateKey: KeyLike | Uint8Array; publicJwk: JWK }>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get jwksUrl(): string {
    return `${this.config.publicUrl}${CREDENTIALS_PATH}/jwks.json`;
  }

  /** The issuer: `did:web` of PUBLIC_URL. */
  get issuerDid(): string {
    return didWebOf(this.config.publicUrl);
  }

  get keyId(): string {
    return `${this.issuerDid}#key-1`;
  }

  /** The key id of credentials signed before the DID (a JWKS URL with a fragment). */
  get legacyKeyId(): string {
    return `${this.jwksUrl}#key-1`;
  }

  async publicJwk(): Promise<JWK> {
    return (await this.load()).publicJwk;
  }

  /** One key under both its ids: the DID URL new credentials name and the JWKS URL older ones name. */
  async publicJwks(): Promise<{ keys: JWK[] }> {
    const { publicJwk } = await this.load();
    return {
      keys: [this.keyId, this.legacyKeyId].map((kid) => ({ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' })),
    };
  }

  /** The `did:web` DID document: the key as a JsonWebKey2020 verification method for assertions. */
  async didDocument(): Promise<Record<string, unknown>> {
    const { publicJwk } = await this.load();
    const did = this.issuerDid;
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: did,
      verificationMethod: [
        {
          id: this.keyId,
          type: 'JsonWebKey2020',
          controller: did,
          publicKeyJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x },
        },
      ],
      assertionMethod: [this.keyId],
      authentication: [this.keyId],
      service: [{ id: `${did}#academy`, type: 'LinkedDomains', serviceEndpoint: this.config.publicUrl }],
    };
  }

  async sign(payload: object, profile: JwtProfile = 'ob-vc-jwt'): Promise<string> {
    const { privateKey } = await this.load();
    const header =
      profile === 'ob-vc-jwt'
        ? { alg: 'EdDSA', kid: this.keyId, typ: 'JWT' }
        : { alg: 'EdDSA', kid: this.keyId, typ: 'vc+jwt', cty: 'vc' };
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader(header)
      .sign(privateKey);
  }

  private load() {
    this.key ??= this.readOrCreate();
    return this.key;
  }

  private async readOrCreate() {
    let jwk: JWK | undefined;
    if (this.config.credentialSigningKey) jwk = JSON.parse(this.config.credentialSigningKey);
    else {
      try {
        jwk = JSON.parse(readFileSync(this.config.credentialKeyFile, 'utf8'));
      } catch {
        if (this.config.nodeEnv === 'production')
          throw new Error(
            'CREDENTIAL_SIGNING_KEY or CREDENTIAL_KEY_FILE must hold the credential signing key in production',
          );
        const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
        jwk = await exportJWK(privateKey);
        mkdirSync(dirname(this.config.credentialKeyFile), { recursive: true });
        try {
          writeFileSync(this.config.credentialKeyFile, JSON.stringify(jwk), { flag: 'wx', mode: 0o600 });
          this.logger.warn({ msg: 'generated a demo credential signing key', file: this.config.credentialKeyFile });
        } catch {
          jwk = JSON.parse(readFileSync(this.config.credentialKeyFile, 'utf8')); // another process won the race
        }
      }
    }
    const { d: _d, ...publicJwk } = jwk!;
    return { privateKey: await importJWK({ ...jwk!, alg: 'EdDSA' }, 'EdDSA'), publicJwk };
  }
}
