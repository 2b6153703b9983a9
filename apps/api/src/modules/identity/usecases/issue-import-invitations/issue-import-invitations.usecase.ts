import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../../core/auth/auth-user';
import { runInTransaction } from '../../../../core/database/transaction';
import { CsvColumn, csvLines } from '../../../reporting/csv';
import { exportStampText } from '../../../reporting/export-stamp';
import { Clock } from '../../../../core/clock/clock';
import { AccountLinksService } from '../../account-links.service';
import { selectOfficersAwaitingPassword } from '../../officer-import.queries';
import { OfficerImportService } from '../../officer-import.service';
import { NO_PASSWORD_HASH } from '../../password-hasher';

interface InvitationLine {
  email: string;
  name: string;
  link: string;
  expiresAt: string;
}

const COLUMNS: CsvColumn<InvitationLine>[] = [
  { header: 'email', value: (l) => l.email },
  { header: 'name', value: (l) => l.name },
  { header: 'link', value: (l) => l.link },
  { header: 'expiresAt', value: (l) => l.expiresAt },
];

/**
 * The one-time invitation links of the officers an import created who have not chosen a password yet, as CSV
 * for the coordinator to hand out (when no e-mail is configured, or a message went astray). Links are stored
 * only hashed, so each download issues them anew, in one transaction: earlier links of these officers,
 * e-mailed or downloaded, stop working. Names that look like formulas are neutralised by csvLines.
 */
@Injectable()
export class IssueImportInvitationsUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: OfficerImportService,
    private readonly links: AccountLinksService,
    private readonly clock: Clock,
  ) {}

  async execute(actor: AuthUser, importId: string): Promise<{ filename: string; lines: Iterable<string> }> {
    const found = await this.imports.get(actor, importId);
    const lines = await runInTransaction(this.db, async (manager) => {
      const officers = await selectOfficersAwaitingPassword(manager, importId, NO_PASSWORD_HASH);
      const out: InvitationLine[] = [];
      for (const o of officers) {
        const issued = await this.links.issueInvitation(manager, o.id, actor);
        out.push({ email: o.email, name: o.display_name, link: issued.url, expiresAt: issued.expiresAt.toISOString() });
      }
      return out;
    });
    this.links.relayMail();
    const stamp = await exportStampText(this.db.manager, actor, this.clock.now());
    return { filename: `officer-import-${found.id}-invitations.csv`, lines: csvLines(COLUMNS, lines, stamp) };
  }
}
