import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { Markdown } from '@/components/ui/markdown';
import { Tag, type TagTone } from '@/components/ui/tag';
import { useFormat } from '@/hooks/use-format';
import { useFieldErrors } from '@/hooks/use-field-errors';
import type { CourseString } from '@/features/translations/api/get-course-strings';
import { useSaveTranslation } from '@/features/translations/api/save-translation';
import {
  flattenFields,
  MARKDOWN_FIELDS,
  unflattenFields,
  type FieldText,
} from '@/features/translations/lib/string-fields';
import { SourceDiffView } from './source-diff-view';

type Status = 'published' | 'draft' | 'outdated' | 'missing';
type FieldName = 'title' | 'summary' | 'body' | 'prompt' | 'name' | 'description' | 'label';
const TONES: Record<Status, TagTone> = { published: 'ok', draft: 'info', outdated: 'warn', missing: 'muted' };

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Tag tone={TONES[status]}>{t(`translations.status.${status}`)}</Tag>;
}

interface StringEditorProps {
  courseId: string;
  item: CourseString;
  locale: string;
  localeName: string;
  sourceLocale: string;
  sourceName: string;
}

/**
 * One entity's strings side by side: the source on the left, the translation on the right (a text area per
 * field; a question's options as text only, their ids and order fixed by the source), a Markdown preview of
 * the translation, and for an outdated translation what changed in the source since, with the date.
 */
export function StringEditor({ courseId, item, locale, localeName, sourceLocale, sourceName }: StringEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const source = flattenFields(item.source, item.entityType);
  const current = item.translation ? flattenFields(item.translation.fields) : [];
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(source.map((f) => [f.key, current.find((c) => c.key === f.key)?.text ?? ''])),
  );
  const save = useSaveTranslation(courseId, locale);
  const errors = useFieldErrors(save.error);
  const [saved, setSaved] = useState<'draft' | 'published' | null>(null);
  const made = item.translation ? flattenFields(item.translation.sourceFields) : [];
  const changed =
    item.status === 'outdated' ? source.filter((f) => made.find((m) => m.key === f.key)?.text !== f.text) : [];

  const fieldLabel = (f: FieldText, index: number) =>
    f.optionId !== undefined
      ? t('translations.field.option', { n: index - source.findIndex((s) => s.optionId !== undefined) + 1 })
      : t(`translations.field.${f.field as FieldName}`);

  const submit = (publish: boolean) => (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setSaved(null);
    save.mutate(
      {
        entityType: item.entityType,
        entityId: item.entityId,
        locale,
        fields: unflattenFields(item.source, texts),
        publish,
      },
      { onSuccess: () => setSaved(publish ? 'published' : 'draft') },
    );
  };

  return (
    <form className="string-editor" onSubmit={submit(false)} aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t(`translations.entity.${item.entityType}`)}
      </h3>
      {item.status === 'outdated' && item.translation?.outdatedSince ? (
        <div className="alert alert--info">
          <p>{t('translations.outdatedSince', { date: format.date(item.translation.outdatedSince) })}</p>
          {changed.map((f) => (
            <SourceDiffView
              key={f.key}
              label={fieldLabel(f, source.indexOf(f))}
              before={made.find((m) => m.key === f.key)?.text ?? ''}
              after={f.text}
            />
          ))}
        </div>
      ) : null}
      <FormError id={errors.errorId} error={save.error} title={t('forms.notSaved')} />
      {source.map((f, index) => (
        <div key={f.key} className="string-editor__row">
          <div className="string-editor__source">
            <p className="string-editor__label">
              {fieldLabel(f, index)} · {sourceName}
            </p>
            <div className="string-editor__source-text" lang={sourceLocale}>
              {f.text}
            </div>
          </div>
          <div className="string-editor__target">
            <TextAreaField
              label={`${fieldLabel(f, index)} · ${localeName}`}
              lang={locale}
              rows={f.field === 'body' ? 12 : MARKDOWN_FIELDS.has(f.field) ? 5 : 2}
              value={texts[f.key] ?? ''}
              onChange={(e) => setTexts({ ...texts, [f.key]: e.target.value })}
              {...errors.of(`fields.${f.key}`)}
            />
            {MARKDOWN_FIELDS.has(f.field) && texts[f.key]?.trim() ? (
              <div
                className="lesson-editor__preview"
                role="region"
                aria-label={t('translations.previewOf', { field: fieldLabel(f, index) })}
                lang={locale}
              >
                <Markdown text={texts[f.key]} />
              </div>
            ) : null}
          </div>
        </div>
      ))}
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {t('translations.saveDraft')}
        </button>
        <button
          type="button"
          className="button"
          disabled={save.isPending}
          aria-busy={save.isPending}
          onClick={() => submit(true)()}
        >
          {t('translations.publish')}
        </button>
        {saved ? (
          <p role="status" className="muted">
            {t(saved === 'published' ? 'translations.publishedNow' : 'translations.savedNow')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
