import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { keysetWindow, nextCursor } from '../../core/http/pagination.dto';
import { pageTotal } from '../../core/database/sql';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { presentCertification } from './certification.presenter';
import type { ReaderLanguages } from '../translations/reader-languages';
import { TranslationsService } from '../translations/translations.service';
import {
  CertificationListRow,
  CertificationRow,
  CERTIFICATION_LIST_FROM,
  afterCertification,
  expireDue,
  findCertification,
  listCertifications,
  lockCertification,
  lockCredentialsOfHolder,
  markRemindersDue,
  markRevoked,
  REMINDER_DAYS,
  setCredential,
} from './certifications.queries';
import { CertificateIssuer } from './certificate-issuer';
import type { RevocationCategory } from '@icspa/domain';
import { markStatusListChanged } from './status-lists.queries';
import { personSearchSql, searchQuery } from '../identity/person-search';
import { CertificationsPolicy } from './certifications.policy';
import { CredentialSigner } from './credential-signer';
import { CertificationListQueryDto, CertificationResponseDto, CredentialResponseDto } from './dtos/certification.dto';
import { coded } from '../../core/errors/coded';

/** Certifications held: reading them, their credentials, revoking them, and their daily life (expiry, reminders). */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signer: CredentialSigner,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly translations: TranslationsService,
    private readonly issuer: CertificateIssuer,
  ) {}

  /**
   * The one re-signing of a holder's credentials: they were marked protected (`holderName` null), no longer are
   * (their name), or were erased (the placeholder name). Every signed credential of theirs, revoked ones too (a
   * revoked credential still verifies as revoked and must not keep a name it should not), is locked and signed
   * again in the caller's transaction, keeping its id, status entry, code and salted identifiers. Unsigned rows
   * (credential still being prepared, `''`) are left to their issuing. Answers how many were re-signed.
   */
  async resignHolder(manager: EntityManager, holderId: string, holderName: string | null): Promise<number> {
    const rows = await lockCredentialsOfHolder(manager, holderId);
    for (const row of rows)
      await setCredential(manager, row.id, await this.issuer.resigned(row.credential, holderName));
    return rows.length;
  }

  /** Officers see their own (every certification they ever held); admins all, with filters. */
  /** The programme names of certifications in the reader's language (admins: as written). */
  private async translated(
    user: AuthUser,
    reader: ReaderLanguages | undefined,
    items: CertificationResponseDto[],
  ): Promise<CertificationResponseDto[]> {
    if (!reader || CertificationsPolicy.readsSource(user)) return items;
    const texts = await this.translations.resolve(
      'certification_programme',
      items.map((i) => i.programmeId),
      await this.translations.readerLocales(reader),
    );
    return items.map((i) => {
      const name = texts.get(i.programmeId)?.fields.name;
      return typeof name === 'string' ? { ...i, programmeName: name } : i;
    });
  }

  async list(user: AuthUser, query: CertificationListQueryDto, reader?: ReaderLanguages) {
    const { page, pageSize, skip, after } = keysetWindow(query, 2);
    const filtered = CertificationsPolicy.certificationListScope(user, query.holderId);
    if (query.status) filtered.add('c.status = ?', query.status);
    if (query.programmeId) filtered.add('c.programme_id = ?', query.programmeId);
    // Holder search inside the scope: a holder's own list stays theirs whatever they type.
    const q = searchQuery(query.q);
    const search = q ? personSearchSql(q, (v) => filtered.param(v)) : null;
    if (search) filtered.raw(`c.holder_id IN (SELECT hs.id FROM app_user hs WHERE ${search.condition('hs')})`);
    // A search is ranked, not in the cursor's order: it pages by number only.
    if (search && after)
      throw new BadRequestException(coded('validation.invalid', 'after', 'a search pages by page number only'));
    const where = after ? afterCertification(filtered.copy(), after) : filtered.copy();
    const rows = await listCertifications(this.db.manager, where, pageSize, skip, search?.rank);
    const total = await pageTotal(
      this.db.manager,
      CERTIFICATION_LIST_FROM,
      filtered,
      { skip: after ? null : skip, pageSize },
      rows.length,
    );
    const items = await this.translated(
      user,
      reader,
      rows.map((r) => this.present(r)),
    );
    const last = rows[rows.length - 1];
    return {
      items,
      ...total,
      page,
      pageSize,
      nextCursor: search ? null : nextCursor(rows, pageSize, () => [last.valid_from_key, last.id]),
    };
  }

  async get(user: AuthUser, id: string, reader?: ReaderLanguages): Promise<CertificationResponseDto> {
    return (await this.translated(user, reader, [this.present(await this.row(user, id))]))[0];
  }

  /** One certification the user may see, or 404 (also when it is someone else's). */
  async row(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<CertificationRow> {
    const row = await findCertification(manager, CertificationsPolicy.certificationScope(user).add('c.id = ?', id));
    if (!row) throw new NotFoundException(coded('certification.not_found', 'id', 'no such certification'));
    return row;
  }

  present(row: CertificationListRow): CertificationResponseDto {
    return presentCertification(row, this.clock.now(), this.config.publicUrl);
  }

  async revoke(
    actor: AuthUser,
    id: string,
    reason: string,
    category: RevocationCategory = 'other',
  ): Promise<CertificationResponseDto> {
    await this.db.transaction(async (manager) => {
      const row = await lockCertification(manager, id);
      if (!row) throw new NotFoundException(coded('certification.not_found', 'id', 'no such certification'));
      if (row.status === 'revoked')
        throw new ConflictException(coded('certification.already_revoked', 'status', 'already revoked'));
      await markRevoked(manager, id, this.clock.now(), reason, category);
      await markStatusListChanged(manager, row.status_list);
      await this.notifications.notify(manager, [row.holder_id], 'certification.revoked', {
        programmeName: row.name,
        certificationId: id,
        reason,
      });
      await this.audit.record(manager, actor, {
        action: 'certification.revoke',
        entityType: 'certification',
        entityId: id,
        details: { reason, category },
      });
    });
    return this.get(actor, id);
  }

  async credential(user: AuthUser, id: string): Promise<CredentialResponseDto> {
    const row = await this.row(user, id);
    // Written but not yet signed (the issue-certifications job signs it): nothing to hand out yet.
    if (!row.credential)
      throw new ConflictException(
        coded('certification.credential_pending', 'id', 'the signed credential is being prepared; try again shortly'),
      );
    const payload = JSON.parse(Buffer.from(row.credential.split('.')[1], 'base64url').toString('utf8'));
    const header = JSON.parse(Buffer.from(row.credential.split('.')[0], 'base64url').toString('utf8'));
    return { jwt: row.credential, credential: payload, jwksUrl: this.signer.jwksUrl, keyId: header.kid };
  }

  /** Daily: marks expired certifications and sends the 60/30/7-day reminders, each once. */
  async runLifecycle(): Promise<{ expired: number; reminded: number }> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const expired = await expireDue(manager, now);
      for (const e of expired)
        await this.notifications.notify(manager, [e.holder_id], 'certification.expired', { certificationId: e.id });
      let reminded = 0;
      for (const days of REMINDER_DAYS) {
        for (const d of await markRemindersDue(manager, now, days)) {
          await this.notifications.notify(manager, [d.holder_id], 'certification.expiring', {
            programmeName: d.name,
            certificationId: d.id,
            days,
            expiresAt: d.expires_at.toISOString(),
          });
          reminded++;
        }
      }
      return { expired: expired.length, reminded };
    });
  }
}
