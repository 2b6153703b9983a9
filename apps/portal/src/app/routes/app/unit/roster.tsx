import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SearchField } from '@/components/ui/search-field';
import { SelectField } from '@/components/ui/select-field';
import { paths, type RosterQuery } from '@/config/paths';
import { useAllProgrammes } from '@/features/certifications/api/get-programmes';
import { ROSTER_STATUSES, useRoster } from '@/features/training-records/api/get-roster';
import { RosterTable } from '@/features/training-records/components/roster-table';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_WITHIN = 60;

/** The address's window in days (1–365), or the default. */
function withinOf(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_WITHIN;
}

/**
 * The coordinator's unit roster (admins: a unit named in the address, or every unit): each officer with a compact
 * status, filters in the address, each name leading to the officer's training record.
 */
export function UnitRosterRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams(['unit', 'status', 'programme', 'within', 'q']);
  const query: RosterQuery = {
    unit: params.unit && UUID.test(params.unit) ? params.unit : undefined,
    status: oneOf(ROSTER_STATUSES, params.status),
    programme: params.programme && UUID.test(params.programme) ? params.programme : undefined,
    within: params.within ? withinOf(params.within) : undefined,
    q: params.q?.trim() || undefined,
  };
  const within = query.within ?? DEFAULT_WITHIN;
  const roster = useRoster({
    page: params.page,
    policeUnitId: query.unit,
    status: oneOf(ROSTER_STATUSES, query.status),
    programmeId: query.programme,
    withinDays: query.within,
    q: query.q,
  });
  const programmes = useAllProgrammes();
  const go = (next: RosterQuery) => navigate(paths.app.unitRoster.getHref(next), { preventScrollReset: true });
  return (
    <Page title={t('unitRoster.title')} description={t('unitRoster.description')}>
      <div className="filters">
        <SelectField
          label={t('unitRoster.filters.status')}
          value={query.status ?? ''}
          emptyLabel={t('unitRoster.filters.everyone')}
          options={[
            { value: 'expiring', label: t('unitRoster.filters.expiring', { days: within }) },
            { value: 'never_trained', label: t('unitRoster.filters.neverTrained') },
          ]}
          onChange={(status) => go({ ...query, status: status || undefined })}
        />
        <SelectField
          label={t('unitRoster.filters.programme')}
          value={query.programme ?? ''}
          emptyLabel={t('unitRoster.filters.anyProgramme')}
          disabled={!programmes.data}
          options={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(programme) => go({ ...query, programme: programme || undefined })}
        />
        <SearchField
          label={t('unitRoster.filters.search')}
          placeholder={t('unitRoster.filters.searchPlaceholder')}
          value={query.q}
          debounceMs={300}
          onSearch={(q) => go({ ...query, q: q || undefined })}
        />
      </div>
      <QueryState query={roster} loadingLabel={t('unitRoster.loading')}>
        {(data) => (
          <>
            <p className="muted">{t('unitRoster.total', { count: data.total })}</p>
            <RosterTable entries={data.items} busy={roster.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(page) => paths.app.unitRoster.getHref({ ...query, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
