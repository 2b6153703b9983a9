import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { useFormat } from '@/hooks/use-format';
import { useTranslationProgress } from '@/features/translations/api/get-translation-progress';
import { ProgressChart } from '@/features/translations/components/progress-chart';
import { LocaleSummaryTable } from '@/features/translations/components/locale-summary-table';
import { ProgressTable } from '@/features/translations/components/progress-table';

/** Translation progress: a bar per locale over all courses, and the table of courses × locales beside it. */
export function TranslationsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const progress = useTranslationProgress();
  return (
    <Page title={t('translations.title')} description={t('translations.description')}>
      <QueryState query={progress} loadingLabel={t('translations.loading')}>
        {(data) => {
          if (data.locales.length === 0) return <p className="alert alert--info">{t('translations.noGrant')}</p>;
          const bars = data.locales
            .map((l) => {
              const sum = { published: 0, draft: 0, outdated: 0, missing: 0 };
              let any = false;
              for (const c of data.courses) {
                const p = c.locales.find((x) => x.locale === l.code);
                if (!p) continue;
                any = true;
                sum.published += p.published;
                sum.draft += p.draft;
                sum.outdated += p.outdated;
                sum.missing += p.missing;
              }
              return any ? { locale: l.code, name: l.name, ...sum } : null;
            })
            .filter((b) => b !== null);
          // A locale no course is translated into (the source language of every course) has no column.
          const targets = data.locales.filter((l) => bars.some((b) => b.locale === l.code));
          return (
            <>
              <div className="chart-pair">
                <div className="chart-pair__head">
                  <h2>{t('translations.progressHeading')}</h2>
                </div>
                <div className="chart-pair__body">
                  <div className="chart-pair__chart">
                    <ProgressChart bars={bars} formatNumber={format.number} />
                  </div>
                  <div className="chart-pair__table">
                    <LocaleSummaryTable bars={bars} formatNumber={format.number} />
                  </div>
                </div>
              </div>
              <div className="table-block">
                <div className="table-block__head">
                  <h2>{t('translations.coursesHeading')}</h2>
                </div>
                <ProgressTable courses={data.courses} locales={targets} formatNumber={format.number} />
              </div>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
