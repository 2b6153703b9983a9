import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useProgrammes } from '@/features/certifications/api/get-programmes';
import { ProgrammesTable } from '@/features/certifications/components/programmes-table';
import { useListParams } from '@/hooks/use-list-params';

/** Every certification programme, for admins to create and adjust. */
export function AdminProgrammesRoute() {
  const { t } = useTranslation();
  const params = useListParams();
  const programmes = useProgrammes({ page: params.page });
  return (
    <Page
      title={t('certification.programmes.title')}
      description={t('certification.programmes.description')}
      actions={
        <Link className="button" to={paths.app.adminProgrammeNew.getHref()}>
          {t('certification.programmes.new')}
        </Link>
      }
    >
      <QueryState query={programmes} loadingLabel={t('certification.programmes.loading')}>
        {(data) => (
          <>
            <ProgrammesTable programmes={data.items} busy={programmes.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(page) => paths.app.adminProgrammes.getHref({ page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
