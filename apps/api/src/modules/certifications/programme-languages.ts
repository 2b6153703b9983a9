import { EntityManager } from 'typeorm';
import { TranslationsService } from '../translations/translations.service';
import { listContentLocales, sourcesOf, translationsOf } from '../translations/translations.queries';

/** A programme's name and description in one language. */
export interface ProgrammeText {
  name: string;
  description: string;
  locale: string;
}

/** What a certificate or credential says of a programme for its holder. */
export interface ProgrammeLanguages {
  /** The language the programme is written in (the certificate's second, English line). */
  sourceLocale: string;
  /** The text in the holder's language when it is published there (published or outdated), else the source. */
  text: ProgrammeText;
  /** The other languages it can be read in: its source and every shown translation, the text's own left out. */
  others: string[];
}

/**
 * The programme for a holder whose language is `locale` (null: none chosen), through the translations
 * module's `resolve`, falling back to the source language only (not through the languages a reader also reads:
 * a certificate is in its holder's language or in the language it was written in).
 */
export async function programmeLanguages(
  translations: TranslationsService,
  manager: EntityManager,
  programmeId: string,
  locale: string | null,
): Promise<ProgrammeLanguages | null> {
  const [source] = await sourcesOf(manager, 'certification_programme', [programmeId]);
  if (!source) return null;
  const resolved = (
    await translations.resolve('certification_programme', [programmeId], locale ? [locale] : [], manager)
  ).get(programmeId)!;
  const text = (key: string) => {
    const value = resolved.fields[key];
    return typeof value === 'string' ? value : '';
  };
  const codes = (await listContentLocales(manager)).map((l) => l.code);
  const shown = await translationsOf(manager, 'certification_programme', [programmeId], codes, true);
  const others = [source.sourceLocale, ...shown.map((t) => t.locale).sort()].filter(
    (l, i, all) => l !== resolved.meta.locale && all.indexOf(l) === i,
  );
  return {
    sourceLocale: source.sourceLocale,
    text: { name: text('name'), description: text('description'), locale: resolved.meta.locale },
    others,
  };
}
