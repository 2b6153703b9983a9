import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import { type AccessLogEntry, useAccessLog } from '@/features/training-records/api/get-access-log';

const PAGE_SIZE = 20;

/** The page of the access log in the address (`?accessPage=`), so it survives a reload and can be shared. */
function pageOf(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * "Who accessed this record" (the officer's coordinator and admins) or "Who accessed my data" (the officer):
 * every read of the officer's data from outside their unit — reader, their organisation, what, when — newest
 * first, paged.
 */
export function AccessLogTable({
  officerId,
  own,
  hrefFor,
}: {
  officerId: string;
  own: boolean;
  hrefFor: (page: number) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const page = pageOf(params.get('accessPage'));
  const log = useAccessLog({ officerId, page, pageSize: PAGE_SIZE });
  const columns: Column<AccessLogEntry>[] = [
    {
      key: 'reader',
      header: t('trainingRecord.accessLog.columns.reader'),
      cell: (e) =>
        e.reader ? (
          <>
            {e.reader.name}
            <br />
            <small>{t(`roles.${e.reader.role}`, { defaultValue: e.reader.role })}</small>
          </>
        ) : (
          t('trainingRecord.accessLog.readerGone')
        ),
    },
    {
      key: 'organisation',
      header: t('trainingRecord.accessLog.columns.organisation'),
      cell: (e) => (!e.reader ? '' : (e.reader.organisationName ?? t('trainingRecord.accessLog.alliance'))),
    },
    {
      key: 'what',
      header: t('trainingRecord.accessLog.columns.what'),
      cell: (e) => {
        const what = t(`trainingRecord.accessLog.purposes.${e.purpose}`);
        return e.object.name ? t('trainingRecord.accessLog.whatOf', { what, object: e.object.name }) : what;
      },
    },
    {
      key: 'when',
      header: t('trainingRecord.accessLog.columns.when'),
      numeric: true,
      cell: (e) => <time dateTime={e.at}>{format.dateTime(e.at)}</time>,
    },
  ];
  const title = t(own ? 'trainingRecord.accessLog.titleOwn' : 'trainingRecord.accessLog.title');
  return (
    <section aria-labelledby="access-log-title" className="section">
      <h2 id="access-log-title">{title}</h2>
      <p>{t(own ? 'trainingRecord.accessLog.introOwn' : 'trainingRecord.accessLog.intro')}</p>
      <QueryState query={log} loadingLabel={t('trainingRecord.accessLog.loading')}>
        {(data) => (
          <>
            <Table
              caption={title}
              columns={columns}
              rows={data.items}
              rowKey={(e) => e.id}
              empty={t(own ? 'trainingRecord.accessLog.emptyOwn' : 'trainingRecord.accessLog.empty')}
              busy={log.isPlaceholderData}
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsEstimate={data.totalIsEstimate}
              hrefFor={hrefFor}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
