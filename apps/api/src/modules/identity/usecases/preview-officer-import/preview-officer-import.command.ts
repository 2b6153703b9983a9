import type { AuthUser } from '../../../../core/auth/auth-user';
import type { OfficerImportFormat } from '../../officer-import-file';

export interface OfficerImportFileCommand {
  actor: AuthUser;
  policeUnitId: string;
  format: OfficerImportFormat;
  /** The uploaded file's bytes (at most OFFICER_IMPORT_MAX_BYTES: the body parser refused more). */
  bytes: Buffer;
  fileName?: string;
}
