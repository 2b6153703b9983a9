import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField, type ChoiceOption } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import type { Trainer } from '@/features/trainer-assignment/api/get-trainers';
import { useUpdateTrainerProfile } from '@/features/trainer-assignment/api/update-trainer-profile';
import {
  profileFormValues,
  profileUpdateBody,
  toggled,
  type ProfileFormValues,
} from '@/features/trainer-assignment/lib/profile-form';
import { CountryPicker } from './country-picker';

export interface ProfileFormCourse {
  id: string;
  code: string;
  title: string;
}

interface TrainerProfileFormProps {
  trainer: Trainer;
  /** Courses of the catalogue, to name the trainer's qualifications (and to choose them). */
  courses: readonly ProfileFormCourse[];
  /** Member admins and admins set the courses a trainer is qualified for; trainers only see them. */
  canSetCourses: boolean;
  countries: readonly ChoiceOption[];
}

/**
 * What the matcher knows of a trainer: languages, skills, qualifications, the countries they deliver
 * in and must not be sent to, online only, and the load limit. Saves only what changed.
 */
export function TrainerProfileForm({ trainer, courses, canSetCourses, countries }: TrainerProfileFormProps) {
  const { t } = useTranslation();
  const update = useUpdateTrainerProfile();
  const [values, setValues] = useState<ProfileFormValues>(() => profileFormValues(trainer));
  const [unchanged, setUnchanged] = useState(false);
  const errors = useFieldErrors(update.error);
  const set = (patch: Partial<ProfileFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = profileUpdateBody(values, trainer, { canSetCourses });
    const nothing = Object.keys(body).length === 0;
    setUnchanged(nothing);
    if (!nothing) update.mutate({ id: trainer.id, ...body });
  };

  const qualified = courses.filter((c) => trainer.courseIds.includes(c.id));
  const saved = unchanged ? t('forms.noChanges') : update.isSuccess ? t('forms.saved') : '';

  return (
    <form className="form" onSubmit={submit}>
      <FormError id={errors.errorId} error={update.error} title={t('forms.notSaved')} />
      <div className="form__row">
        <TextField
          label={t('assignment.profile.languages')}
          hint={t('assignment.profile.languagesHint')}
          value={values.languages}
          onChange={(e) => set({ languages: e.target.value })}
          {...errors.of('languages')}
        />
        <TextField
          label={t('assignment.profile.skills')}
          hint={t('assignment.profile.skillsHint')}
          value={values.skills}
          onChange={(e) => set({ skills: e.target.value })}
          {...errors.of('skills')}
        />
      </div>
      {canSetCourses ? (
        <fieldset className="fieldset" aria-describedby={errors.of('courseIds').invalid ? errors.errorId : undefined}>
          <legend>{t('assignment.profile.courses')}</legend>
          <p className="field__hint">{t('assignment.profile.coursesHint')}</p>
          {courses.length === 0 ? (
            <p className="empty">{t('assignment.profile.noCourses')}</p>
          ) : (
            <ul className="checklist">
              {courses.map((course) => (
                <li key={course.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={values.courseIds.includes(course.id)}
                      onChange={(e) => set({ courseIds: toggled(values.courseIds, course.id, e.target.checked) })}
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
      ) : (
        <section className="fieldset" aria-labelledby="qualified-title">
          <h3 id="qualified-title" className="fieldset__title">
            {t('assignment.profile.courses')}
          </h3>
          <p className="field__hint">{t('assignment.profile.coursesReadOnly')}</p>
          {qualified.length === 0 ? (
            <p className="empty">{t('assignment.profile.noQualifications')}</p>
          ) : (
            <ul className="cell-list">
              {qualified.map((course) => (
                <li key={course.id}>
                  <code>{course.code}</code> {course.title}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <CheckboxField
        label={t('assignment.profile.onlineOnly')}
        hint={t('assignment.profile.onlineOnlyHint')}
        checked={values.onlineOnly}
        onChange={(e) => set({ onlineOnly: e.target.checked })}
        {...errors.of('onlineOnly')}
      />
      <CountryPicker
        legend={t('assignment.profile.countries')}
        hint={t('assignment.profile.countriesHint')}
        options={countries}
        value={values.countryCodes}
        onChange={(countryCodes) => set({ countryCodes })}
        {...errors.of('countryCodes')}
      />
      <CountryPicker
        legend={t('assignment.profile.excludedCountries')}
        hint={t('assignment.profile.excludedCountriesHint')}
        options={countries}
        value={values.excludedCountryCodes}
        onChange={(excludedCountryCodes) => set({ excludedCountryCodes })}
        {...errors.of('excludedCountryCodes')}
      />
      <TextField
        label={t('assignment.profile.loadLimit')}
        hint={t('assignment.profile.loadLimitHint')}
        type="number"
        inputMode="numeric"
        min={0}
        max={50}
        step={1}
        required
        value={values.loadLimitPerQuarter}
        onChange={(e) => set({ loadLimitPerQuarter: e.target.value })}
        {...errors.of('loadLimitPerQuarter')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={update.isPending} aria-busy={update.isPending}>
          {update.isPending ? t('forms.saving') : t('assignment.profile.save')}
        </button>
        <span className="form__status" role="status">
          {!update.isPending && !update.isError ? saved : ''}
        </span>
      </div>
    </form>
  );
}
