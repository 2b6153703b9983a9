import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@/components/ui/form-error';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useDownloadImportInvitations } from '@/features/officer-imports/api/download-import-invitations';
import { officerImportErrorsHref, useOfficerImport } from '@/features/officer-imports/api/get-officer-import';
import { usePreviewOfficerImport } from '@/features/officer-imports/api/preview-officer-import';
import { useStartOfficerImport } from '@/features/officer-imports/api/start-officer-import';
import { officerFileContentType } from '@/features/officer-imports/lib/file-type';
import { OfficerImportPreviewTable } from './officer-import-preview';

/**
 * Bulk onboarding of one unit: choose a CSV or XLSX file, see what each row would do (nothing is written),
 * apply it (a job, with its progress), then download the refused rows and, unless the invitations went out by
 * e-mail, the new officers' one-time invitation links.
 */
export function OfficerImportFlow({ policeUnitId }: { policeUnitId: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const [importId, setImportId] = useState<string>();
  const preview = usePreviewOfficerImport();
  const start = useStartOfficerImport();
  const applied = useOfficerImport(importId);
  const invitations = useDownloadImportInvitations();

  const choose = (next: File | null) => {
    setFile(next);
    setWrongType(false);
    setImportId(undefined);
    preview.reset();
    start.reset();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    const contentType = officerFileContentType(file.name);
    setWrongType(!contentType);
    if (contentType) preview.mutate({ policeUnitId, file, contentType });
  };
  const apply = () => {
    const contentType = file && officerFileContentType(file.name);
    if (!file || !contentType) return;
    start.mutate(
      { policeUnitId, file, fileName: file.name, contentType },
      { onSuccess: (started) => setImportId(started.id) },
    );
  };
  const current = applied.data;
  const applicable = preview.data ? preview.data.counts.new + preview.data.counts.update : 0;

  return (
    <>
      <section className="section" aria-labelledby={`${inputId}-heading`}>
        <h2 id={`${inputId}-heading`}>{t('officerImport.fileTitle')}</h2>
        <p className="muted">{t('officerImport.format')}</p>
        <form className="form" onSubmit={submit} aria-describedby={preview.isError ? errorId : undefined}>
          <div className="field">
            <label htmlFor={inputId}>{t('officerImport.file')}</label>
            <input
              id={inputId}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => choose(e.target.files?.[0] ?? null)}
            />
          </div>
          <div className="actions">
            <button
              type="submit"
              className="button"
              disabled={!file || preview.isPending}
              aria-busy={preview.isPending}
            >
              {t('officerImport.preview')}
            </button>
          </div>
        </form>
        {wrongType ? (
          <div className="alert alert--error" role="alert">
            <p>{t('officerImport.wrongType')}</p>
          </div>
        ) : null}
        <FormError id={errorId} error={preview.error} title={t('officerImport.notRead')} />
      </section>

      {preview.data ? <OfficerImportPreviewTable key={file?.name} preview={preview.data} /> : null}

      {preview.data && !importId ? (
        <section className="section" aria-labelledby={`${inputId}-apply`}>
          <h2 id={`${inputId}-apply`}>{t('officerImport.applyTitle')}</h2>
          <p className="muted">{t('officerImport.applyHint')}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={apply}
              disabled={start.isPending || applicable === 0}
              aria-busy={start.isPending}
            >
              {t('officerImport.apply', { total: applicable })}
            </button>
          </div>
          <FormError id={`${errorId}-apply`} error={start.error} title={t('officerImport.notApplied')} />
        </section>
      ) : null}

      {current ? (
        <section className="section" aria-labelledby={`${inputId}-result`} aria-live="polite">
          <h2 id={`${inputId}-result`}>{t('officerImport.resultTitle')}</h2>
          {current.status === 'queued' ? (
            <ProgressBar
              label={t('officerImport.progress', { done: current.progress.done, total: current.progress.total })}
              value={current.progress.total ? (100 * current.progress.done) / current.progress.total : 0}
            />
          ) : null}
          {current.status === 'applied' ? (
            <div className="alert alert--success" role="status">
              <p>
                {t('officerImport.applied', {
                  new: current.counts.new,
                  update: current.counts.update,
                  unchanged: current.counts.unchanged,
                  error: current.counts.error,
                })}
              </p>
            </div>
          ) : null}
          {current.status === 'failed' ? (
            <div className="alert alert--error" role="alert">
              <p>{t('officerImport.failed')}</p>
            </div>
          ) : null}
          {current.status === 'applied' ? (
            <div className="actions">
              {current.counts.error > 0 ? (
                <a className="button button--secondary" href={officerImportErrorsHref(current.id)} download>
                  {t('officerImport.errorReport')}
                </a>
              ) : null}
              {current.counts.new > 0 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => invitations.mutate(current.id)}
                  disabled={invitations.isPending}
                  aria-busy={invitations.isPending}
                >
                  {t('officerImport.invitations')}
                </button>
              ) : null}
            </div>
          ) : null}
          {current.status === 'applied' && current.counts.new > 0 ? (
            <p className="muted">
              {current.invitationsEmailed ? t('officerImport.invitationsEmailed') : t('officerImport.invitationsHint')}
            </p>
          ) : null}
          <FormError id={`${errorId}-invitations`} error={invitations.error} />
        </section>
      ) : null}
    </>
  );
}
