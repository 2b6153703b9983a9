import { OFFICER_IMPORT_FILE_TYPES } from '@icspa/domain';

/** The content type the API reads a file as, by its extension (browsers disagree on a CSV's `type`). */
export function officerFileContentType(name: string): string | undefined {
  if (/\.csv$/i.test(name)) return OFFICER_IMPORT_FILE_TYPES.csv[0];
  if (/\.xlsx$/i.test(name)) return OFFICER_IMPORT_FILE_TYPES.xlsx[0];
  return undefined;
}
