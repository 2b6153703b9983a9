import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { erasedOfficerEmail, erasedOfficerName } from '@icspa/domain';
import { Clock } from '../../../../core/clock/clock';
import { Where } from '../../../../core/database/where';
import { coded } from '../../../../core/errors/coded';
import { AuditService } from '../../../audit/audit.service';
import { CertificationsService } from '../../../certifications/certifications.service';
import { NO_PASSWORD_HASH } from '../../../identity/password-hasher';
import { sessionFactsChanged } from '../../../identity/session-cache';
import { DataRightsPolicy } from '../../data-rights.policy';
import {
  blankMailTo,
  deleteAccountSecrets,
  drawPseudonymCode,
  eraseAccount,
  replaceFormerIdentities,
  replaceNameEverywhere,
  selectFormerIdentities,
  selectSubject,
  type ErasureValues,
} from '../../data-rights.queries';
import type { EraseOfficerCommand, ErasureResult } from './erase-officer.command';

/**
 * Erases an officer's personal data, in the caller's transaction: the account keeps its id, enrolments, scores,
 * attendance and certifications (so uptake figures and verification are unchanged) under the placeholder name
 * "Erased officer KZ-3F9" and a non-deliverable address; password, sessions, links, calendar feeds, preferences
 * and wallet offers go; the old name and e-mail are replaced wherever the platform wrote them (audit details,
 * notification parameters, e-mails, import lines, reasons, queued jobs) and the signed credentials are signed
 * again under the placeholder with the same salted identifiers. The access log stays (it is about its readers).
 * One audit record states the actor, the reason and the counts, never the old name or e-mail.
 */
@Injectable()
export class EraseOfficerUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly certifications: CertificationsService,
    private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, command: EraseOfficerCommand): Promise<ErasureResult> {
    const scope = command.actor
      ? DataRightsPolicy.subjectScope(command.actor)
      : new Where().raw(`u.role IN ('officer', 'coordinator')`);
    const subject = await selectSubject(manager, scope, command.officerId, true);
    if (!subject) throw new NotFoundException(coded('user.not_found', 'id', 'no such user'));
    if (subject.erased_at)
      throw new ConflictException(coded('user.already_erased', 'id', 'the account’s personal data was erased'));
    const at = this.clock.now();
    // Read before anything changes: the names and e-mails the account had, from its own audit events.
    const former = await selectFormerIdentities(manager, subject.id);
    const code = await drawPseudonymCode(manager);
    const values: ErasureValues = {
      officerId: subject.id,
      oldName: subject.display_name,
      oldEmail: subject.email,
      newName: erasedOfficerName(code),
      newEmail: erasedOfficerEmail(subject.id),
      at,
      noPasswordHash: NO_PASSWORD_HASH,
    };
    // The account first: the audit trigger lets details change only while this transaction has erased it.
    await eraseAccount(manager, values);
    const counts: Record<string, number> = { ...(await deleteAccountSecrets(manager, subject.id)) };
    counts.email_message_to_officer = await blankMailTo(manager, values);
    for (const [table, n] of Object.entries(await replaceNameEverywhere(manager, values)))
      counts[table] = (counts[table] ?? 0) + n;
    counts.audit_event_former_identity = await replaceFormerIdentities(manager, values, former);
    counts.credential_resigned = await this.certifications.resignHolder(manager, subject.id, values.newName);
    await sessionFactsChanged(manager, [subject.id]);
    const reason = command.reason
      .split(values.oldName)
      .join(values.newName)
      .split(values.oldEmail)
      .join(values.newEmail);
    await this.audit.record(manager, command.actor, {
      action: 'app_user.erasure',
      entityType: 'app_user',
      entityId: subject.id,
      details: { reason, retention: command.actor === null, counts },
    });
    return { officerId: subject.id, name: values.newName, erasedAt: at, counts };
  }

  /** The erasure in a transaction of its own. */
  run(command: EraseOfficerCommand): Promise<ErasureResult> {
    return this.db.transaction((manager) => this.execute(manager, command));
  }
}
