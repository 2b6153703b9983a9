import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeProtectedHeader, importJWK, JWK, jwtVerify } from 'jose';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';
import { AuditService } from '../audit/audit.service';
import { CertificateIssuer } from './certificate-issuer';
import { CertificationsPolicy } from './certifications.policy';
import { CertificationsService } from './certifications.service';
import type { TokenRequestDto, WalletCredentialRequestDto, WalletOfferResponseDto } from './dtos/wallet.dto';
import { ISSUER_NAME } from './open-badge';
import { claimWalletToken, insertWalletOffer, redeemWalletCode, walletTokenKnown } from './wallet-offers.queries';

export const OID4VCI_PATH = '/api/oid4vci';
export const PRE_AUTHORIZED_GRANT = 'urn:ietf:params:oauth:grant-type:pre-authorized_code';
export const CREDENTIAL_CONFIGURATION = 'OpenBadgeCredential';
/** The pre-authorized code in the offer QR lives this long; the access token it buys, less. */
const CODE_TTL_MS = 10 * 60_000;
const TOKEN_TTL_MS = 5 * 60_000;
const NONCE_TTL_MS = 5 * 60_000;
const PROOF_ALGS = ['EdDSA', 'ES256'];

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** `did:jwk` of a public key (the JWK's public members, as JSON, base64url). */
export function didJwkOf(jwk: JWK): string {
  const { kty, crv, x, y, e, n } = jwk;
  return `did:jwk:${Buffer.from(JSON.stringify({ crv, e, kty, n, x, y })).toString('base64url')}`;
}

/**
 * Into the holder's wallet with OpenID for Verifiable Credential Issuance 1.0, pre-authorized code flow: the
 * holder's page shows an offer (a QR code of `openid-credential-offer://…` holding a one-time code); the wallet
 * reads the issuer's metadata, exchanges the code for an access token, fetches a nonce, proves it holds a key
 * and receives the Open Badge signed anew with that key's DID as its subject (same credential otherwise: id,
 * dates, status entry, identifiers). The academy is its own authorization server.
 */
@Injectable()
export class WalletService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certifications: CertificationsService,
    private readonly issuer: CertificateIssuer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issuerMetadata(): Record<string, unknown> {
    const base = this.config.publicUrl;
    return {
      credential_issuer: base,
      credential_endpoint: `${base}${OID4VCI_PATH}/credential`,
      nonce_endpoint: `${base}${OID4VCI_PATH}/nonce`,
      display: [{ name: ISSUER_NAME, locale: 'en' }],
      credential_configurations_supported: {
        [CREDENTIAL_CONFIGURATION]: {
          format: 'jwt_vc_json',
          cryptographic_binding_methods_supported: ['did:jwk', 'jwk'],
          credential_signing_alg_values_supported: ['EdDSA'],
          proof_types_supported: { jwt: { proof_signing_alg_values_supported: PROOF_ALGS } },
          credential_definition: { type: ['VerifiableCredential', 'OpenBadgeCredential'] },
          credential_metadata: { display: [{ name: 'Open Badge: ICSPA certification', locale: 'en' }] },
        },
      },
    };
  }

  authorizationServerMetadata(): Record<string, unknown> {
    const base = this.config.publicUrl;
    return {
      issuer: base,
      token_endpoint: `${base}${OID4VCI_PATH}/token`,
      grant_types_supported: [PRE_AUTHORIZED_GRANT],
      token_endpoint_auth_methods_supported: ['none'],
      'pre-authorized_grant_anonymous_access_supported': true,
      response_types_supported: [],
    };
  }

  /** An offer of the holder's own certification (admins may read others' but not put them in their wallet). */
  async offer(user: AuthUser, certificationId: string): Promise<WalletOfferResponseDto> {
    const row = await this.certifications.row(user, certificationId);
    if (!CertificationsPolicy.isHolder(user, row))
      throw new ForbiddenException(
        coded('wallet.holder_only', 'id', 'only its holder may put a certification in a wallet'),
      );
    if (row.status !== 'active' || row.expires_at <= this.clock.now() || !row.credential)
      throw new ConflictException(
        coded('wallet.not_active', 'id', 'only an active certification can be put in a wallet'),
      );
    const code = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + CODE_TTL_MS);
    await runInTransaction(this.db, async (manager) => {
      await insertWalletOffer(manager, row.id, sha256(code), expiresAt);
      await this.audit.record(manager, user, {
        action: 'certification.wallet_offer',
        entityType: 'certification',
        entityId: row.id,
        details: { expiresAt: expiresAt.toISOString() },
      });
    });
    const credentialOffer = {
      credential_issuer: this.config.publicUrl,
      credential_configuration_ids: [CREDENTIAL_CONFIGURATION],
      grants: { [PRE_AUTHORIZED_GRANT]: { 'pre-authorized_code': code } },
    };
    return {
      credentialOffer,
      offerUri: `openid-credential-offer://?credential_offer=${encodeURIComponent(JSON.stringify(credentialOffer))}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  async token(body: TokenRequestDto): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const redeemed = await redeemWalletCode(
      this.db.manager,
      sha256(body['pre-authorized_code']),
      now,
      sha256(token),
      new Date(now.getTime() + TOKEN_TTL_MS),
    );
    if (!redeemed)
      throw new BadRequestException(
        coded('wallet.invalid_grant', 'pre-authorized_code', 'the code is unknown, expired or already used'),
      );
    return { access_token: token, token_type: 'Bearer', expires_in: TOKEN_TTL_MS / 1000 };
  }

  /** A fresh nonce for the wallet's key proof: stateless, an HMAC of its time and randomness under the session secret. */
  nonce(): { c_nonce: string; c_nonce_expires_in: number } {
    const stamp = this.clock.now().getTime().toString(36);
    const random = randomBytes(12).toString('base64url');
    return { c_nonce: `${stamp}.${random}.${this.mac(`${stamp}.${random}`)}`, c_nonce_expires_in: NONCE_TTL_MS / 1000 };
  }

  private mac(value: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(`oid4vci-nonce:${value}`).digest('base64url');
  }

  private nonceValid(nonce: unknown): boolean {
    if (typeof nonce !== 'string') return false;
    const [stamp, random, mac] = nonce.split('.');
    if (!stamp || !random || !mac) return false;
    const expected = Buffer.from(this.mac(`${stamp}.${random}`));
    const given = Buffer.from(mac);
    const age = this.clock.now().getTime() - parseInt(stamp, 36);
    return expected.length === given.length && timingSafeEqual(expected, given) && age >= -60_000 && age < NONCE_TTL_MS;
  }

  async credential(
    authorization: string | undefined,
    body: WalletCredentialRequestDto,
  ): Promise<{ credentials: { credential: string }[] }> {
    const token = /^Bearer ([A-Za-z0-9_-]{20,100})$/i.exec(authorization ?? '')?.[1];
    const tokenHash = token ? sha256(token) : '';
    if (!token || !(await walletTokenKnown(this.db.manager, tokenHash, this.clock.now())))
      throw new UnauthorizedException(
        coded('wallet.invalid_token', 'authorization', 'the access token is unknown, expired or used'),
      );
    if (body.credential_configuration_id !== CREDENTIAL_CONFIGURATION)
      throw new BadRequestException(
        coded(
          'wallet.unsupported_credential',
          'credential_configuration_id',
          `only ${CREDENTIAL_CONFIGURATION} is offered`,
        ),
      );
    const proof = body.proofs?.jwt?.[0] ?? (body.proof?.proof_type === 'jwt' ? body.proof.jwt : undefined);
    const holderDid = await this.holderOf(proof);
    const jwt = await runInTransaction(this.db, async (manager) => {
      const claimed = await claimWalletToken(manager, tokenHash, this.clock.now(), holderDid);
      if (!claimed)
        throw new UnauthorizedException(
          coded('wallet.invalid_token', 'authorization', 'the access token is unknown, expired or used'),
        );
      await this.audit.record(manager, null, {
        action: 'certification.wallet_issue',
        entityType: 'certification',
        entityId: claimed.certification_id,
        details: { holderDid },
      });
      return this.issuer.boundTo(claimed.credential, holderDid);
    });
    return { credentials: [{ credential: jwt }] };
  }

  /** The DID whose key signed the proof (`jwk` in its header, or a `did:jwk` key id), after checking the proof. */
  private async holderOf(proof: string | undefined): Promise<string> {
    const refuse = (why: string) => new BadRequestException(coded('wallet.invalid_proof', 'proofs', why));
    if (!proof) throw refuse('a jwt proof of the wallet’s key is required');
    let header;
    try {
      header = decodeProtectedHeader(proof);
    } catch {
      throw refuse('the proof is not a JWT');
    }
    if (header.typ !== 'openid4vci-proof+jwt') throw refuse('the proof’s typ must be openid4vci-proof+jwt');
    if (!header.alg || !PROOF_ALGS.includes(header.alg))
      throw refuse(`the proof must be signed with ${PROOF_ALGS.join(' or ')}`);
    let jwk: JWK | undefined = header.jwk as JWK | undefined;
    if (!jwk && header.kid?.startsWith('did:jwk:')) {
      try {
        jwk = JSON.parse(Buffer.from(header.kid.slice(8).split('#')[0], 'base64url').toString('utf8'));
      } catch {
        throw refuse('the did:jwk key id does not hold a JWK');
      }
    }
    if (!jwk || typeof jwk !== 'object') throw refuse('the proof must carry its key (jwk, or a did:jwk key id)');
    if ('d' in jwk) throw refuse('the proof carries a private key');
    try {
      const { payload } = await jwtVerify(proof, await importJWK(jwk, header.alg), {
        audience: this.config.publicUrl,
        currentDate: this.clock.now(),
        maxTokenAge: '10m',
        clockTolerance: 60,
        algorithms: PROOF_ALGS,
        typ: 'openid4vci-proof+jwt',
      });
      if (!this.nonceValid(payload.nonce)) throw refuse('the proof’s nonce is unknown or expired');
    } catch (error) {
      if (error instanceof BadRequestException) throw error;
      throw refuse('the proof’s signature, audience or time does not check out');
    }
    return didJwkOf(jwk);
  }
}
