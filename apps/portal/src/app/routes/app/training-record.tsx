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
import { AccessLogTable } from '@/features/training-records/components/access-log-table';
import { ProtectionSwitch } from '@/features/training-records/components/protection-switch';
import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';

/**
 * One officer's training record: the officer, their unit's coordinator and admins (the API decides). The
 * coordinator and admins also switch the officer's protection; everyone who reads the record reads who
 * accessed it from outside the unit (the officer: "Who accessed my data").
 */
export function TrainingRecordRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const format = useFormat();
  const { officerId = '' } = useParams();
  const record = useTrainingRecord(officerId);
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
        {(data) => {
          const own = self;
          const decides = !own && (me?.role === 'coordinator' || me?.role === 'admin');
          return (
            <>
              {data.officer.protected ? <Tag tone="info">{t('trainingRecord.protection.badge')}</Tag> : null}
              {decides ? <ProtectionSwitch officer={data.officer} /> : null}
              <TrainingRecordView record={data} />
              <DataRightsPanel officerId={officerId} officerName={data.officer.name} self={self} erasure={erasure} />
              <AccessLogTable
                officerId={data.officer.id}
                own={own}
                hrefFor={(page) =>
                  `${paths.app.trainingRecord.getHref({ officerId: data.officer.id })}${page > 1 ? `?accessPage=${page}` : ''}`
                }
              />
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
