import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { coded } from '../../../../core/errors/coded';
import { OfficerImportPreviewDto } from '../../dtos/officer-import.dto';
import { readOfficerImportFile } from '../../officer-import-file';
import { OfficerImportPolicy } from '../../officer-import.policy';
import { policeUnitExists, selectAccountsByEmail } from '../../officer-import.queries';
import { classifyLines, countVerdicts, type RowVerdict } from '../../officer-import-rows';
import type { OfficerImportFileCommand } from './preview-officer-import.command';

/** A verdict as the preview and the import's rows show it. */
export function toRowDto(v: RowVerdict) {
  return {
    rowNumber: v.rowNumber,
    email: v.email,
    name: v.name,
    language: v.language,
    status: v.status,
    changes: v.changes,
    problems: v.problems,
  };
}

/**
 * What a file would do to a unit, row by row, writing nothing: new, update, unchanged or error (column and
 * reason). Reads the accounts of the file's e-mails only; of another unit's it says `exists_elsewhere`.
 */
@Injectable()
export class PreviewOfficerImportUseCase {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async execute(command: OfficerImportFileCommand): Promise<OfficerImportPreviewDto> {
    OfficerImportPolicy.assertCanImportFor(command.actor, command.policeUnitId);
    await assertUnitExists(this.db, command.policeUnitId);
    const lines = await readOfficerImportFile(command.bytes, command.format);
    const emails = [...new Set(lines.map((l) => l.email.toLowerCase()).filter(Boolean))];
    const accounts = await selectAccountsByEmail(this.db.manager, emails);
    const verdicts = classifyLines(lines, new Map(accounts.map((a) => [a.email, a])), command.policeUnitId);
    return { totalRows: lines.length, counts: countVerdicts(verdicts), rows: verdicts.map(toRowDto) };
  }
}

export async function assertUnitExists(db: DataSource, policeUnitId: string): Promise<void> {
  if (!(await policeUnitExists(db.manager, policeUnitId)))
    throw new NotFoundException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
}
