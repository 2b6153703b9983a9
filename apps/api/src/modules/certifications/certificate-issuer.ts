import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  normaliseHolderEmail,
  normaliseHolderName,
  VERIFICATION_CODE_ALPHABET,
  VERIFICATION_CODE_LENGTH,
} from '@icspa/domain';
import { Clock } from '../../core/clock/clock';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { CERTIFICATE_PHRASES, ENGLISH } from './certificate-phrases';
import { TranslationsService } from '../translations/translations.service';
import { courseTitles, HolderRow, insertCertification, setCredential, setIdentitySalt } from './certifications.queries';
import { CredentialSigner } from './credential-signer';
import { identityHash, jwtPayload, openBadgeCredential, wholeSeconds } from './open-badge';
import { StatusListsService } from './status-lists.service';
import { programmeLanguages } from './programme-languages';
import { ProgrammeRow } from './programmes.queries';

/** A new verification code: 100 random bits in Crockford's base 32 (32 divides 256: no bias). */
export function newVerificationCode(): string {
  return [...randomBytes(VERIFICATION_CODE_LENGTH)].map((b) => VERIFICATION_CODE_ALPHABET[b & 31]).join('');
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Writes one certification row and its signed credential, in the caller's transaction. */
@Injectable()
export class CertificateIssuer {
  constructor(
    private readonly signer: CredentialSigner,
    private readonly translations: TranslationsService,
    private readonly statusLists: StatusListsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    manager: EntityManager,
    p: ProgrammeRow,
    holder: HolderRow,
    issuedAt: Date,
    validFrom: Date,
    previousId: string | null,
  ): Promise<string> {
    // Whole seconds: the JWT's nbf and exp (NumericDate) must equal validFrom and validUntil exactly.
    issuedAt = wholeSeconds(issuedAt);
    validFrom = wholeSeconds(validFrom);
    const expiresAt = addMonths(validFrom, p.validity_months);
    const status = await this.statusLists.allocate(manager);
    const salt = randomBytes(16).toString('hex');
    const row = await insertCertification(manager, {
      programmeId: p.id,
      holderId: holder.id,
      issuedAt,
      validFrom,
      expiresAt,
      publicCode: newVerificationCode(),
      previousId,
      statusList: status.list,
      statusListIndex: status.index,
      identitySalt: salt,
    });
    await this.sign(manager, p, holder, {
      id: row.id,
      statusList: status.list,
      statusListIndex: status.index,
      identitySalt: salt,
      validFrom,
      expiresAt,
    });
    return row.id;
  }

  /**
   * Signs the credential of a certification row (the one `issue` just wrote, or one written without its
   * credential, as the demo seed's train-the-trainer one is), so it verifies as every other does. A row
   * without an identity salt gets one here.
   */
  async sign(
    manager: EntityManager,
    p: ProgrammeRow,
    holder: HolderRow,
    cert: {
      id: string;
      statusList: number;
      statusListIndex: number;
      identitySalt: string | null;
      validFrom: Date;
      expiresAt: Date;
    },
  ): Promise<void> {
    const row = { id: cert.id };
    const status = { list: cert.statusList, index: cert.statusListIndex };
    const validFrom = wholeSeconds(cert.validFrom);
    const expiresAt = wholeSeconds(cert.expiresAt);
    const salt = cert.identitySalt ?? randomBytes(16).toString('hex');
    if (!cert.identitySalt) await setIdentitySalt(manager, cert.id, salt);
    // The achievement in the holder's language where the programme is published in it, else as written;
    // the other languages it is published in ride along as related achievements.
    const languages = await programmeLanguages(this.translations, manager, p.id, holder.locale);
    const locale = languages?.text.locale ?? ENGLISH;
    const phrases = CERTIFICATE_PHRASES[locale] ?? CERTIFICATE_PHRASES[ENGLISH];
    const courses = await courseTitles(manager, p.course_ids);
    const translated = await this.translations.resolve(
      'course',
      courses.map((c) => c.id),
      [locale],
      manager,
    );
    const titles = courses
      .map((c) => {
        const title = translated.get(c.id)?.fields.title;
        return typeof title === 'string' ? title : c.title;
      })
      .join(locale === 'zh-CN' ? '；' : '; ');
    const criteria =
      p.required_count === p.course_ids.length
        ? phrases.criteriaAll(titles)
        : phrases.criteriaSome(p.required_count, titles);
    const credential = openBadgeCredential({
      certificationId: row.id,
      publicUrl: this.config.publicUrl,
      issuerId: this.signer.issuerDid,
      // Unlinkable across the holder's credentials; a wallet that receives it through OID4VCI gets it bound to its DID.
      subjectId: `urn:uuid:${randomUUID()}`,
      // A protected officer's credential names them only through the salted identifiers below.
      holderName: holder.protected ? null : holder.display_name,
      identifiers: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: identityHash(normaliseHolderEmail(holder.email), salt),
          salt,
        },
        {
          type: 'IdentityObject',
          identityType: 'name',
          hashed: true,
          identityHash: identityHash(normaliseHolderName(holder.display_name), salt),
          salt,
        },
      ],
      programme: {
        id: p.id,
        name: languages?.text.name || p.name,
        description: languages?.text.description || p.description,
        skills: p.skills,
        criteria,
        inLanguage: locale,
        relatedLocales: languages?.others ?? [],
      },
      validFrom,
      validUntil: expiresAt,
      statusList: status.list,
      statusListIndex: status.index,
    });
    await setCredential(manager, row.id, await this.signer.sign(jwtPayload(credential, this.clock.now())));
  }

  /**
   * The stored credential signed again with the holder's name removed (`holderName` null: the holder was marked
   * protected), put back, or replaced (an erased officer's placeholder): the same credential otherwise (id, subject, dates, status entry, identifiers), so its
   * verification code, status list entry and salted identifiers keep working. Copies already handed out (a
   * downloaded `.jwt`, a wallet's) cannot be recalled.
   */
  async resigned(storedJwt: string, holderName: string | null): Promise<string> {
    const payload = JSON.parse(Buffer.from(storedJwt.split('.')[1], 'base64url').toString('utf8'));
    const { iss: _iss, jti: _jti, sub: _sub, nbf: _nbf, exp: _exp, iat: _iat, ...credential } = payload;
    const { name: _name, ...subject } = credential.credentialSubject ?? {};
    credential.credentialSubject = holderName === null ? subject : { ...subject, name: holderName };
    if (!String(credential.issuer?.id ?? '').startsWith('did:'))
      credential.issuer = { ...credential.issuer, id: this.signer.issuerDid };
    return this.signer.sign(jwtPayload(credential, this.clock.now()));
  }

  /**
   * The certification's credential signed again for a wallet that proved it holds `subjectId` (a DID):
   * the same credential (id, dates, status entry, identifiers), its subject and `sub` that DID.
   */
  async boundTo(storedJwt: string, subjectId: string): Promise<string> {
    const payload = JSON.parse(Buffer.from(storedJwt.split('.')[1], 'base64url').toString('utf8'));
    const { iss: _iss, jti: _jti, sub: _sub, nbf: _nbf, exp: _exp, iat: _iat, ...credential } = payload;
    credential.credentialSubject = { ...credential.credentialSubject, id: subjectId };
    if (!String(credential.issuer?.id ?? '').startsWith('did:'))
      credential.issuer = { ...credential.issuer, id: this.signer.issuerDid };
    return this.signer.sign(jwtPayload(credential, this.clock.now()));
  }
}
