import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { useFormat } from '@/hooks/use-format';
import { isMonth, lastMonths, presetOf, type Period } from '@/features/uptake/lib/period';

export interface UptakeFilterValue {
  from: string;
  to: string;
  region?: string;
  topic?: string;
  courseId?: string;
}

interface UptakeFiltersProps {
  value: UptakeFilterValue;
  topics: readonly SelectOption[];
  courses: readonly SelectOption[];
  /** Leave out for views bound to one place (a coordinator's unit). */
  regions?: readonly SelectOption[];
  optionsLoading?: boolean;
  onChange: (value: UptakeFilterValue) => void;
}

export const PERIOD_PRESETS = [12, 24] as const;

/**
 * Period (two months, or a preset of the last 12 or 24), and optionally region, topic and course. Each
 * choice applies at once; a period whose end comes before its start is refused with a message.
 */
export function UptakeFilters({
  value,
  topics,
  courses,
  regions,
  optionsLoading = false,
  onChange,
}: UptakeFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  // What is typed, before it is a whole valid period.
  const [draft, setDraft] = useState<Period>({ from: value.from, to: value.to });
  const [shown, setShown] = useState<Period>({ from: value.from, to: value.to });
  if (shown.from !== value.from || shown.to !== value.to) {
    // The address changed (a preset, Back): follow it.
    setShown({ from: value.from, to: value.to });
    setDraft({ from: value.from, to: value.to });
  }
  const invalid = isMonth(draft.from) && isMonth(draft.to) && draft.from > draft.to;
  const preset = presetOf(value, PERIOD_PRESETS);

  const setMonth = (end: keyof Period, month: string) => {
    const next = { ...draft, [end]: month };
    setDraft(next);
    if (isMonth(next.from) && isMonth(next.to) && next.from <= next.to) onChange({ ...value, ...next });
  };

  return (
    <div className="filters uptake-filters" role="group" aria-label={t('uptake.filters.label')}>
      <fieldset className="fieldset period-field">
        <legend>{t('uptake.filters.period')}</legend>
        <div className="period-field__months">
          <div className="field field--month">
            <label htmlFor={fromId}>{t('uptake.filters.from')}</label>
            <input
              id={fromId}
              type="month"
              value={draft.from}
              max={draft.to}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? errorId : undefined}
              onChange={(e) => setMonth('from', e.target.value)}
            />
          </div>
          <div className="field field--month">
            <label htmlFor={toId}>{t('uptake.filters.to')}</label>
            <input
              id={toId}
              type="month"
              value={draft.to}
              min={draft.from}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? errorId : undefined}
              onChange={(e) => setMonth('to', e.target.value)}
            />
          </div>
          <div className="period-field__presets">
            {PERIOD_PRESETS.map((months) => (
              <button
                key={months}
                type="button"
                className="button button--secondary button--small"
                aria-pressed={preset === months}
                onClick={() => onChange({ ...value, ...lastMonths(months) })}
              >
                {t('uptake.filters.last', { period: format.unit(months, 'month') })}
              </button>
            ))}
          </div>
        </div>
        {invalid ? (
          <p id={errorId} className="field__error" role="alert">
            {t('uptake.filters.periodInvalid')}
          </p>
        ) : null}
      </fieldset>
      {regions ? (
        <SelectField
          label={t('uptake.filters.region')}
          emptyLabel={t('uptake.filters.allRegions')}
          value={value.region ?? ''}
          options={regions}
          disabled={optionsLoading}
          onChange={(region) => onChange({ ...value, region: region || undefined })}
        />
      ) : null}
      <SelectField
        label={t('uptake.filters.topic')}
        emptyLabel={t('uptake.filters.allTopics')}
        value={value.topic ?? ''}
        options={topics}
        disabled={optionsLoading}
        onChange={(topic) => onChange({ ...value, topic: topic || undefined })}
      />
      <SelectField
        label={t('uptake.filters.course')}
        emptyLabel={t('uptake.filters.allCourses')}
        value={value.courseId ?? ''}
        options={courses}
        disabled={optionsLoading}
        onChange={(courseId) => onChange({ ...value, courseId: courseId || undefined })}
      />
    </div>
  );
}
