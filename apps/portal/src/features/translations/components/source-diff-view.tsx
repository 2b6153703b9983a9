import { useTranslation } from 'react-i18next';
import { sourceDiff } from '@/features/translations/lib/source-diff';

/** What changed in a source text since the translation was made: removed words struck, added ones marked. */
export function SourceDiffView({ label, before, after }: { label: string; before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <div className="source-diff">
      <p className="source-diff__label">{label}</p>
      <p className="source-diff__text">
        {sourceDiff(before, after).map((part, i) =>
          part.kind === 'added' ? (
            <ins key={i} title={t('translations.diff.added')}>
              {part.text}
            </ins>
          ) : part.kind === 'removed' ? (
            <del key={i} title={t('translations.diff.removed')}>
              {part.text}
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
