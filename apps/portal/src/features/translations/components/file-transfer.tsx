import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, problemText } from '@/components/errors/error-text';
import type { ApiError } from '@/lib/api-client';
import {
  fileContentType,
  translationFileHref,
  useImportTranslations,
} from '@/features/translations/api/import-translations';

/**
 * Export and import of a course's strings, for a translator working offline: XLIFF 2.0 or PO. An import is
 * checked string by string (placeholders, Markdown structure) and saved as drafts all together, or not at all;
 * each refused string is listed.
 */
export function FileTransfer({ courseId, locale }: { courseId: string; locale: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const importFile = useImportTranslations(courseId, locale);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    const contentType = fileContentType(file.name);
    setWrongType(!contentType);
    if (contentType) importFile.mutate({ text: await file.text(), contentType });
  };
  const problems = (importFile.error as ApiError | null)?.problems ?? [];

  return (
    <section className="section" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('translations.files.title')}</h2>
      <p className="muted">{t('translations.files.description')}</p>
      <div className="actions">
        <a className="button button--secondary" href={translationFileHref(courseId, locale, 'xlf')} download>
          {t('translations.files.exportXliff')}
        </a>
        <a className="button button--secondary" href={translationFileHref(courseId, locale, 'po')} download>
          {t('translations.files.exportPo')}
        </a>
      </div>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={inputId}>{t('translations.files.choose')}</label>
          <input
            id={inputId}
            type="file"
            accept=".xlf,.xliff,.po"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="actions">
          <button
            type="submit"
            className="button"
            disabled={!file || importFile.isPending}
            aria-busy={importFile.isPending}
          >
            {t('translations.files.import')}
          </button>
        </div>
      </form>
      {wrongType ? (
        <div className="alert alert--error" role="alert">
          <p>{t('errors.translation_file.unknown_format')}</p>
        </div>
      ) : null}
      {importFile.isError ? (
        <div className="alert alert--error" role="alert">
          <p>
            <strong>{t('translations.files.notImported')}</strong>
            {problems.length === 0 ? ` ${errorText(importFile.error, t)}` : null}
          </p>
          {problems.length > 0 ? (
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  <code>{p.field}</code> {problemText({ ...p, field: undefined }, t)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {importFile.data ? (
        <div className="alert alert--success" role="status">
          <p>
            {t('translations.files.imported', {
              imported: importFile.data.imported,
              unchanged: importFile.data.unchanged,
              skipped: importFile.data.skipped,
            })}
          </p>
        </div>
      ) : null}
    </section>
  );
}
