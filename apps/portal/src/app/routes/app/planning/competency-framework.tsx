import { COMPETENCY_CATEGORIES, COMPETENCY_LEVEL_EQF, COMPETENCY_LEVELS, COMPETENCY_LEVEL_WORDS } from '@icspa/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { useCompetencyFramework, type Competency } from '@/features/planning/api/get-competency-framework';
import { useCompetencyRevisions } from '@/features/planning/api/get-competency-revisions';
import { useUpdateCompetency } from '@/features/planning/api/update-competency';
import { formatDate } from '@/lib/format';

function CompetencyEditor({ competency }: { competency: Competency }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(competency.name);
  const [description, setDescription] = useState(competency.description);
  const update = useUpdateCompetency();
  const history = useCompetencyRevisions(competency.id, open);
  const errorId = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: competency.id, name, description });
  };
  return (
    <details className="card section" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>
        {competency.name}{' '}
        <span className="muted">{t('planning.framework.version', { revision: competency.revision })}</span>
      </summary>
      <form onSubmit={save}>
        <FormError
          id={errorId}
          error={update.error}
          labels={{ name: t('planning.framework.name'), description: t('planning.framework.description') }}
        />
        <TextField
          label={t('planning.framework.name')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <TextAreaField
          label={t('planning.framework.description')}
          value={description}
          maxLength={2000}
          onChange={(e) => setDescription(e.target.value)}
        />
        <button type="submit" className="button" disabled={update.isPending}>
          {t('planning.framework.save')}
        </button>
      </form>
      {history.data ? (
        <>
          <h3>{t('planning.framework.history')}</h3>
          <ol reversed>
            {history.data.map((r) => (
              <li key={r.revision}>
                {t('planning.framework.revision', {
                  revision: r.revision,
                  name: r.name,
                  date: formatDate(r.changedAt, i18n.resolvedLanguage ?? i18n.language),
                })}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </details>
  );
}

/** The competency framework for admins: competency roles with their required levels, competencies to rename. */
export function CompetencyFrameworkRoute() {
  const { t } = useTranslation();
  const framework = useCompetencyFramework();
  return (
    <Page title={t('planning.framework.title')} description={t('planning.framework.description_page')}>
      <section className="card">
        <h2>{t('planning.framework.levels')}</h2>
        <ul>
          {COMPETENCY_LEVELS.map((level) => (
            <li key={level}>
              {t('planning.level.option', { level, eqf: COMPETENCY_LEVEL_EQF[level] })} —{' '}
              {t(`planning.level.${COMPETENCY_LEVEL_WORDS[level]}`)}
            </li>
          ))}
        </ul>
      </section>
      <QueryState query={framework} loadingLabel={t('planning.detail.loading')}>
        {(f) => {
          const names = new Map(f.competencies.map((c) => [c.id, c.name]));
          return (
            <>
              <section className="card section">
                <h2>{t('planning.framework.roles')}</h2>
                {f.roles.map((r) => (
                  <div key={r.id}>
                    <h3>
                      {r.name} <span className="muted">({t(`planning.sector.${r.sector}`)})</span>
                    </h3>
                    <p className="muted">
                      {r.requirements.map((q) => `${names.get(q.competencyId) ?? '—'} ${q.level}`).join(' · ')}
                    </p>
                  </div>
                ))}
              </section>
              {COMPETENCY_CATEGORIES.map((category) => (
                <section key={category} className="section" aria-label={t(`planning.category.${category}`)}>
                  <h2>{t(`planning.category.${category}`)}</h2>
                  {f.competencies
                    .filter((c) => c.category === category)
                    .map((c) => (
                      <CompetencyEditor key={`${c.id}-${c.revision}`} competency={c} />
                    ))}
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
