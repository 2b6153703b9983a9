import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { courseTitles, HolderRow, insertCertification, setCredential } from './certifications.queries';
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
    const titles = await courseTitles(manager, p.course_ids);
    const criteria =
      p.required_count === p.course_ids.length
        ? `Completed every course of the programme: ${titles.join('; ')}.`
        : `Completed ${p.required_count} of these courses: ${titles.join('; ')}.`;
    const credential = openBadgeCredential({
      certificationId: row.id,
      publicUrl: this.config.publicUrl,
      holderName: holder.display_name,
      programme: { id: p.id, name: p.name, description: p.description, skills: p.skills, criteria },
      validFrom,
      validUntil: expiresAt,
      statusListIndex: row.status_list_index,
    });
    await setCredential(manager, row.id, await this.signer.sign(credential));
    return row.id;
  }
}
