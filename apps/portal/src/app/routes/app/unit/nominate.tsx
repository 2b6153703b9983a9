import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { SearchField } from '@/components/ui/search-field';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useAllCohorts } from '@/features/cohorts/api/get-cohorts';
import { CohortFacts } from '@/features/cohorts/components/cohort-facts';
import { CohortSelect } from '@/features/cohorts/components/cohort-select';
import { NamedRosterPanel } from '@/features/cohorts/components/named-roster-panel';
import { NominationForm } from '@/features/cohorts/components/nomination-form';
import { useUnitOfficers } from '@/features/police-units/api/get-unit-officers';
import { useListParams } from '@/hooks/use-list-params';

/** A coordinator picks a cohort still open for enrolment (not started), ticks officers of the unit, and nominates them. */
export function NominateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const { cohort: cohortId, q } = useListParams(['cohort', 'q']);
  // Runs that have started are not offered: enrolment closes at the start.
  const cohorts = useAllCohorts({ enrolmentOpen: true });
  const officers = useUnitOfficers(me?.policeUnitId, q);
  if (!me) return null;
  return (
    <Page title={t('nominate.title')} description={t('nominate.description')}>
      {me.policeUnitId ? (
        <QueryState query={cohorts} loadingLabel={t('nominate.loadingCohorts')}>
          {(list) => {
            const selected = list.find((c) => c.id === cohortId);
            if (list.length === 0) return <p className="card empty-state">{t('nominate.noCohorts')}</p>;
            return (
              <>
                <div className="filters">
                  <CohortSelect
                    label={t('nominate.cohort')}
                    cohorts={list}
                    value={selected?.id ?? ''}
                    onChange={(id) =>
                      navigate(paths.app.nominate.getHref({ cohort: id || undefined }), { preventScrollReset: true })
                    }
                  />
                </div>
                {selected ? (
                  <>
                    <section className="card section" aria-labelledby="nominate-cohort">
                      <h2 id="nominate-cohort">
                        <code>{selected.courseCode}</code> {selected.courseTitle}
                      </h2>
                      <CohortFacts cohort={selected} />
                    </section>
                    <NamedRosterPanel cohortId={selected.id} viewer="coordinator" />
                    <div className="filters">
                      <SearchField
                        label={t('nominate.search')}
                        placeholder={t('nominate.searchPlaceholder')}
                        value={q}
                        debounceMs={300}
                        onSearch={(next) =>
                          navigate(paths.app.nominate.getHref({ cohort: selected.id, q: next }), {
                            preventScrollReset: true,
                            replace: true,
                          })
                        }
                      />
                    </div>
                    <QueryState query={officers} loadingLabel={t('nominate.loadingOfficers')}>
                      {(people) => (
                        <NominationForm
                          key={selected.id}
                          cohort={selected}
                          officers={people.map((p) => ({ id: p.id, displayName: p.displayName, email: p.email }))}
                        />
                      )}
                    </QueryState>
                  </>
                ) : (
                  <p className="muted">{cohortId ? t('nominate.cohortGone') : t('nominate.pickCohort')}</p>
                )}
              </>
            );
          }}
        </QueryState>
      ) : (
        <p className="alert alert--info">{t('myUnit.none')}</p>
      )}
    </Page>
  );
}
