import { fontRuns, type LoadedFont } from './pdf-fonts';

/**
 * Text in the platform's PDF fonts, one run per script, so a Cyrillic, Chinese or Devanagari name prints as
 * written. Options apply to the whole text; `at` places its first run.
 */
export function writeText(
  doc: PDFKit.PDFDocument,
  fonts: LoadedFont[],
  text: string,
  at?: { x: number; y: number },
  options: PDFKit.Mixins.TextOptions = {},
): void {
  const runs = fontRuns(fonts, text || ' ');
  runs.forEach((run, i) => {
    doc.font(run.font);
    const more = { ...options, continued: i < runs.length - 1 };
    if (i === 0 && at) doc.text(run.text, at.x, at.y, more);
    else doc.text(run.text, more);
  });
}
