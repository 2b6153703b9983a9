import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASURE_REASON_MAX } from '@icspa/domain';
import { FormError } from '@/components/ui/form-error';
import { TextAreaField, TextField } from '@/components/ui/fields';
import { QueryState } from '@/components/ui/query-state';
import { useFormat } from '@/hooks/use-format';
import { useEraseOfficer } from '../api/erase-officer';
import {
  personalDataJsonHref,
  personalDataPdfHref,
  useDataRights,
  type DataRightsSummary,
} from '../api/get-data-rights';

/** "2 years", "2 года", "2年": Intl says the number of years with the language's plural rules. */
function years(count: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(count);
}

/** How retention works for the officer's country, and where they stand in it. */
function RetentionText({ data, self }: { data: DataRightsSummary; self: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const who = self ? 'self' : 'officer';
  if (data.erasedAt) return <p role="status">{t('dataRights.erasedOn', { date: format.date(data.erasedAt) })}</p>;
  return (
    <>
      <p>
        {data.retentionYears === null
          ? t(`dataRights.retention.${who}.none`)
          : t(`dataRights.retention.${who}.years`, { duration: years(data.retentionYears, language) })}
      </p>
      {data.leftAt ? (
        <p className="muted">
          {data.erasureDueAt
            ? t('dataRights.leftDue', { left: format.date(data.leftAt), due: format.date(data.erasureDueAt) })
            : t('dataRights.left', { left: format.date(data.leftAt) })}
        </p>
      ) : null}
    </>
  );
}

/**
 * Admins erase (reason, and the officer's name typed to confirm: it cannot be undone); their unit's coordinator
 * sends the admins a request with a reason.
 */
function ErasureForm({
  officerId,
  officerName,
  mode,
}: {
  officerId: string;
  officerName: string;
  mode: 'erase' | 'request';
}) {
  const { t } = useTranslation();
  const erase = useEraseOfficer(officerId);
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const errorId = useId();
  const confirmed = mode === 'request' || typed.trim() === officerName.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (confirmed) erase.mutate(reason);
  };
  if (erase.data?.status === 'requested') return <p role="status">{t('dataRights.erasure.requested')}</p>;
  if (erase.data?.status === 'erased')
    return <p role="status">{t('dataRights.erasure.done', { name: erase.data.name ?? '' })}</p>;
  return (
    <form onSubmit={submit} aria-labelledby={`${errorId}-h`}>
      <h3 id={`${errorId}-h`}>{t(`dataRights.erasure.${mode}.title`)}</h3>
      <p className="muted">{t(`dataRights.erasure.${mode}.hint`)}</p>
      <FormError id={errorId} error={erase.error} labels={{ reason: t('dataRights.erasure.reason') }} />
      <TextAreaField
        label={t('dataRights.erasure.reason')}
        hint={t('dataRights.erasure.reasonHint')}
        value={reason}
        required
        minLength={3}
        maxLength={ERASURE_REASON_MAX}
        onChange={(e) => setReason(e.target.value)}
      />
      {mode === 'erase' ? (
        <TextField
          label={t('dataRights.erasure.confirmLabel', { name: officerName })}
          value={typed}
          autoComplete="off"
          onChange={(e) => setTyped(e.target.value)}
        />
      ) : null}
      <div className="actions">
        <button
          type="submit"
          className={mode === 'erase' ? 'button button--danger' : 'button'}
          disabled={!confirmed || reason.trim().length < 3 || erase.isPending}
        >
          {t(`dataRights.erasure.${mode}.submit`)}
        </button>
      </div>
    </form>
  );
}

/**
 * An officer's data rights on their profile ("My data") or on their training record (their coordinator, admins):
 * download everything the platform holds about them (JSON, readable PDF; each download is audited), how
 * retention works for their country, and — for admins and their coordinator — erasure.
 */
export function DataRightsPanel({
  officerId,
  officerName,
  self,
  erasure,
}: {
  officerId: string;
  officerName: string;
  /** The officer's own profile (the words speak to them). */
  self: boolean;
  /** What the reader may do about erasure: erase (admins), request it (their coordinator), nothing. */
  erasure: 'erase' | 'request' | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const summary = useDataRights(officerId);
  return (
    <section className="card section" aria-labelledby={id}>
      <h2 id={id}>{t(self ? 'dataRights.titleSelf' : 'dataRights.title')}</h2>
      <p className="muted">{t(self ? 'dataRights.hintSelf' : 'dataRights.hint')}</p>
      <div className="actions">
        <a className="button button--secondary" href={personalDataJsonHref(officerId)} download>
          {t('dataRights.downloadJson')}
        </a>
        <a className="button button--secondary" href={personalDataPdfHref(officerId)} download>
          {t('dataRights.downloadPdf')}
        </a>
      </div>
      <QueryState query={summary} loadingLabel={t('dataRights.loading')}>
        {(data) => (
          <>
            <RetentionText data={data} self={self} />
            {erasure && !data.erasedAt ? (
              <ErasureForm officerId={officerId} officerName={officerName} mode={erasure} />
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
