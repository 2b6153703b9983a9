import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { Table, type Column } from '@/components/ui/table';
import {
  usePlanDelivery,
  type PlanDeliveryCountry,
  type PlanDeliveryQuarter,
} from '@/features/uptake/api/get-plan-delivery';
import { useFormat } from '@/hooks/use-format';
import { CountText, NotAvailable } from './figure-text';

type Figures = PlanDeliveryCountry | PlanDeliveryQuarter;

/**
 * Plan delivery: officers the approved workplans plan to train against those trained and certified — per
 * country beside the map, and for a country its quarters (plan against actual over time). Withheld areas show
 * dashes, as everywhere in uptake.
 */
export function PlanDeliverySection({ country, place }: { country?: string; place: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const delivery = usePlanDelivery(country);
  const figures: Column<Figures>[] = [
    {
      key: 'planned',
      header: t('uptake.planDelivery.planned'),
      numeric: true,
      cell: (r) => <CountText value={r.planned} />,
    },
    {
      key: 'trained',
      header: t('uptake.planDelivery.trained'),
      numeric: true,
      cell: (r) => <CountText value={r.trained} />,
    },
    {
      key: 'certified',
      header: t('uptake.planDelivery.certified'),
      numeric: true,
      cell: (r) => <CountText value={r.certified} />,
    },
    {
      key: 'delivery',
      header: t('uptake.planDelivery.delivery'),
      numeric: true,
      cell: (r) => (r.delivery === null ? <NotAvailable /> : format.percent(r.delivery)),
    },
  ];
  const countryColumns: Column<PlanDeliveryCountry>[] = [
    { key: 'country', header: t('uptake.planDelivery.country'), cell: (r) => format.country(r.countryCode) },
    ...(figures as Column<PlanDeliveryCountry>[]),
  ];
  const quarterColumns: Column<PlanDeliveryQuarter>[] = [
    { key: 'quarter', header: t('uptake.planDelivery.quarter'), cell: (r) => r.quarter },
    ...(figures as Column<PlanDeliveryQuarter>[]),
  ];
  const title = t('uptake.planDelivery.title', { place });
  return (
    <section className="uptake-section" aria-labelledby={headingId}>
      <div className="table-block__head">
        <h2 id={headingId}>{title}</h2>
      </div>
      <p className="muted">{t('uptake.planDelivery.description')}</p>
      <QueryState query={delivery} loadingLabel={t('uptake.loading')}>
        {(data) => (
          <>
            {country ? null : (
              <Table
                caption={t('uptake.planDelivery.byCountry')}
                columns={countryColumns}
                rows={data.countries}
                rowKey={(r) => r.countryCode}
                empty={t('uptake.planDelivery.empty')}
                busy={delivery.isPlaceholderData}
              />
            )}
            <Table
              caption={t('uptake.planDelivery.byQuarter')}
              columns={quarterColumns}
              rows={data.quarters}
              rowKey={(r) => r.quarter}
              empty={t('uptake.planDelivery.empty')}
              busy={delivery.isPlaceholderData}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
