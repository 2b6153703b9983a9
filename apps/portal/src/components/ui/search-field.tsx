import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchFieldProps {
  label: string;
  /**
   * The search in the address. Without `debounceMs`, give the field `key={value}` so it follows Back; with
   * it, the field follows the address by itself (a key would take the focus away while typing).
   */
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder?: string;
  /** Search as the reader types, this long after the last key (people search: 300 ms). */
  debounceMs?: number;
}

/** A search landmark with a text box and its button; searching applies on submit, or as one types (debounced). */
export function SearchField({ label, value, onSearch, placeholder, debounceMs }: SearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(value ?? '');
  // The last search sent (or read from the address), so typing back to it sends nothing.
  const sent = useRef(value ?? '');
  // Searches sent whose navigation has not reached the address yet (a slow typist sends several): when an
  // earlier one arrives it is ours, not a Back, and must not put its text back in the box.
  const inFlight = useRef<string[]>([]);
  const search = useRef(onSearch);
  search.current = onSearch;
  const send = (next: string) => {
    sent.current = next;
    inFlight.current.push(next);
    search.current(next || undefined);
  };

  useEffect(() => {
    const address = value ?? '';
    const ours = inFlight.current.indexOf(address);
    if (ours >= 0) {
      inFlight.current = inFlight.current.slice(ours + 1);
      return;
    }
    inFlight.current = [];
    // Back, a link or a reset changed the address: show what it says.
    if (address !== sent.current) {
      sent.current = address;
      setQ(address);
    }
  }, [value]);

  useEffect(() => {
    if (!debounceMs) return;
    const next = q.trim();
    if (next === sent.current.trim()) return;
    const timer = setTimeout(() => send(next), debounceMs);
    return () => clearTimeout(timer);
  }, [q, debounceMs]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(q.trim());
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
