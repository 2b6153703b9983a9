import { COURSE_LEVELS, type CourseLevel } from '@icspa/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';
import { useFormat } from '@/hooks/use-format';
import { withCurrent } from '@/features/catalogue/lib/facets';
import { languageEndonym } from '@/components/ui/translation-note';

export interface CourseFilterValue {
  q?: string;
  topic?: string;
  language?: string;
  level?: CourseLevel;
  /** A content locale: only courses readable whole in it. */
  availableIn?: string;
}

interface CourseFiltersProps {
  value: CourseFilterValue;
  /** The topics and languages to choose from. */
  facets: { topics: readonly string[]; languages: readonly string[] };
  facetsLoading?: boolean;
  onChange: (value: CourseFilterValue) => void;
}

/**
 * Full-text search and the topic, language and level filters. The search applies on submit; a filter
 * applies when chosen, together with whatever is typed in the search box. Give it `key={value.q}` so the
 * box follows the address when Back changes it.
 */
export function CourseFilters({ value, facets, facetsLoading = false, onChange }: CourseFiltersProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const searchId = useId();
  const mine = i18n.resolvedLanguage ?? i18n.language;
  const [q, setQ] = useState(value.q ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined });
  };
  const apply = (next: Partial<CourseFilterValue>) => onChange({ ...value, q: q.trim() || undefined, ...next });

  const topics = withCurrent(facets.topics, value.topic)
    .map((tag) => ({ value: tag, label: format.topic(tag) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const languages = withCurrent(facets.languages, value.language)
    .map((tag) => ({ value: tag, label: format.language(tag) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  return (
    <form role="search" className="filters" aria-label={t('catalogue.searchLabel')} onSubmit={submit}>
      <div className="field field--grow">
        <label htmlFor={searchId}>{t('catalogue.search')}</label>
        <div className="search-box">
          <input
            id={searchId}
            type="search"
            name="q"
            value={q}
            maxLength={100}
            placeholder={t('catalogue.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="button">
            {t('catalogue.searchButton')}
          </button>
        </div>
      </div>
      <SelectField
        label={t('catalogue.topic')}
        emptyLabel={t('catalogue.allTopics')}
        value={value.topic ?? ''}
        options={topics}
        disabled={facetsLoading}
        onChange={(topic) => apply({ topic: topic || undefined })}
      />
      <SelectField
        label={t('catalogue.language')}
        emptyLabel={t('catalogue.allLanguages')}
        value={value.language ?? ''}
        options={languages}
        disabled={facetsLoading}
        onChange={(language) => apply({ language: language || undefined })}
      />
      <SelectField
        label={t('catalogue.level')}
        emptyLabel={t('catalogue.allLevels')}
        value={value.level ?? ''}
        options={COURSE_LEVELS.map((level) => ({ value: level, label: t(`courseLevel.${level}`) }))}
        onChange={(level) => apply({ level: (level || undefined) as CourseLevel | undefined })}
      />
      <div className="field field--check">
        <label>
          <input
            type="checkbox"
            name="availableIn"
            checked={!!value.availableIn}
            onChange={(event) => apply({ availableIn: event.target.checked ? mine : undefined })}
          />{' '}
          {t('translations.availableInMine', { language: languageEndonym(value.availableIn ?? mine) })}
        </label>
      </div>
    </form>
  );
}
