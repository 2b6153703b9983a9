import { execFile } from 'node:child_process';
import { join } from 'node:path';

export interface PdfText {
  pages: number;
  /** Text lines in glyph order (pdfjs-dist's text content). */
  lines: string[];
  /** The ActualText of each paragraph structure element, in document order. */
  actual: string[];
  /** The document's title and language (its properties: `Info.Title`, the catalog's `Lang`), null when unset. */
  title: string | null;
  lang: string | null;
  /** Names of the embedded fonts (`ABCDEF+Name` for a subset). */
  fonts: string[];
}

/** Text of a PDF as pdfjs-dist reads it (no poppler needed), and the fonts it embeds. */
export function pdfText(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-text-child.mjs')],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`pdf-text failed: ${stderr || error.message}`));
        const fonts = [...pdf.toString('latin1').matchAll(/\/BaseFont \/([^\s/<>[\]()]+)/g)].map((m) => m[1]);
        resolve({ ...(JSON.parse(stdout) as Omit<PdfText, 'fonts'>), fonts: [...new Set(fonts)] });
      },
    );
    child.stdin!.end(pdf);
  });
}
