import { DELIVERY_MODES, type DeliveryMode } from '@icspa/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, ChoiceField, TextField, type ChoiceOption } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { fromDateTimeLocal } from '@/lib/form-values';
import { cohortFormValues, type CohortFormValues } from '@/features/cohorts/lib/cohort-form';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';

export interface CohortFormCourse {
  id: string;
  code: string;
  title: string;
  languages: readonly string[];
}

interface CohortFormProps {
  /** The cohort being changed; a new one when left out. */
  cohort?: Cohort;
  /** The course a new cohort is for, when the link says so. */
  defaultCourseId?: string;
  courses: readonly CohortFormCourse[];
  /**
   * The trainer field, given what the cohort would be (the route composes the trainer picker, which asks the
   * matcher's rules who may teach it).
   */
  trainerField: (props: TrainerFieldProps) => ReactNode;
  /** Police units a new cohort may be reserved for. */
  policeUnits: readonly ChoiceOption[];
  /** Countries as code and name, for in-person and blended cohorts. */
  countries: readonly ChoiceOption[];
  onSubmit: (values: CohortFormValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  savedMessage?: string;
}

export interface TrainerFieldProps {
  facts: {
    courseId: string;
    language: string;
    deliveryMode: DeliveryMode;
    countryCode?: string;
    policeUnitId?: string;
    startsAt: string;
    endsAt: string;
    cohortId?: string;
  };
  value: string;
  onChange: (trainerId: string) => void;
  allowNone: boolean;
  invalid?: boolean;
  errorId?: string;
}

/**
 * A cohort's schedule: course, period, delivery, language, place, seats, trainer, approval. Course,
 * delivery, language and country are fixed once scheduled; the API names any field it refuses.
 */
export function CohortForm({
  cohort,
  defaultCourseId,
  courses,
  trainerField,
  policeUnits,
  countries,
  onSubmit,
  pending,
  error,
  submitLabel,
  savedMessage,
}: CohortFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState<CohortFormValues>(() => cohortFormValues(cohort, { courseId: defaultCourseId }));
  const errors = useFieldErrors(error);
  const editing = cohort !== undefined;
  const set = (patch: Partial<CohortFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const course = courses.find((c) => c.id === values.courseId);
  const languageOptions = (course?.languages ?? (cohort ? [cohort.language] : [])).map((tag) => ({
    value: tag,
    label: format.language(tag),
  }));
  const inPerson = values.deliveryMode !== 'online';

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
          courseId: t('cohortForm.course'),
          startsAt: t('cohortForm.startsAt'),
          endsAt: t('cohortForm.endsAt'),
          deliveryMode: t('cohortForm.deliveryMode'),
          language: t('cohortForm.language'),
          countryCode: t('cohortForm.country'),
          city: t('cohortForm.city'),
          capacity: t('cohortForm.capacity'),
          trainerId: t('cohortForm.trainer'),
          policeUnitId: t('cohortForm.policeUnit'),
        }}
      />
      <ChoiceField
        label={t('cohortForm.course')}
        required
        disabled={editing}
        value={values.courseId}
        emptyLabel={t('cohortForm.chooseCourse')}
        options={courses.map((c) => ({ value: c.id, label: `${c.code} — ${c.title}` }))}
        onChange={(e) => {
          const next = courses.find((c) => c.id === e.target.value);
          set({
            courseId: e.target.value,
            language: next?.languages.includes(values.language) ? values.language : (next?.languages[0] ?? ''),
          });
        }}
        {...errors.of('courseId')}
      />
      <div className="form__row">
        <TextField
          label={t('cohortForm.startsAt')}
          type="datetime-local"
          required
          value={values.startsAt}
          onChange={(e) => set({ startsAt: e.target.value })}
          {...errors.of('startsAt')}
        />
        <TextField
          label={t('cohortForm.endsAt')}
          type="datetime-local"
          required
          min={values.startsAt || undefined}
          value={values.endsAt}
          onChange={(e) => set({ endsAt: e.target.value })}
          {...errors.of('endsAt')}
        />
      </div>
      <div className="form__row">
        <ChoiceField
          label={t('cohortForm.deliveryMode')}
          disabled={editing}
          value={values.deliveryMode}
          options={DELIVERY_MODES.map((mode) => ({ value: mode, label: t(`deliveryMode.${mode}`) }))}
          onChange={(e) => set({ deliveryMode: e.target.value as DeliveryMode })}
          {...errors.of('deliveryMode')}
        />
        <ChoiceField
          label={t('cohortForm.language')}
          required
          disabled={editing || !course}
          value={values.language}
          emptyLabel={course ? t('cohortForm.chooseLanguage') : t('cohortForm.chooseCourseFirst')}
          options={languageOptions}
          onChange={(e) => set({ language: e.target.value })}
          {...errors.of('language')}
        />
      </div>
      {inPerson ? (
        <div className="form__row">
          <ChoiceField
            label={t('cohortForm.country')}
            required
            disabled={editing}
            value={values.countryCode}
            emptyLabel={t('cohortForm.chooseCountry')}
            options={countries}
            onChange={(e) => set({ countryCode: e.target.value })}
            {...errors.of('countryCode')}
          />
          <TextField
            label={t('cohortForm.city')}
            required
            maxLength={100}
            value={values.city}
            onChange={(e) => set({ city: e.target.value })}
            {...errors.of('city')}
          />
        </div>
      ) : null}
      <div className="form__row">
        <TextField
          label={t('cohortForm.capacity')}
          hint={editing ? t('cohortForm.capacityHint') : undefined}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={values.capacity}
          onChange={(e) => set({ capacity: e.target.value })}
          {...errors.of('capacity')}
        />
      </div>
      <ChoiceField
        label={t('cohortForm.policeUnit')}
        hint={t('cohortForm.policeUnitHint')}
        disabled={editing}
        value={values.policeUnitId}
        emptyLabel={t('cohortForm.anyUnit')}
        options={policeUnits}
        onChange={(e) => set({ policeUnitId: e.target.value })}
        {...errors.of('policeUnitId')}
      />
      {trainerField({
        facts: {
          courseId: values.courseId,
          language: values.language,
          deliveryMode: values.deliveryMode,
          countryCode: inPerson && values.countryCode ? values.countryCode : undefined,
          policeUnitId: values.policeUnitId || undefined,
          startsAt: fromDateTimeLocal(values.startsAt) ?? '',
          endsAt: fromDateTimeLocal(values.endsAt) ?? '',
          cohortId: cohort?.id,
        },
        value: values.trainerId,
        onChange: (trainerId) => set({ trainerId }),
        allowNone: !(editing && cohort?.trainerId),
        ...errors.of('trainerId'),
      })}
      <CheckboxField
        label={t('cohortForm.requiresApproval')}
        hint={t('cohortForm.requiresApprovalHint')}
        checked={values.requiresApproval}
        onChange={(e) => set({ requiresApproval: e.target.checked })}
        {...errors.of('requiresApproval')}
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
