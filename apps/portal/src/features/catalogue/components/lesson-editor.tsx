import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { Markdown } from '@/components/ui/markdown';
import { useFieldErrors } from '@/hooks/use-field-errors';

export interface LessonValues {
  title: string;
  minutes: string;
  body: string;
}

interface LessonEditorProps {
  initial: LessonValues;
  onSubmit: (values: { title: string; minutes: number; body: string }) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
}

/** A lesson's title, minutes and Markdown text, with a preview rendered as learners will see it. */
export function LessonEditor({ initial, onSubmit, onCancel, pending, error, submitLabel }: LessonEditorProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [preview, setPreview] = useState(false);
  const errors = useFieldErrors(error);
  const previewId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({
      title: values.title.trim(),
      minutes: values.minutes.trim() === '' ? Number.NaN : Number(values.minutes),
      body: values.body,
    });
  };

  return (
    <form className="form lesson-editor" onSubmit={submit}>
      <FormError id={errors.errorId} error={error} title={t('forms.notSaved')} />
      <div className="form__row">
        <TextField
          className="field--grow"
          label={t('lessonEditor.title')}
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => setValues({ ...values, title: e.target.value })}
          {...errors.of('title')}
        />
        <TextField
          label={t('lessonEditor.minutes')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={values.minutes}
          onChange={(e) => setValues({ ...values, minutes: e.target.value })}
          {...errors.of('minutes')}
        />
      </div>
      <div className="lesson-editor__tabs" role="group" aria-label={t('lessonEditor.view')}>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={!preview}
          onClick={() => setPreview(false)}
        >
          {t('lessonEditor.write')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={preview}
          aria-controls={previewId}
          onClick={() => setPreview(true)}
        >
          {t('lessonEditor.preview')}
        </button>
      </div>
      {preview ? (
        <div
          id={previewId}
          className="lesson-editor__preview"
          role="region"
          aria-label={t('lessonEditor.previewLabel')}
          tabIndex={0}
        >
          {values.body.trim() ? (
            <Markdown text={values.body} />
          ) : (
            <p className="muted">{t('lessonEditor.nothingToPreview')}</p>
          )}
        </div>
      ) : (
        <TextAreaField
          label={t('lessonEditor.body')}
          hint={t('lessonEditor.bodyHint')}
          className="field--code"
          required
          rows={14}
          value={values.body}
          onChange={(e) => setValues({ ...values, body: e.target.value })}
          {...errors.of('body')}
        />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          {pending ? t('forms.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
