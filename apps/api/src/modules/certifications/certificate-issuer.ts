import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { CredentialSigner } from './credential-signer';
import { openBadgeCredential } from './open-badge';

export interface ProgrammeRow {
  id: string;
  name: string;
  description: string;
  course_ids: string[];
  required_count: number;
  validity_months: number;
  recertification_window_days: number;
  skills: string[];
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    manager: EntityManager,
    p: ProgrammeRow,
    holder: { id: string; display_name: string },
    issuedAt: Date,
    validFrom: Date,
    previousId: string | null,
  ): Promise<string> {
    const expiresAt = addMonths(validFrom, p.validity_months);
    const [row] = await manager.query(
      `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, public_code, previous_id, credential)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '') RETURNING id, status_list_index`,
      [p.id, holder.id, issuedAt, validFrom, expiresAt, randomBytes(16).toString('base64url'), previousId],
    );
    const courses: { title: string }[] = await manager.query(
      `SELECT title FROM course WHERE id = ANY($1) ORDER BY code`,
      [p.course_ids],
    );
    const criteria =
      p.required_count === p.course_ids.length
        ? `Completed every course of the programme: ${courses.map((c) => c.title).join('; ')}.`
        : `Completed ${p.required_count} of these courses: ${courses.map((c) => c.title).join('; ')}.`;
    const credential = openBadgeCredential({
      certificationId: row.id,
      publicUrl: this.config.publicUrl,
      holderName: holder.display_name,
      programme: { id: p.id, name: p.name, description: p.description, skills: p.skills, criteria },
      validFrom,
      validUntil: expiresAt,
      statusListIndex: row.status_list_index,
    });
    await manager.query(`UPDATE certification SET credential = $2 WHERE id = $1`, [
      row.id,
      await this.signer.sign(credential),
    ]);
    return row.id;
  }
}
