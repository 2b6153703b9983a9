import { COURSE_LEVELS, type CourseLevel } from '@icspa/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { courseFormValues, type CourseFormValues } from '@/features/catalogue/lib/course-form';
import type { CourseSummary } from '@/features/catalogue/api/get-courses';

interface CourseFormProps {
  /** The course being edited; a new course when left out (its code can then be set). */
  course?: CourseSummary;
  onSubmit: (values: CourseFormValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  /** Shown once saved ("Saved."), for screen readers too. */
  savedMessage?: string;
}

/** A course's fields: code (new courses only), title, summary, level, topics, languages, hours. */
export function CourseForm({ course, onSubmit, pending, error, submitLabel, savedMessage }: CourseFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CourseFormValues>(() => courseFormValues(course));
  const errors = useFieldErrors(error);
  const set = (patch: Partial<CourseFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormError
        id={errors.errorId}
        error={error}
        title={t('forms.notSaved')}
        labels={{
          code: t('courseForm.code'),
          title: t('courseForm.title'),
          summary: t('courseForm.summary'),
          level: t('courseForm.level'),
          hours: t('courseForm.hours'),
          topics: t('courseForm.topics'),
          languages: t('courseForm.languages'),
        }}
      />
      <div className="form__row">
        {course ? null : (
          <TextField
            label={t('courseForm.code')}
            hint={t('courseForm.codeHint')}
            name="code"
            required
            maxLength={20}
            value={values.code}
            onChange={(e) => set({ code: e.target.value })}
            {...errors.of('code')}
          />
        )}
        <TextField
          className="field--grow"
          label={t('courseForm.title')}
          name="title"
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          {...errors.of('title')}
        />
      </div>
      <TextAreaField
        label={t('courseForm.summary')}
        name="summary"
        required
        rows={3}
        maxLength={2000}
        value={values.summary}
        onChange={(e) => set({ summary: e.target.value })}
        {...errors.of('summary')}
      />
      <div className="form__row">
        <ChoiceField
          label={t('courseForm.level')}
          name="level"
          value={values.level}
          options={COURSE_LEVELS.map((level) => ({ value: level, label: t(`courseLevel.${level}`) }))}
          onChange={(e) => set({ level: e.target.value as CourseLevel })}
          {...errors.of('level')}
        />
        <TextField
          label={t('courseForm.hours')}
          name="hours"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={values.hours}
          onChange={(e) => set({ hours: e.target.value })}
          {...errors.of('hours')}
        />
      </div>
      <TextField
        label={t('courseForm.topics')}
        hint={t('courseForm.topicsHint')}
        name="topics"
        value={values.topics}
        onChange={(e) => set({ topics: e.target.value })}
        {...errors.of('topics')}
      />
      <TextField
        label={t('courseForm.languages')}
        hint={t('courseForm.languagesHint')}
        name="languages"
        required
        value={values.languages}
        onChange={(e) => set({ languages: e.target.value })}
        {...errors.of('languages')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          {pending ? t('forms.saving') : submitLabel}
        </button>
        <span className="form__status" role="status">
          {savedMessage && !pending && !error ? savedMessage : ''}
        </span>
      </div>
    </form>
  );
}
