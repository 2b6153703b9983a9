import PDFDocument from 'pdfkit';
import { pdfFonts, usePdfFonts, type LoadedFont } from './pdf-fonts';

/** A printout being written, and the bytes it will be once `doc.end()` is called. */
export interface OpenPdf {
  doc: PDFKit.PDFDocument;
  fonts: LoadedFont[];
  done: Promise<Buffer>;
}

/**
 * An A4 portrait document in the platform's embedded fonts, with pages buffered (so a footer can be written on every
 * page at the end, `writeFooterOnEveryPage`): what the attendance sheet, the training record and the personal-data
 * export start from. The certificate, a landscape and tagged document, opens its own. `title` (the document's
 * properties) and `lang` (its BCP 47 language, for screen readers and search) are the reader's printout language.
 */
export async function openA4Pdf(title: string, lang = 'en'): Promise<OpenPdf> {
  const fonts = await pdfFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 48, bufferPages: true, lang, info: { Title: title } });
  usePdfFonts(doc, fonts);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, fonts, done };
}
