import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../../core/auth/auth-user';
import { Clock } from '../../../../core/clock/clock';
import { runInTransaction } from '../../../../core/database/transaction';
import { AuditService, type AuditEntry } from '../../../audit/audit.service';
import { lockUsersInIdOrder } from '../../identity.queries';
import { AccountLinksService } from '../../account-links.service';
import {
  finishImport,
  insertOfficers,
  lockQueuedImport,
  lockUnitImports,
  recordLineOutcomes,
  selectAccountsByEmail,
  selectImportLines,
  updateOfficers,
} from '../../officer-import.queries';
import { classifyLines, countVerdicts, type RowVerdict } from '../../officer-import-rows';
import { NO_PASSWORD_HASH } from '../../password-hasher';

/** Rows written between two progress reports. */
export const APPLY_SLICE = 500;

export interface ApplyOfficerImportCommand {
  importId: string;
  /** Told after each slice of rows: how many are done of how many. */
  onProgress?: (done: number, total: number) => Promise<void> | void;
}

export type ApplyOfficerImportResult = { applied: false } | { applied: true; counts: ReturnType<typeof countVerdicts> };

/**
 * Applies a queued import in one transaction: every line is judged again against the accounts as they are now
 * (the preview may be old), new officers are inserted, changed ones updated, each account's change audited,
 * each line's outcome recorded. Imports of one unit run one after another (an advisory lock), so the same file
 * applied twice at once creates its officers once and finds them unchanged the second time; an e-mail taken
 * meanwhile by another unit's import is skipped by the unique index and reported `exists_elsewhere`. An
 * import that is no longer queued (applied, failed, or a repeated job) is left alone. New officers have no
 * password (NO_PASSWORD_HASH) until they use their invitation.
 */
@Injectable()
export class ApplyOfficerImportUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly links: AccountLinksService,
  ) {}

  async execute({ importId, onProgress }: ApplyOfficerImportCommand): Promise<ApplyOfficerImportResult> {
    const result = await runInTransaction(this.db, async (manager): Promise<ApplyOfficerImportResult> => {
      const found = await lockQueuedImport(manager, importId);
      if (!found) return { applied: false };
      await lockUnitImports(manager, found.police_unit_id);
      // Another import of the unit may have finished while this one waited: read the accounts after the lock.
      const lines = (await selectImportLines(manager, importId)).map((l) => ({
        rowNumber: l.row_number,
        email: l.email,
        name: l.name,
        language: l.language,
      }));
      const now = this.clock.now();
      const emails = [...new Set(lines.map((l) => l.email.toLowerCase()).filter(Boolean))];
      const accounts = await selectAccountsByEmail(manager, emails);
      const verdicts = classifyLines(lines, new Map(accounts.map((a) => [a.email, a])), found.police_unit_id);
      const updating = verdicts.filter((v) => v.status === 'update').map((v) => v.userId!);
      await lockUsersInIdOrder(manager, updating);
      const createdIds: string[] = [];
      for (let from = 0; from < verdicts.length; from += APPLY_SLICE) {
        const slice = verdicts.slice(from, from + APPLY_SLICE);
        await this.applySlice(manager, found.police_unit_id, found.created_by, importId, slice, now);
        createdIds.push(...slice.filter((v) => v.status === 'new').map((v) => v.userId!));
        await recordLineOutcomes(manager, importId, slice);
        await onProgress?.(Math.min(from + APPLY_SLICE, verdicts.length), verdicts.length);
      }
      const counts = countVerdicts(verdicts);
      // With e-mail configured each new officer is invited now (the message is written with the account); without
      // it, the coordinator downloads the links (IssueImportInvitationsUseCase), which are never stored readable.
      const emailed = this.links.emails && createdIds.length > 0;
      if (emailed) {
        // The issuer is the import's author (only their id is read: the link's issuer and the audit's actor).
        const issuer = found.created_by ? ({ id: found.created_by } as AuthUser) : null;
        for (const id of createdIds) await this.links.issueInvitation(manager, id, issuer);
      }
      await finishImport(manager, importId, 'applied', counts, emailed, now);
      await this.audit.recordMany(manager, found.created_by, [
        {
          action: 'officer_import.apply',
          entityType: 'police_unit',
          entityId: found.police_unit_id,
          details: { importId, fileName: found.file_name, ...counts },
        },
      ]);
      return { applied: true, counts };
    });
    if (result.applied) this.links.relayMail();
    return result;
  }

  /** Writes one slice's new and changed officers; sets `userId` of the new ones (or turns a lost race into an error). */
  private async applySlice(
    manager: EntityManager,
    policeUnitId: string,
    actorId: string | null,
    importId: string,
    slice: RowVerdict[],
    now: Date,
  ): Promise<void> {
    const fresh = slice.filter((v) => v.status === 'new');
    const created = new Map(
      (await insertOfficers(manager, policeUnitId, NO_PASSWORD_HASH, fresh)).map((c) => [c.email, c.id]),
    );
    for (const v of fresh) {
      const id = created.get(v.email);
      if (id) v.userId = id;
      else Object.assign(v, { status: 'error', problems: [{ column: 'email', code: 'exists_elsewhere' }] });
    }
    const changed = slice.filter((v) => v.status === 'update');
    await updateOfficers(
      manager,
      policeUnitId,
      changed.map((v) => ({ id: v.userId!, name: v.name, language: v.language })),
      now,
    );
    const entries: AuditEntry[] = [
      ...fresh
        .filter((v) => v.status === 'new')
        .map((v) => ({
          action: 'app_user.create' as const,
          entityType: 'app_user',
          entityId: v.userId!,
          details: { email: v.email, role: 'officer', policeUnitId, importId },
        })),
      ...changed.map((v) => ({
        action: 'app_user.update' as const,
        entityType: 'app_user',
        entityId: v.userId!,
        details: {
          ...(v.changes.includes('name') ? { displayName: v.name } : {}),
          ...(v.changes.includes('language') ? { locale: v.language } : {}),
          importId,
        },
      })),
    ];
    await this.audit.recordMany(manager, actorId, entries);
  }
}
