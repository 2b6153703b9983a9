import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { uptakeExportHref } from '@/features/uptake/api/export-uptake';
import { useUptakeFirms } from '@/features/uptake/api/get-uptake-firms';
import type { UptakePeriodFilter } from '@/features/uptake/api/uptake-filter';
import { AsOf } from './as-of';
import { CsvLink } from './csv-link';
import { FirmsTable } from './firms-table';

/** What member firms contributed in the period: every firm for an admin, their own for a member admin. */
export function FirmsSection({ period, ownFirm }: { period: UptakePeriodFilter; ownFirm: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const firms = useUptakeFirms(period);
  const title = ownFirm ? t('uptake.firms.ownTitle') : t('uptake.firms.title');
  return (
    <section className="uptake-section" aria-labelledby={headingId}>
      <div className="table-block__head">
        <h2 id={headingId}>{title}</h2>
        <CsvLink href={uptakeExportHref('firms', period)} table={title} />
      </div>
      <QueryState query={firms} loadingLabel={t('uptake.loading')}>
        {(data) => (
          <>
            <AsOf asOf={data.asOf} suppressed={data.suppressed} />
            <FirmsTable rows={data.rows} caption={title} busy={firms.isPlaceholderData} />
          </>
        )}
      </QueryState>
    </section>
  );
}
