import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nameMatches, type NameIdentifier } from '@/features/certifications/lib/offline-verification';
import { VERIFIER_NS } from '@/features/certifications/lib/verifier-i18n';

/** The name on the clerk's identity document, checked against the credential's salted name (on the device). */
export function NameCheck({ identifiers }: { identifiers: NameIdentifier[] }) {
  const { t: tv } = useTranslation(VERIFIER_NS);
  const id = useId();
  const hintId = useId();
  const [name, setName] = useState('');
  const [match, setMatch] = useState<boolean | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setMatch(null);
    if (!name.trim()) return;
    void nameMatches(name, identifiers).then(setMatch);
  };
  return (
    <form className="form offline-verifier__name" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{tv('name.label')}</label>
        <p id={hintId} className="field__hint">
          {tv('name.hint')}
        </p>
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setMatch(null);
          }}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {tv('name.check')}
      </button>
      <p role="status" className={match === null ? undefined : `alert ${match ? 'alert--success' : 'alert--error'}`}>
        {match === null ? '' : tv(match ? 'name.match' : 'name.noMatch')}
      </p>
    </form>
  );
}
