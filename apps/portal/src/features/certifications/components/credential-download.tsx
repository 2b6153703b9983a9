import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { useFetchCredential } from '@/features/certifications/api/get-credential';
import type { Certification } from '@/features/certifications/api/get-certifications';
import { credentialFileContent, credentialFileName } from '@/features/certifications/lib/credential-file';
import { saveTextFile } from '@/lib/save-file';

/** Fetches the signed credential and saves `{ jwt, credential }` as a JSON file. */
export function CredentialDownload({
  certification,
  describedBy,
}: {
  certification: Certification;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const fetchCredential = useFetchCredential();
  const [saved, setSaved] = useState<string | null>(null);

  const download = () => {
    setSaved(null);
    fetchCredential.mutate(certification.id, {
      onSuccess: (credential) => {
        const fileName = credentialFileName(certification.programmeName, certification.validFrom);
        saveTextFile(fileName, credentialFileContent(credential), 'application/json');
        setSaved(fileName);
      },
    });
  };

  return (
    <div className="row-action">
      <button
        type="button"
        className="button button--secondary"
        onClick={download}
        disabled={fetchCredential.isPending}
        aria-busy={fetchCredential.isPending || undefined}
        aria-describedby={describedBy}
        title={t('certification.download.credentialHint')}
      >
        {fetchCredential.isPending
          ? t('certification.download.credentialPending')
          : t('certification.download.credential')}
      </button>
      <span
        role="status"
        className={fetchCredential.isError ? 'row-action__message row-action__message--error' : 'row-action__message'}
      >
        {fetchCredential.isError
          ? errorText(fetchCredential.error, t)
          : saved
            ? t('certification.download.credentialSaved', { file: saved })
            : ''}
      </span>
    </div>
  );
}
