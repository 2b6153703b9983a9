import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormError } from '@/components/ui/form-error';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useApproveWorkplan } from '@/features/planning/api/approve-workplan';
import { useDeletePlanLine } from '@/features/planning/api/delete-plan-line';
import { useWorkplan } from '@/features/planning/api/get-workplan';
import { useWorkplanCoverage } from '@/features/planning/api/get-workplan-coverage';
import { useWorkplanProgress } from '@/features/planning/api/get-workplan-progress';
import { useUpdatePlanLine } from '@/features/planning/api/update-plan-line';
import { CoverageTable } from '@/features/planning/components/coverage-table';
import { PlanLinesTable } from '@/features/planning/components/plan-lines-table';
import { PlanProgressTable } from '@/features/planning/components/plan-progress-table';
import { quartersBetween } from '@/features/planning/lib/quarters';
import { useFormat } from '@/hooks/use-format';

/**
 * A workplan (admins): the proposal's lines with their reasons, edited in place while it is a draft; approving
 * it raises a training request per instructor-led line and opens a cohort per self-paced one. Once approved,
 * each line's progress against its target, and each unit's competency coverage before the plan and now.
 */
export function WorkplanRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorId = useId();
  const workplanId = useParams().workplanId ?? '';
  const plan = useWorkplan(workplanId);
  const approved = plan.data?.status === 'approved';
  const progress = useWorkplanProgress(workplanId, approved);
  const coverage = useWorkplanCoverage(workplanId, approved);
  const update = useUpdatePlanLine(workplanId);
  const remove = useDeletePlanLine(workplanId);
  const approve = useApproveWorkplan(workplanId);
  const title = plan.data
    ? t('planning.plan.title', {
        country: format.country(plan.data.countryCode),
        from: plan.data.periodStart,
        to: plan.data.periodEnd,
      })
    : t('planning.plan.loadingTitle');
  return (
    <Page
      title={title}
      description={approved ? t('planning.plan.approvedDescription') : t('planning.plan.draftDescription')}
      actions={
        <Link className="button button--secondary" to={paths.app.workplans.getHref()}>
          {t('planning.plan.back')}
        </Link>
      }
    >
      <QueryState query={plan} loadingLabel={t('planning.loading')}>
        {(data) => (
          <>
            <p>
              <strong>{t('planning.list.status')}:</strong> {t(`planning.status.${data.status}`)}
            </p>
            <FormError id={errorId} error={update.error ?? remove.error ?? approve.error} />
            {approve.data ? (
              <p role="status" className="alert alert--success">
                {t('planning.plan.approvedResult', {
                  raised: format.number(approve.data.raised),
                  opened: format.number(approve.data.opened),
                })}
              </p>
            ) : null}
            <PlanLinesTable
              lines={data.lines}
              quarters={quartersBetween(data.periodStart, data.periodEnd)}
              editable={!approved}
              busy={update.isPending || remove.isPending}
              onChange={(lineId, body) => update.mutate({ lineId, body })}
              onDelete={(lineId) => remove.mutate(lineId)}
            />
            {approved ? null : (
              <button
                type="button"
                className="button"
                disabled={approve.isPending || data.lines.length === 0}
                onClick={() => approve.mutate()}
              >
                {t('planning.plan.approve')}
              </button>
            )}
            {approved ? (
              <section aria-labelledby={`${errorId}-progress`}>
                <h2 id={`${errorId}-progress`}>{t('planning.progress.title')}</h2>
                <QueryState query={progress} loadingLabel={t('planning.loading')}>
                  {(p) => <PlanProgressTable lines={data.lines} progress={p.lines} />}
                </QueryState>
              </section>
            ) : null}
            {approved ? (
              <section aria-labelledby={`${errorId}-coverage`}>
                <h2 id={`${errorId}-coverage`}>{t('planning.coverage.title')}</h2>
                <p className="muted">{t('planning.coverage.description')}</p>
                <QueryState query={coverage} loadingLabel={t('planning.loading')}>
                  {(c) => <CoverageTable units={c.units} />}
                </QueryState>
              </section>
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
