/** What a holder saves: the signed credential (for verifiers) and its readable payload. */
export interface CredentialFile {
  jwt: string;
  credential: Record<string, unknown>;
}

/** A programme's name as a file-name part: ASCII letters and digits joined by dashes. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

/** `icspa-<programme>-<valid from>.credential.json`: tells apart the files of several certifications and renewals. */
export function credentialFileName(programmeName: string, validFrom: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(validFrom)?.[0];
  return `icspa-${slug(programmeName) || 'certification'}${day ? `-${day}` : ''}.credential.json`;
}

/** The file's text: only `{ jwt, credential }`, indented for people who open it. */
export function credentialFileContent(file: CredentialFile): string {
  return `${JSON.stringify({ jwt: file.jwt, credential: file.credential }, null, 2)}\n`;
}
