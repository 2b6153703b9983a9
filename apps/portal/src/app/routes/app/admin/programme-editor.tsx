import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { useProgramme } from '@/features/certifications/api/get-programme';
import { useUpdateProgramme } from '@/features/certifications/api/update-programme';
import { ProgrammeFacts } from '@/features/certifications/components/programme-facts';
import { ProgrammeSettingsForm } from '@/features/certifications/components/programme-settings-form';
import { programmeUpdateInput } from '@/features/certifications/lib/programme-form';

/** One programme for admins: its fixed course set, and the settings that may still change. */
export function AdminProgrammeEditorRoute() {
  const { t } = useTranslation();
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  // Drafts included: a programme may name a course that was withdrawn to draft since.
  const courses = useAllCourses();
  const update = useUpdateProgramme();
  const [unchanged, setUnchanged] = useState(false);
  if (!programmeId) return <NotFound />;

  return (
    <Page
      title={programme.data?.name ?? t('certification.programmeEditor.titleLoading')}
      actions={
        <>
          {programme.data ? (
            <Link className="button button--secondary" to={paths.app.adminCertifications.getHref({ programmeId })}>
              {t('certification.programmeEditor.certifications')}
            </Link>
          ) : null}
          <Link className="button button--secondary" to={paths.app.adminProgrammes.getHref()}>
            {t('certification.programmeEditor.back')}
          </Link>
        </>
      }
    >
      <QueryState query={programme} loadingLabel={t('certification.programmeEditor.loading')}>
        {(data) => (
          <div className="editor-grid">
            <section className="card" aria-labelledby="programme-settings">
              <h2 id="programme-settings">{t('certification.programmeEditor.settings')}</h2>
              <ProgrammeSettingsForm
                key={data.id}
                programme={data}
                pending={update.isPending}
                error={update.error}
                savedMessage={unchanged ? t('forms.noChanges') : update.isSuccess ? t('forms.saved') : undefined}
                onSubmit={(values) => {
                  const changes = programmeUpdateInput(values, data);
                  setUnchanged(Object.keys(changes).length === 0);
                  if (Object.keys(changes).length > 0) update.mutate({ id: data.id, ...changes });
                }}
              />
            </section>
            <section className="card" aria-labelledby="programme-requirements">
              <h2 id="programme-requirements">{t('certification.programmeEditor.requirements')}</h2>
              <p className="muted">{t('certification.programmeEditor.fixedHint')}</p>
              {courses.isPending ? (
                <Spinner label={t('certification.programmeEditor.loadingCourses')} />
              ) : (
                <ProgrammeFacts programme={data} courses={courses.data ?? []} />
              )}
            </section>
          </div>
        )}
      </QueryState>
    </Page>
  );
}
