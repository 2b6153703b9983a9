// Reads a PDF on standard input and prints JSON: its text lines in glyph order (pdfjs-dist's text content,
// what a viewer's text layer and search see) and the ActualText of its structure elements (what screen
// readers and copy-paste in Acrobat or poppler read), and the title and language of its document properties.
// pdfjs-dist is ES-module only, hence a child process.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
const lines = [];
const actual = [];
const collect = (node) => {
  if (node.alt !== undefined && node.role === 'P') actual.push(node.alt);
  for (const child of node.children ?? []) collect(child);
};
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  let line = '';
  for (const item of (await page.getTextContent()).items) {
    line += item.str;
    if (item.hasEOL) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  const tree = await page.getStructTree();
  if (tree) collect(tree);
}
const { info } = await pdf.getMetadata();
process.stdout.write(
  JSON.stringify({ pages: pdf.numPages, lines, actual, title: info?.Title ?? null, lang: info?.Language ?? null }),
);
