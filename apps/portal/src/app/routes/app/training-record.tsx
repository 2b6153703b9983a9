import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { DataRightsPanel } from '@/features/data-rights/components/data-rights-panel';
import { useFormat } from '@/hooks/use-format';
import {
  trainingRecordCsvHref,
  trainingRecordPdfHref,
  useTrainingRecord,
} from '@/features/training-records/api/get-training-record';
import { TrainingRecordView } from '@/features/training-records/components/training-record-view';

/** One officer's training record: the officer, their unit's coordinator and admins (the API decides). */
export function TrainingRecordRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { officerId = '' } = useParams();
  const record = useTrainingRecord(officerId);
  const me = useSignedInUser();
  const name = record.data?.officer.name;
  const self = me?.id === officerId;
  // Admins erase; the officer's coordinator asks the admins to (the API decides who sees the record at all).
  const erasure = me?.role === 'admin' ? 'erase' : me?.role === 'coordinator' && !self ? 'request' : null;
  return (
    <Page
      title={name ? t('trainingRecord.titleOf', { name }) : t('trainingRecord.title')}
      description={
        record.data
          ? [record.data.officer.policeUnitName, t('trainingRecord.asOf', { date: format.date(record.data.asOf) })]
              .filter(Boolean)
              .join(' · ')
          : undefined
      }
      actions={
        <>
          <a className="button button--secondary" href={trainingRecordPdfHref(officerId)} download>
            {t('trainingRecord.downloadPdf')}
          </a>
          <a className="button button--secondary" href={trainingRecordCsvHref(officerId)} download>
            {t('trainingRecord.downloadCsv')}
          </a>
        </>
      }
    >
      <QueryState query={record} loadingLabel={t('trainingRecord.loading')}>
        {(data) => (
          <>
            <TrainingRecordView record={data} />
            <DataRightsPanel officerId={officerId} officerName={data.officer.name} self={self} erasure={erasure} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
