import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../core/clock/clock';
import { runInTransaction } from '../../../../core/database/transaction';
import { OutboxService } from '../../../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../../../core/queue/queue-registry';
import { OfficerImportResponseDto } from '../../dtos/officer-import.dto';
import { readOfficerImportFile } from '../../officer-import-file';
import { OfficerImportPolicy } from '../../officer-import.policy';
import { insertOfficerImport, insertOfficerImportLines } from '../../officer-import.queries';
import { OfficerImportService } from '../../officer-import.service';
import type { OfficerImportFileCommand } from '../preview-officer-import/preview-officer-import.command';
import { assertUnitExists } from '../preview-officer-import/preview-officer-import.usecase';

/**
 * Keeps the file's lines (as text) and queues their application (`apply-officer-import`, through the outbox
 * in the same transaction): nothing about officers is written here. Answers the queued import, which the
 * caller polls for progress.
 */
@Injectable()
export class StartOfficerImportUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly imports: OfficerImportService,
  ) {}

  async execute(command: OfficerImportFileCommand): Promise<OfficerImportResponseDto> {
    OfficerImportPolicy.assertCanImportFor(command.actor, command.policeUnitId);
    await assertUnitExists(this.db, command.policeUnitId);
    const lines = await readOfficerImportFile(command.bytes, command.format);
    const id = await runInTransaction(this.db, async (manager) => {
      const importId = await insertOfficerImport(manager, {
        policeUnitId: command.policeUnitId,
        createdBy: command.actor.id,
        fileName: (command.fileName ?? '').trim() || `officers.${command.format}`,
        format: command.format,
        totalRows: lines.length,
        createdAt: this.clock.now(),
      });
      await insertOfficerImportLines(manager, importId, lines);
      await this.outbox.write(manager, JobName.ApplyOfficerImport, { importId }, JOB_IDS.officerImport(importId));
      return importId;
    });
    this.outbox.relaySoon();
    return this.imports.get(command.actor, id);
  }
}
