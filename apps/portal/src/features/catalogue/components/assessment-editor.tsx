import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { usePutAssessment } from '@/features/catalogue/api/put-assessment';
import type { AssessmentAdmin } from '@/features/catalogue/api/get-assessment';
import {
  assessmentFormValues,
  assessmentInput,
  type AssessmentFormValues,
} from '@/features/catalogue/lib/assessment-form';

/** The assessment's rules: pass mark, attempts, questions drawn per attempt, time limit. */
export function AssessmentEditor({ courseId, assessment }: { courseId: string; assessment: AssessmentAdmin | null }) {
  const { t } = useTranslation();
  const put = usePutAssessment(courseId);
  const [values, setValues] = useState<AssessmentFormValues>(() => assessmentFormValues(assessment));
  const errors = useFieldErrors(put.error);
  const set = (patch: Partial<AssessmentFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    put.mutate(assessmentInput(values));
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby="assessment-rules-title">
      <h3 id="assessment-rules-title">{t('assessmentEditor.rules')}</h3>
      {assessment ? null : <p className="alert alert--info">{t('assessmentEditor.none')}</p>}
      <FormError id={errors.errorId} error={put.error} title={t('forms.notSaved')} />
      <div className="form__row">
        <TextField
          label={t('assessmentEditor.passMark')}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          required
          value={values.passMark}
          onChange={(e) => set({ passMark: e.target.value })}
          {...errors.of('passMark')}
        />
        <TextField
          label={t('assessmentEditor.attemptLimit')}
          type="number"
          inputMode="numeric"
          min={1}
          required
          value={values.attemptLimit}
          onChange={(e) => set({ attemptLimit: e.target.value })}
          {...errors.of('attemptLimit')}
        />
        <TextField
          label={t('assessmentEditor.questionsPerAttempt')}
          type="number"
          inputMode="numeric"
          min={1}
          required
          value={values.questionsPerAttempt}
          onChange={(e) => set({ questionsPerAttempt: e.target.value })}
          {...errors.of('questionsPerAttempt')}
        />
        <TextField
          label={t('assessmentEditor.timeLimit')}
          hint={t('assessmentEditor.timeLimitHint')}
          type="number"
          inputMode="numeric"
          min={1}
          value={values.timeLimitMinutes}
          onChange={(e) => set({ timeLimitMinutes: e.target.value })}
          {...errors.of('timeLimitMinutes')}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={put.isPending} aria-busy={put.isPending}>
          {put.isPending ? t('forms.saving') : assessment ? t('forms.save') : t('assessmentEditor.create')}
        </button>
        <span className="form__status" role="status">
          {put.isSuccess ? t('forms.saved') : ''}
        </span>
      </div>
    </form>
  );
}
