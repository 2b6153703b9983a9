import { create, Font } from 'fontkit';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * The fonts of every PDF the platform prints (certificates, attendance sheets): Noto families (SIL Open Font License) from npm packages, embedded and subset by
 * pdfkit (only the glyphs a certificate uses go into the PDF). No operating-system font is ever used.
 *
 * | font | package | scripts |
 * |---|---|---|
 * | Noto Sans | `@expo-google-fonts/noto-sans` (TTF) | Latin (Turkish, Portuguese, Vietnamese …), Cyrillic, Greek |
 * | Noto Sans Devanagari | `@expo-google-fonts/noto-sans-devanagari` (TTF) | Devanagari (Hindi, Marathi, Nepali) |
 * | Noto Sans Thai | `@expo-google-fonts/noto-sans-thai` (TTF) | Thai |
 * | Noto Sans Hans | `@embedpdf/fonts-sc` (OTF) | Han (Simplified Chinese, GB 18030 repertoire), kana, Bopomofo |
 */
export const PDF_FONTS = [
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

export type PdfFontName = (typeof PDF_FONTS)[number]['name'];

/** A stretch of text drawn in one font. */
export interface FontRun {
  font: PdfFontName;
  text: string;
}

export interface LoadedFont {
  name: PdfFontName;
  /** The font file. */
  data: Buffer;
  /** Parsed once per process: which characters it covers, and the font every document embeds a subset of. */
  font: Font;
}

/** pdfkit's embedded-font class: a document's subset of a parsed fontkit font. */
type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: Font, id: string) => object;

/** The pdfkit internals `usePdfFonts` relies on. */
interface PdfkitFontInternals {
  _fontFamilies?: Record<string, object>;
  _fontCount?: number;
  _font?: { constructor: EmbeddedFontClass };
}

/** The folder of an installed package (its `exports` may hide `package.json` and the font files). */
function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

let embeddedFont: EmbeddedFontClass | null = null;

async function load(): Promise<LoadedFont[]> {
  const fonts = await Promise.all(
    PDF_FONTS.map(async (f) => {
      const data = await readFile(join(packageDir(f.pkg), f.file));
      return { name: f.name, data, font: create(data) };
    }),
  );
  // pdfkit's class for an embedded font, taken from a throwaway document that opens the smallest font.
  const smallest = fonts.reduce((a, b) => (a.data.length <= b.data.length ? a : b));
  const probe = new PDFDocument({ autoFirstPage: false });
  probe.registerFont(smallest.name, smallest.data).font(smallest.name);
  const internals = probe as unknown as PdfkitFontInternals;
  embeddedFont =
    typeof internals._fontFamilies === 'object' && typeof internals._fontCount === 'number' && internals._font
      ? internals._font.constructor
      : null;
  return fonts;
}

/**
 * Makes the fonts available to a document under their names. pdfkit would parse each font file again for
 * every document (fontkit tables, layout features), which costs several times the rest of a certificate;
 * instead each document gets pdfkit's own embedded font built on the font parsed once per process, so it
 * only lays out and subsets what it prints. This leans on pdfkit internals (the font cache `_fontFamilies`,
 * `_fontCount`, the class of an opened font); where they are not found it falls back to registering the files.
 */
export function usePdfFonts(doc: PDFKit.PDFDocument, fonts: LoadedFont[]): void {
  const internals = doc as unknown as PdfkitFontInternals;
  for (const f of fonts) {
    if (embeddedFont && internals._fontFamilies && typeof internals._fontCount === 'number')
      internals._fontFamilies[f.name] = new embeddedFont(doc, f.font, `F${++internals._fontCount}`);
    else doc.registerFont(f.name, f.data);
  }
}

/** Whether documents get the fonts parsed once per process (false: pdfkit parses them per document). */
export function sharesParsedFonts(): boolean {
  return embeddedFont !== null;
}

let loaded: Promise<LoadedFont[]> | undefined;

/** The fonts, read from disk once per process (asynchronously; about 9 MB, most of it the Han font). */
export function pdfFonts(): Promise<LoadedFont[]> {
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
  const byScript = PDF_FONTS.findIndex((f) => f.script?.test(char));
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
