import type { LoadedFont } from './pdf-fonts';
import { writeText } from './pdf-text';

/**
 * Writes one line at the foot of every page of a document opened with `bufferPages: true` (an export's "Exported
 * by … on …"), in the platform's fonts so a name in any script prints as written. Call it once, before `end()`.
 */
export function writeFooterOnEveryPage(doc: PDFKit.PDFDocument, fonts: LoadedFont[], text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    // Below the bottom margin pdfkit would start a new page: the margin is lifted while the line is written.
    margins.bottom = 0;
    doc.fontSize(8).fillColor('#555');
    writeText(
      doc,
      fonts,
      text,
      { x: margins.left, y: doc.page.height - bottom / 2 - 4 },
      { width: doc.page.width - margins.left - margins.right, lineBreak: false, ellipsis: true },
    );
    margins.bottom = bottom;
  }
  doc.fillColor('#111');
}
