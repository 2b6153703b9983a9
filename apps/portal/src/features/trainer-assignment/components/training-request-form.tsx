import { DELIVERY_MODES, type DeliveryMode } from '@icspa/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import {
  dateInputValue,
  languageForCourse,
  requestFormValues,
  type RequestFormValues,
} from '@/features/trainer-assignment/lib/request-form';

export interface RequestFormCourse {
  id: string;
  code: string;
  title: string;
  languages: readonly string[];
}

interface TrainingRequestFormProps {
  /** Published courses, from the catalogue. */
  courses: readonly RequestFormCourse[];
  defaultCourseId?: string;
  onSubmit: (values: RequestFormValues) => void;
  pending: boolean;
  error: unknown;
}

/**
 * What the unit asks for: a course, a language it is taught in, the training days, the delivery and
 * the seats. The API names any field it refuses; the message is tied to that field.
 */
export function TrainingRequestForm({ courses, defaultCourseId, onSubmit, pending, error }: TrainingRequestFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState<RequestFormValues>(() => {
    const initial = requestFormValues({
      courseId: courses.some((c) => c.id === defaultCourseId) ? defaultCourseId : undefined,
    });
    return { ...initial, language: languageForCourse('', courses.find((c) => c.id === initial.courseId)?.languages) };
  });
  const [today] = useState(() => dateInputValue(new Date()));
  const errors = useFieldErrors(error);
  const set = (patch: Partial<RequestFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const course = courses.find((c) => c.id === values.courseId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormError
        id={errors.errorId}
        error={error}
        title={t('assignment.raise.failed')}
        labels={{
          courseId: t('assignment.raise.course'),
          language: t('assignment.raise.language'),
          startsAt: t('assignment.raise.startDate'),
          endsAt: t('assignment.raise.endDate'),
          deliveryMode: t('assignment.raise.deliveryMode'),
          seats: t('assignment.raise.seats'),
        }}
      />
      <ChoiceField
        label={t('assignment.raise.course')}
        required
        value={values.courseId}
        emptyLabel={t('assignment.raise.chooseCourse')}
        options={courses.map((c) => ({ value: c.id, label: `${c.code} — ${c.title}` }))}
        onChange={(e) => {
          const next = courses.find((c) => c.id === e.target.value);
          set({ courseId: e.target.value, language: languageForCourse(values.language, next?.languages) });
        }}
        {...errors.of('courseId')}
      />
      <ChoiceField
        label={t('assignment.raise.language')}
        hint={t('assignment.raise.languageHint')}
        required
        disabled={!course}
        value={values.language}
        emptyLabel={course ? t('assignment.raise.chooseLanguage') : t('assignment.raise.chooseCourseFirst')}
        options={(course?.languages ?? []).map((tag) => ({ value: tag, label: format.language(tag) }))}
        onChange={(e) => set({ language: e.target.value })}
        {...errors.of('language')}
      />
      <div className="form__row">
        <TextField
          label={t('assignment.raise.startDate')}
          type="date"
          required
          min={today}
          value={values.startDate}
          onChange={(e) =>
            set({
              startDate: e.target.value,
              endDate: values.endDate && values.endDate < e.target.value ? e.target.value : values.endDate,
            })
          }
          {...errors.of('startsAt')}
        />
        <TextField
          label={t('assignment.raise.endDate')}
          hint={t('assignment.raise.datesHint')}
          type="date"
          required
          min={values.startDate || today}
          value={values.endDate}
          onChange={(e) => set({ endDate: e.target.value })}
          {...errors.of('endsAt')}
        />
      </div>
      <div className="form__row">
        <ChoiceField
          label={t('assignment.raise.deliveryMode')}
          value={values.deliveryMode}
          options={DELIVERY_MODES.map((mode) => ({ value: mode, label: t(`deliveryMode.${mode}`) }))}
          onChange={(e) => set({ deliveryMode: e.target.value as DeliveryMode })}
          {...errors.of('deliveryMode')}
        />
        <TextField
          label={t('assignment.raise.seats')}
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          step={1}
          required
          value={values.seats}
          onChange={(e) => set({ seats: e.target.value })}
          {...errors.of('seats')}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          {pending ? t('assignment.raise.submitting') : t('assignment.raise.submit')}
        </button>
      </div>
    </form>
  );
}
