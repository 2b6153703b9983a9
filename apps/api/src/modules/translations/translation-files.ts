import { BadRequestException } from '@nestjs/common';
import { po } from 'gettext-parser';
import { js2xliff, xliff2js } from 'xliff';
import { coded } from '../../core/errors/coded';

/**
 * A course's strings as files a translator works on offline: XLIFF 2.0 (`xliff`) and gettext PO
 * (`gettext-parser`). One unit per string, keyed `entityType:entityId:field` (a question option's field is
 * `options.<optionId>`); source and current target; a note with the status.
 */
export const TRANSLATION_FILE_FORMATS = {
  xlf: { contentType: 'application/xliff+xml' },
  po: { contentType: 'text/x-gettext-translation' },
} as const;
export type TranslationFileFormat = keyof typeof TRANSLATION_FILE_FORMATS;

/** The most units a file may carry: far more than any course has, far fewer than a hostile file may. */
export const MAX_FILE_UNITS = 20_000;

export interface FileUnit {
  id: string;
  source: string;
  target: string;
  note: string;
}

export interface ParsedFile {
  /** The target language the file declares, when it declares one. */
  locale: string | null;
  /** Unit id → target text (undefined when the unit has no target, or an empty one; null when it holds inline markup). */
  targets: Map<string, string | undefined | null>;
}

export async function buildTranslationFile(
  format: TranslationFileFormat,
  doc: { sourceLocale: string; locale: string; courseId: string; units: FileUnit[] },
): Promise<string> {
  if (format === 'xlf') {
    const units: Record<string, { source: string; target: string; note: string }> = {};
    for (const u of doc.units) units[u.id] = { source: u.source, target: u.target, note: u.note };
    return js2xliff(
      {
        sourceLanguage: doc.sourceLocale,
        targetLanguage: doc.locale,
        resources: { [`course-${doc.courseId}`]: units },
      },
      { indent: '  ' },
    );
  }
  const translations: Record<
    string,
    Record<string, { msgctxt?: string; msgid: string; msgstr: string[]; comments?: { extracted: string } }>
  > = {
    '': { '': { msgid: '', msgstr: [''] } },
  };
  for (const u of doc.units)
    translations[u.id] = {
      [u.source]: { msgctxt: u.id, msgid: u.source, msgstr: [u.target], comments: { extracted: u.note } },
    };
  return po
    .compile(
      {
        charset: 'utf-8',
        headers: {
          'Project-Id-Version': `course ${doc.courseId}`,
          Language: doc.locale,
          'MIME-Version': '1.0',
          'Content-Type': 'text/plain; charset=UTF-8',
          'Content-Transfer-Encoding': '8bit',
          'X-Source-Language': doc.sourceLocale,
        },
        translations,
      },
      { foldLength: 0 },
    )
    .toString('utf8');
}

function refuseFile(format: TranslationFileFormat, text: string): never {
  throw new BadRequestException(
    coded(
      'translation_import.unreadable',
      'body',
      `not a readable ${format === 'xlf' ? 'XLIFF 2.0' : 'PO'} file: ${text}`,
      {
        format,
      },
    ),
  );
}

/** How many units a file claims, counted before it is parsed (a cheap scan). */
function unitCount(format: TranslationFileFormat, text: string): number {
  const pattern = format === 'xlf' ? /<unit[\s>]/g : /^msgid\s/gm;
  let count = 0;
  while (pattern.exec(text) && ++count <= MAX_FILE_UNITS);
  return count;
}

/**
 * Reads an uploaded file. Refuses (400) a file that is not XLIFF 2.0 / PO, that declares a DTD (XLIFF never
 * needs one; entity expansion is refused outright, whatever the parser would do), or that carries more than
 * `MAX_FILE_UNITS` units (counted before parsing).
 */
export async function parseTranslationFile(format: TranslationFileFormat, text: string): Promise<ParsedFile> {
  if (unitCount(format, text) > MAX_FILE_UNITS)
    throw new BadRequestException(
      coded('translation_import.too_many_units', 'body', `carries more than ${MAX_FILE_UNITS} units`, {
        max: MAX_FILE_UNITS,
      }),
    );
  const targets = new Map<string, string | undefined | null>();
  if (format === 'xlf') {
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) refuseFile(format, 'a DTD is not allowed');
    let doc;
    try {
      doc = await xliff2js(text, {});
    } catch (error) {
      refuseFile(format, error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : 'parse error');
    }
    if (!doc || !doc.resources || typeof doc.resources !== 'object') refuseFile(format, 'no XLIFF 2.0 root');
    for (const file of Object.values(doc.resources))
      for (const id of Object.keys(file)) {
        const target = file[id]?.target;
        if (target !== undefined && typeof target !== 'string') {
          // Inline markup (<ph>, <pc>…) is not produced by the export; a target carrying it is read as refused text.
          targets.set(id, null);
          continue;
        }
        targets.set(id, target === '' ? undefined : target);
      }
    return { locale: doc.targetLanguage ?? null, targets };
  }
  let file;
  try {
    file = po.parse(text, 'utf-8');
  } catch (error) {
    refuseFile(format, error instanceof Error ? error.message.slice(0, 200) : 'parse error');
  }
  for (const context of Object.keys(file.translations))
    for (const msgid of Object.keys(file.translations[context])) {
      const entry = file.translations[context][msgid];
      if (context === '' && msgid === '') continue; // the header
      const target = entry.msgstr?.[0];
      targets.set(context || msgid, target ? target : undefined);
    }
  const language = Object.entries(file.headers ?? {}).find(([k]) => k.toLowerCase() === 'language')?.[1];
  return { locale: language || null, targets };
}
