import { create, Font } from 'fontkit';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The certificate's fonts: Noto families (SIL Open Font License) from npm packages, embedded and subset by
 * pdfkit (only the glyphs a certificate uses go into the PDF). No operating-system font is ever used.
 *
 * | font | package | scripts |
 * |---|---|---|
 * | Noto Sans | `@expo-google-fonts/noto-sans` (TTF) | Latin (Turkish, Portuguese, Vietnamese …), Cyrillic, Greek |
 * | Noto Sans Devanagari | `@expo-google-fonts/noto-sans-devanagari` (TTF) | Devanagari (Hindi, Marathi, Nepali) |
 * | Noto Sans Thai | `@expo-google-fonts/noto-sans-thai` (TTF) | Thai |
 * | Noto Sans Hans | `@embedpdf/fonts-sc` (OTF) | Han (Simplified Chinese, GB 18030 repertoire), kana, Bopomofo |
 */
export const CERTIFICATE_FONTS = [
  {
    name: 'NotoSans',
    pkg: '@expo-google-fonts/noto-sans',
    file: '400Regular/NotoSans_400Regular.ttf',
    script: null,
  },
  {
    name: 'NotoSansDevanagari',
    pkg: '@expo-google-fonts/noto-sans-devanagari',
    file: '400Regular/NotoSansDevanagari_400Regular.ttf',
    script: /\p{Script=Devanagari}/u,
  },
  {
    name: 'NotoSansThai',
    pkg: '@expo-google-fonts/noto-sans-thai',
    file: '400Regular/NotoSansThai_400Regular.ttf',
    script: /\p{Script=Thai}/u,
  },
  {
    name: 'NotoSansHans',
    pkg: '@embedpdf/fonts-sc',
    file: 'fonts/NotoSansHans-Regular.otf',
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u,
  },
] as const;

export type CertificateFontName = (typeof CERTIFICATE_FONTS)[number]['name'];

/** A stretch of text drawn in one font. */
export interface FontRun {
  font: CertificateFontName;
  text: string;
}

export interface LoadedFont {
  name: CertificateFontName;
  /** The font file, handed to every PDF document (pdfkit subsets what it embeds). */
  data: Buffer;
  /** Parsed once, to ask which characters the font covers. */
  font: Font;
}

/** The folder of an installed package (its `exports` may hide `package.json` and the font files). */
function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

async function load(): Promise<LoadedFont[]> {
  return Promise.all(
    CERTIFICATE_FONTS.map(async (f) => {
      const data = await readFile(join(packageDir(f.pkg), f.file));
      return { name: f.name, data, font: create(data) };
    }),
  );
}

let loaded: Promise<LoadedFont[]> | undefined;

/** The fonts, read from disk once per process (asynchronously; about 9 MB, most of it the Han font). */
export function certificateFonts(): Promise<LoadedFont[]> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined; // a failed read is tried again by the next certificate
    throw error;
  });
  return loaded;
}

const LETTER = /\p{L}/u;

/** The font for one character: its script's font when it has the glyph, else the first that has it. */
function fontFor(fonts: LoadedFont[], char: string): LoadedFont {
  const codePoint = char.codePointAt(0)!;
  const byScript = CERTIFICATE_FONTS.findIndex((f) => f.script?.test(char));
  if (byScript >= 0 && fonts[byScript].font.hasGlyphForCodePoint(codePoint)) return fonts[byScript];
  return fonts.find((f) => f.font.hasGlyphForCodePoint(codePoint)) ?? fonts[0];
}

/**
 * Splits text into runs of one font each, so a line mixing scripts renders every character. Letters take
 * their script's font; spaces, digits, punctuation and combining marks stay in the run they follow when its
 * font has them (a Devanagari vowel sign or a Thai tone mark is shaped with its consonant).
 */
export function fontRuns(fonts: LoadedFont[], text: string): FontRun[] {
  const runs: FontRun[] = [];
  let current: LoadedFont | undefined;
  for (const char of text) {
    const keep = current !== undefined && !LETTER.test(char) && current.font.hasGlyphForCodePoint(char.codePointAt(0)!);
    if (!keep) current = fontFor(fonts, char);
    const last = runs[runs.length - 1];
    if (last && last.font === current!.name) last.text += char;
    else runs.push({ font: current!.name, text: char });
  }
  return runs;
}
