import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { CERTIFICATE_PHRASES, ENGLISH } from './certificate-phrases';
import { TranslationsService } from '../translations/translations.service';
import { courseTitles, HolderRow, insertCertification, setCredential } from './certifications.queries';
import { CredentialSigner } from './credential-signer';
import { openBadgeCredential } from './open-badge';
import { programmeLanguages } from './programme-languages';
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
    private readonly translations: TranslationsService,
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
    await this.sign(manager, p, holder, { id: row.id, statusListIndex: row.status_list_index, validFrom, expiresAt });
    return row.id;
  }

  /**
   * Signs the credential of a certification row (the one `issue` just wrote, or one written without its
   * credential, as the demo seed's train-the-trainer certification is), so it verifies as every other does.
   */
  async sign(
    manager: EntityManager,
    p: ProgrammeRow,
    holder: HolderRow,
    cert: { id: string; statusListIndex: number; validFrom: Date; expiresAt: Date },
  ): Promise<void> {
    const row = { id: cert.id, status_list_index: cert.statusListIndex };
    const { validFrom, expiresAt } = cert;
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
      holderName: holder.display_name,
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
      statusListIndex: row.status_list_index,
    });
    await setCredential(manager, row.id, await this.signer.sign(credential));
  }
}
