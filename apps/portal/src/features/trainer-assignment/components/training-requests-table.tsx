import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { TrainingRequest } from '@/features/trainer-assignment/api/get-training-requests';
import { RequestStatusTag } from './request-status-tag';

interface TrainingRequestsTableProps {
  requests: readonly TrainingRequest[];
  busy?: boolean;
  /** Admins see every unit's requests: name the unit and its country. */
  showUnit?: boolean;
}

/** Requests with their course (a link to the request), period, delivery, language, seats and status. */
export function TrainingRequestsTable({ requests, busy, showUnit = false }: TrainingRequestsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<TrainingRequest>[] = [
    {
      key: 'course',
      header: t('assignment.requests.columns.course'),
      cell: (r) => <Link to={paths.app.trainingRequest.getHref({ requestId: r.id })}>{r.courseTitle}</Link>,
    },
    ...(showUnit
      ? [
          {
            key: 'unit',
            header: t('assignment.requests.columns.unit'),
            cell: (r: TrainingRequest) => r.policeUnitName,
          },
          {
            key: 'country',
            header: t('assignment.requests.columns.country'),
            cell: (r: TrainingRequest) => format.country(r.countryCode),
          },
        ]
      : []),
    {
      key: 'period',
      header: t('assignment.requests.columns.period'),
      cell: (r) => <time dateTime={r.startsAt}>{format.dateRange(r.startsAt, r.endsAt)}</time>,
    },
    {
      key: 'delivery',
      header: t('assignment.requests.columns.delivery'),
      cell: (r) => t(`deliveryMode.${r.deliveryMode}`),
    },
    { key: 'language', header: t('assignment.requests.columns.language'), cell: (r) => format.language(r.language) },
    {
      key: 'seats',
      header: t('assignment.requests.columns.seats'),
      numeric: true,
      cell: (r) => format.number(r.seats),
    },
    {
      key: 'status',
      header: t('assignment.requests.columns.status'),
      cell: (r) => <RequestStatusTag status={r.status} />,
    },
    {
      key: 'raised',
      header: t('assignment.requests.columns.raised'),
      numeric: true,
      cell: (r) => <time dateTime={r.createdAt}>{format.date(r.createdAt)}</time>,
    },
  ];
  return (
    <Table
      caption={t('assignment.requests.caption')}
      columns={columns}
      rows={requests}
      rowKey={(r) => r.id}
      empty={t('assignment.requests.empty')}
      busy={busy}
    />
  );
}
