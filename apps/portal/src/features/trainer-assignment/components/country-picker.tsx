import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption } from '@/components/ui/fields';
import { useFormat } from '@/hooks/use-format';
import { filterOptions } from '@/features/trainer-assignment/lib/option-filter';
import { toggled } from '@/features/trainer-assignment/lib/profile-form';
import { shortList } from '@/features/trainer-assignment/lib/short-list';

/** Names listed in the summary before "and N more". */
const SUMMARY_SHOWN = 8;

interface CountryPickerProps {
  legend: string;
  hint?: string;
  /** Every country, as code and name, sorted for the reader. */
  options: readonly ChoiceOption[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  /** The API named this field in its refusal (see `useFieldErrors`). */
  invalid?: boolean;
  errorId?: string;
}

/**
 * A searchable multiple choice of countries: a text box narrows a list of checkboxes; the countries
 * chosen are summed up above it, whatever the search.
 */
export function CountryPicker({ legend, hint, options, value, onChange, invalid, errorId }: CountryPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const hintId = useId();
  const searchId = useId();
  const summaryId = useId();
  const shown = useMemo(() => filterOptions(options, query), [options, query]);
  const chosen = new Set(value);
  const chosenNames = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  const { shown: named, more } = shortList(chosenNames, SUMMARY_SHOWN);
  const describedBy = [hint ? hintId : '', summaryId, invalid && errorId ? errorId : ''].filter(Boolean).join(' ');

  return (
    <fieldset className="fieldset country-picker" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <p id={summaryId} className="country-picker__summary">
        {chosenNames.length === 0
          ? t('assignment.profile.noneChosen')
          : more > 0
            ? t('assignment.profile.chosenMore', {
                count: format.number(chosenNames.length),
                list: named.join(', '),
                more: format.number(more),
              })
            : t('assignment.profile.chosen', { count: format.number(chosenNames.length), list: format.list(named) })}
      </p>
      <div className="field">
        <label htmlFor={searchId}>{t('assignment.profile.findCountry')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          maxLength={60}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t('assignment.profile.noMatch')}</p>
      ) : (
        <ul className="checklist country-picker__list">
          {shown.map((option) => (
            <li key={option.value}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(option.value)}
                  onChange={(e) => onChange(toggled(value, option.value, e.target.checked))}
                />{' '}
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
