import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { usePlanDemand } from '@/features/planning/api/get-plan-demand';
import { PlanDemandTable } from '@/features/planning/components/plan-demand-table';

/** Member admins: the approved plans' demand for the courses their firm's trainers teach (no unit named). */
export function PlanDemandRoute() {
  const { t } = useTranslation();
  const demand = usePlanDemand();
  return (
    <Page title={t('planning.demand.title')} description={t('planning.demand.description')}>
      <QueryState query={demand} loadingLabel={t('planning.loading')}>
        {(data) => <PlanDemandTable rows={data.rows} />}
      </QueryState>
    </Page>
  );
}
