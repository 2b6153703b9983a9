import { COMPETENCY_CATEGORIES, COMPETENCY_LEVEL_EQF, COMPETENCY_LEVELS, NO_COMPETENCY_LEVEL } from '@icspa/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '@/components/ui/form-error';
import type { CompetencyFramework } from '../api/get-competency-framework';
import type { NeedsAssessment } from '../api/get-needs-assessment';
import { useSubmitNeedsAssessment } from '../api/submit-needs-assessment';
import { useUpdateNeedsAssessment } from '../api/update-needs-assessment';

const LEVELS = [NO_COMPETENCY_LEVEL, ...COMPETENCY_LEVELS];

/**
 * The unit's assessment: officers now and needed per competency role, and the current level per competency,
 * prefilled with the level inferred from the officers' completions and certifications (a different choice is a
 * correction, marked as such). Save keeps a draft; Submit sends it for review.
 */
export function NeedsAssessmentForm({
  assessment,
  framework,
}: {
  assessment: NeedsAssessment;
  framework: CompetencyFramework;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const save = useUpdateNeedsAssessment();
  const submit = useSubmitNeedsAssessment();
  const [officers, setOfficers] = useState<Record<string, { now: string; needed: string }>>(() =>
    Object.fromEntries(
      assessment.roles.map((r) => [
        r.competencyRoleId,
        { now: String(r.officersNow), needed: String(r.officersNeeded) },
      ]),
    ),
  );
  const [levels, setLevels] = useState<Record<string, number>>(() =>
    Object.fromEntries(assessment.levels.map((l) => [l.competencyId, l.currentLevel])),
  );
  const inferred = new Map(assessment.levels.map((l) => [l.competencyId, l.inferredLevel]));

  const body = () => ({
    id: assessment.id,
    version: assessment.version,
    roles: Object.entries(officers)
      .filter(([, v]) => v.now !== '' || v.needed !== '')
      .map(([competencyRoleId, v]) => ({
        competencyRoleId,
        officersNow: Number(v.now || 0),
        officersNeeded: Number(v.needed || 0),
      })),
    levels: Object.entries(levels).map(([competencyId, currentLevel]) => ({ competencyId, currentLevel })),
  });

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(body());
  };
  // Saves what is on screen, then submits it; a refusal of either shows above the form.
  const onSubmit = () => save.mutate(body(), { onSuccess: (saved) => submit.mutate(saved.id) });
  const busy = save.isPending || submit.isPending;
  const levelLabel = (level: number) =>
    level === NO_COMPETENCY_LEVEL
      ? t('planning.level.none')
      : t('planning.level.option', {
          level,
          eqf: COMPETENCY_LEVEL_EQF[level as keyof typeof COMPETENCY_LEVEL_EQF],
        });

  return (
    <form onSubmit={onSave} aria-describedby={save.error || submit.error ? errorId : undefined}>
      <FormError
        id={errorId}
        error={save.error ?? submit.error}
        labels={{ roles: t('planning.form.officers'), levels: t('planning.form.levels') }}
      />
      <section className="card" aria-labelledby="officers-title">
        <h2 id="officers-title">{t('planning.form.officers')}</h2>
        <p className="muted">{t('planning.form.officersHint')}</p>
        {framework.roles.map((role) => (
          <fieldset key={role.id} className="fieldset needs-roles__role">
            <legend>{role.name}</legend>
            {(['now', 'needed'] as const).map((which) => (
              <div className="field" key={which}>
                <label htmlFor={`${role.id}-${which}`}>{t(`planning.form.${which}`)}</label>
                <input
                  id={`${role.id}-${which}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100000}
                  value={officers[role.id]?.[which] ?? ''}
                  onChange={(e) =>
                    setOfficers((current) => ({
                      ...current,
                      [role.id]: { ...(current[role.id] ?? { now: '', needed: '' }), [which]: e.target.value },
                    }))
                  }
                />
              </div>
            ))}
          </fieldset>
        ))}
      </section>
      <section className="card section" aria-labelledby="levels-title">
        <h2 id="levels-title">{t('planning.form.levels')}</h2>
        <p className="muted">{t('planning.form.levelsHint')}</p>
        {COMPETENCY_CATEGORIES.map((category) => (
          <fieldset key={category} className="fieldset">
            <legend>{t(`planning.category.${category}`)}</legend>
            {framework.competencies
              .filter((c) => c.category === category)
              .map((c) => {
                const guess = inferred.get(c.id) ?? NO_COMPETENCY_LEVEL;
                const value = levels[c.id] ?? guess;
                return (
                  <div className="field" key={c.id}>
                    <label htmlFor={`level-${c.id}`}>{c.name}</label>
                    <p className="field__hint" id={`level-${c.id}-hint`}>
                      {t('planning.form.inferred', { level: levelLabel(guess) })}
                      {value !== guess ? ` · ${t('planning.form.corrected')}` : ''}
                    </p>
                    <select
                      id={`level-${c.id}`}
                      aria-describedby={`level-${c.id}-hint`}
                      value={value}
                      onChange={(e) => setLevels((current) => ({ ...current, [c.id]: Number(e.target.value) }))}
                    >
                      {LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {levelLabel(level)}
                        </option>
                      ))}
                    </select>
                  </div>
                );
              })}
          </fieldset>
        ))}
      </section>
      <div className="actions section">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('planning.form.save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onSubmit}>
          {t('planning.form.submit')}
        </button>
      </div>
      {save.isSuccess && !submit.isSuccess ? (
        <p role="status" className="muted">
          {t('planning.form.saved')}
        </p>
      ) : null}
    </form>
  );
}
