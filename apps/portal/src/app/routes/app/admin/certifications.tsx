import { CERTIFICATION_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SearchField } from '@/components/ui/search-field';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { useCertifications } from '@/features/certifications/api/get-certifications';
import { useAllProgrammes } from '@/features/certifications/api/get-programmes';
import { CertificationsTable } from '@/features/certifications/components/certifications-table';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/** Every certification for admins, by status, programme and holder, with revocation. */
export function AdminCertificationsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams(['status', 'programmeId', 'holderId', 'q']);
  const status = oneOf(CERTIFICATION_STATUSES, params.status);
  const { programmeId, holderId, q } = params;
  const certifications = useCertifications({ page: params.page, status, programmeId, holderId, q });
  const programmes = useAllProgrammes();
  const go = (next: { status?: string; programmeId?: string; holderId?: string; q?: string }) =>
    navigate(paths.app.adminCertifications.getHref(next), { preventScrollReset: true });
  return (
    <Page title={t('certification.admin.title')} description={t('certification.admin.description')}>
      <div className="filters">
        <SelectField
          label={t('certification.fields.status')}
          emptyLabel={t('certification.admin.allStatuses')}
          value={status ?? ''}
          options={CERTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`certification.status.${s}`) }))}
          onChange={(next) => go({ status: next || undefined, programmeId, holderId, q })}
        />
        <SelectField
          label={t('certification.fields.programme')}
          emptyLabel={programmes.isPending ? t('common.loading') : t('certification.admin.allProgrammes')}
          disabled={programmes.isPending}
          value={programmeId ?? ''}
          options={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(next) => go({ status, programmeId: next || undefined, holderId, q })}
        />
        <SearchField
          label={t('certification.admin.holder')}
          placeholder={t('certification.admin.holderPlaceholder')}
          value={q}
          debounceMs={300}
          onSearch={(next) => go({ status, programmeId, holderId, q: next })}
        />
      </div>
      <QueryState query={certifications} loadingLabel={t('certification.admin.loading')}>
        {(data) => (
          <>
            <CertificationsTable certifications={data.items} busy={certifications.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsEstimate={data.totalIsEstimate}
              hrefFor={(page) => paths.app.adminCertifications.getHref({ status, programmeId, holderId, q, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
