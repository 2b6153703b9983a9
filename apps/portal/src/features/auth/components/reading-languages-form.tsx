import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { SelectField } from '@/components/ui/select-field';
import { languageEndonym } from '@/components/ui/translation-note';
import { useUpdateReadsLocales } from '@/features/auth/api/update-reads-locales';

interface ReadingLanguagesFormProps {
  /** The portal language (read first; not listed again). */
  language: string;
  /** The list as saved. */
  saved: readonly string[];
  /** Every content locale to choose from, named in itself. */
  locales: readonly { code: string; name: string }[];
}

/**
 * The ordered list of further languages the user reads. A course not yet in their portal language is
 * shown in the first of these that has it, before its original; cohorts taught in them are listed first.
 */
export function ReadingLanguagesForm({ language, saved, locales }: ReadingLanguagesFormProps) {
  const { t } = useTranslation();
  const update = useUpdateReadsLocales();
  const [list, setList] = useState<string[]>(() => saved.filter((code) => code !== language));
  const [adding, setAdding] = useState('');
  const nameOf = (code: string) => locales.find((l) => l.code === code)?.name ?? languageEndonym(code);
  const choices = locales
    .filter((l) => l.code !== language && !list.includes(l.code))
    .map((l) => ({ value: l.code, label: l.name }));

  const move = (index: number, by: -1 | 1) =>
    setList((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(list);
  };

  return (
    <form className="form reading-languages" onSubmit={submit} aria-labelledby="reading-languages-title">
      <h2 id="reading-languages-title">{t('profile.readsTitle')}</h2>
      <p className="muted">{t('profile.readsHelp', { language: languageEndonym(language) })}</p>
      {list.length === 0 ? (
        <p className="empty">{t('profile.readsEmpty')}</p>
      ) : (
        <ol className="reading-languages__list" aria-label={t('profile.readsListLabel')}>
          {list.map((code, index) => (
            <li key={code} className="reading-languages__item">
              <span lang={code}>{nameOf(code)}</span>
              <span className="reading-languages__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('profile.moveUp', { language: nameOf(code) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={index === list.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('profile.moveDown', { language: nameOf(code) })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setList((current) => current.filter((c) => c !== code))}
                  aria-label={t('profile.remove', { language: nameOf(code) })}
                >
                  {t('profile.removeShort')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="form__row">
        <SelectField
          label={t('profile.addLanguage')}
          emptyLabel={t('profile.chooseLanguage')}
          value={adding}
          options={choices}
          disabled={choices.length === 0}
          onChange={setAdding}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={!adding}
          onClick={() => {
            setList((current) => [...current, adding]);
            setAdding('');
          }}
        >
          {t('profile.add')}
        </button>
      </div>
      {update.isError ? <ErrorMessage error={update.error} /> : null}
      {update.isSuccess ? (
        <p className="alert alert--ok" role="status">
          {t('profile.saved')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={update.isPending} aria-busy={update.isPending}>
          {update.isPending ? t('profile.saving') : t('profile.save')}
        </button>
      </div>
    </form>
  );
}
