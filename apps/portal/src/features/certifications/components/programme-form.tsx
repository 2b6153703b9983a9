import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { ProgrammeTermsFields } from './programme-terms-fields';
import { useFormat } from '@/hooks/use-format';
import {
  ALL_COURSES,
  keepRequiredCount,
  programmeFormValues,
  requiredCountChoices,
  type ProgrammeFormValues,
} from '@/features/certifications/lib/programme-form';

/** A course the programme may require (published courses, from the catalogue). */
export interface ProgrammeCourseOption {
  id: string;
  code: string;
  title: string;
}

interface ProgrammeFormProps {
  courses: readonly ProgrammeCourseOption[];
  onSubmit: (values: ProgrammeFormValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
}

/** A new programme: name, description, its courses and how many of them, validity, recertification window, skills. */
export function ProgrammeForm({ courses, onSubmit, pending, error, submitLabel }: ProgrammeFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState<ProgrammeFormValues>(programmeFormValues);
  const errors = useFieldErrors(error);
  const coursesHintId = useId();
  const set = (patch: Partial<ProgrammeFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const chosen = values.courseIds.length;

  const toggleCourse = (id: string, on: boolean) =>
    setValues((v) => {
      // Keep the order of the list, whatever the order of the clicks.
      const courseIds = courses
        .map((c) => c.id)
        .filter((courseId) => (courseId === id ? on : v.courseIds.includes(courseId)));
      return { ...v, courseIds, requiredCount: keepRequiredCount(v.requiredCount, courseIds.length) };
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  const coursesError = errors.of('courseIds');
  return (
    <form className="form" onSubmit={submit}>
      <FormError id={errors.errorId} error={error} title={t('forms.notSaved')} />
      <TextField
        label={t('certification.programmeForm.name')}
        name="name"
        required
        minLength={3}
        maxLength={200}
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        {...errors.of('name')}
      />
      <TextAreaField
        label={t('certification.programmeForm.description')}
        hint={t('certification.programmeForm.descriptionHint')}
        name="description"
        required
        minLength={10}
        maxLength={4000}
        rows={3}
        value={values.description}
        onChange={(e) => set({ description: e.target.value })}
        {...errors.of('description')}
      />
      <fieldset
        className="fieldset"
        aria-describedby={[coursesHintId, coursesError.invalid && coursesError.errorId].filter(Boolean).join(' ')}
      >
        <legend>{t('certification.programmeForm.courses')}</legend>
        <p id={coursesHintId} className="field__hint">
          {t('certification.programmeForm.coursesHint', { chosen: format.number(chosen) })}
        </p>
        {courses.length === 0 ? (
          <p className="empty">{t('certification.programmeForm.noCourses')}</p>
        ) : (
          <ul className="checklist programme-courses">
            {courses.map((course) => (
              <li key={course.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    name="courseIds"
                    value={course.id}
                    checked={values.courseIds.includes(course.id)}
                    onChange={(e) => toggleCourse(course.id, e.target.checked)}
                  />{' '}
                  <span>
                    <code>{course.code}</code> {course.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <ChoiceField
        label={t('certification.programmeForm.requiredCount')}
        hint={chosen < 2 ? t('certification.programmeForm.requiredCountHint') : undefined}
        name="requiredCount"
        disabled={chosen < 2}
        value={values.requiredCount}
        options={[
          { value: ALL_COURSES, label: t('certification.programmeForm.requiredAll', { total: format.number(chosen) }) },
          ...requiredCountChoices(chosen).map((n) => ({
            value: String(n),
            label: t('certification.programmeForm.requiredSome', {
              required: format.number(n),
              total: format.number(chosen),
            }),
          })),
        ]}
        onChange={(e) => set({ requiredCount: e.target.value })}
        {...errors.of('requiredCount')}
      />
      <ProgrammeTermsFields values={values} set={set} errors={errors} />
      <TextField
        label={t('certification.programmeForm.skills')}
        hint={t('certification.programmeForm.skillsHint')}
        name="skills"
        value={values.skills}
        onChange={(e) => set({ skills: e.target.value })}
        {...errors.of('skills')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          {pending ? t('forms.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
