import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchFieldProps {
  label: string;
  /** The search in the address; give the field `key={value}` so it follows Back. */
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder?: string;
}

/** A search landmark with a text box and its button; searching applies on submit. */
export function SearchField({ label, value, onSearch, placeholder }: SearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(value ?? '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(q.trim() || undefined);
  };
  return (
    <form role="search" className="field field--grow" onSubmit={submit} aria-label={label}>
      <label htmlFor={id}>{label}</label>
      <div className="search-box">
        <input
          id={id}
          type="search"
          value={q}
          maxLength={100}
          placeholder={placeholder}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="button">
          {t('catalogue.searchButton')}
        </button>
      </div>
    </form>
  );
}
