import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { CERTIFICATE_PHRASES, ENGLISH } from './certificate-phrases';
import {
  courseTitles,
  HolderRow,
  insertCertification,
  publishedProgrammeTexts,
  setCredential,
} from './certifications.queries';
import { CredentialSigner } from './credential-signer';
import { openBadgeCredential } from './open-badge';
import { ProgrammeRow } from './programmes.queries';

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
    const expiresAt = addMonths(validFrom, p.validity_months);
    const row = await insertCertification(manager, {
      programmeId: p.id,
      holderId: holder.id,
      issuedAt,
      validFrom,
      expiresAt,
      publicCode: randomBytes(16).toString('base64url'),
      previousId,
    });
    // The achievement in the holder's language when the programme is published in it, else in English;
    // the other published languages ride along as related achievements.
    const source = p.source_locale ?? ENGLISH;
    const translations = await publishedProgrammeTexts(manager, p.id);
    const own = translations.find((t) => t.locale === holder.locale && t.locale !== source);
    const locale = own ? own.locale : source;
    const phrases = CERTIFICATE_PHRASES[locale] ?? CERTIFICATE_PHRASES[ENGLISH];
    const titles = (await courseTitles(manager, p.course_ids, locale)).join(locale === 'zh-CN' ? '；' : '; ');
    const criteria =
      p.required_count === p.course_ids.length
        ? phrases.criteriaAll(titles)
        : phrases.criteriaSome(p.required_count, titles);
    const credential = openBadgeCredential({
      certificationId: row.id,
      publicUrl: this.config.publicUrl,
      holderName: holder.display_name,
      programme: {
        id: p.id,
        name: own?.name ?? p.name,
        description: own?.description || p.description,
        skills: p.skills,
        criteria,
        inLanguage: locale,
        relatedLocales: [...new Set([source, ...translations.map((t) => t.locale)])].filter((l) => l !== locale),
      },
      validFrom,
      validUntil: expiresAt,
      statusListIndex: row.status_list_index,
    });
    await setCredential(manager, row.id, await this.signer.sign(credential));
    return row.id;
  }
}
