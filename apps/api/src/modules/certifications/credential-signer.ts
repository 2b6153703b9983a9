import { Inject, Injectable, Logger } from '@nestjs/common';
import { CompactSign, exportJWK, generateKeyPair, importJWK, JWK, KeyLike } from 'jose';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';

export const CREDENTIALS_PATH = '/api/credentials';

/**
 * The alliance's Ed25519 key. Credentials are secured with VC-JOSE: a compact JWS (`typ: vc+jwt`,
 * `alg: EdDSA`) whose payload is the credential; verifiers get the public key from the JWKS URL.
 */
@Injectable()
export class CredentialSigner {
  private readonly logger = new Logger('CredentialSigner');
  private key?: Promise<{ privateKey: KeyLike | Uint8Array; publicJwk: JWK }>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get jwksUrl(): string {
    return `${this.config.publicUrl}${CREDENTIALS_PATH}/jwks.json`;
  }

  get keyId(): string {
    return `${this.jwksUrl}#key-1`;
  }

  async publicJwks(): Promise<{ keys: JWK[] }> {
    const { publicJwk } = await this.load();
    return { keys: [{ ...publicJwk, kid: this.keyId, alg: 'EdDSA', use: 'sig' }] };
  }

  async sign(payload: object): Promise<string> {
    const { privateKey } = await this.load();
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: this.keyId })
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
