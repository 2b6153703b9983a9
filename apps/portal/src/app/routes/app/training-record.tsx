import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
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
  const name = record.data?.officer.name;
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
        {(data) => <TrainingRecordView record={data} />}
      </QueryState>
    </Page>
  );
}
