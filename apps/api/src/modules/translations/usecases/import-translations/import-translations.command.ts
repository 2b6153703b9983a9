import type { AuthUser } from '../../../../core/auth/auth-user';
import type { TranslationFileFormat } from '../../translation-files';

export interface ImportTranslationsCommand {
  actor: AuthUser;
  courseId: string;
  locale: string;
  format: TranslationFileFormat;
  /** The uploaded file as text. */
  text: string;
}
