import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useContentLocales } from '@/features/translations/api/get-content-locales';
import { useCourseStrings } from '@/features/translations/api/get-course-strings';
import { FileTransfer } from '@/features/translations/components/file-transfer';
import { StatusTag, StringEditor } from '@/features/translations/components/string-editor';

/** A course's strings in one locale, side by side with the source; and its files for offline work. */
export function CourseTranslationsRoute() {
  const { t } = useTranslation();
  const { courseId = '', locale = '' } = useParams();
  const strings = useCourseStrings(courseId, locale);
  const locales = useContentLocales();
  const nameOf = (code: string) => locales.data?.find((l) => l.code === code)?.name ?? code;
  return (
    <QueryState query={strings} loadingLabel={t('translations.loading')}>
      {(data) => {
        const course = data.strings.find((s) => s.entityType === 'course');
        const title = typeof course?.source.title === 'string' ? course.source.title : '';
        return (
          <Page
            title={t('translations.courseTitle', { course: title, language: nameOf(locale) })}
            actions={<Link to={paths.app.translations.getHref()}>{t('translations.backToProgress')}</Link>}
          >
            <div className="string-list">
              {data.strings.map((item) => {
                const heading = String(item.source.title ?? item.source.prompt ?? item.source.name ?? '');
                return (
                  <details
                    key={`${item.entityType}:${item.entityId}`}
                    className="string-list__item"
                    open={item.entityType === 'course'}
                  >
                    <summary>
                      <span className="string-list__kind">{t(`translations.entity.${item.entityType}`)}</span>{' '}
                      <span lang={data.sourceLocale}>{heading}</span> <StatusTag status={item.status} />
                    </summary>
                    <StringEditor
                      courseId={courseId}
                      item={item}
                      locale={locale}
                      localeName={nameOf(locale)}
                      sourceLocale={data.sourceLocale}
                      sourceName={nameOf(data.sourceLocale)}
                    />
                  </details>
                );
              })}
            </div>
            <FileTransfer courseId={courseId} locale={locale} />
          </Page>
        );
      }}
    </QueryState>
  );
}
