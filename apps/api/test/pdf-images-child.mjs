// Reads a PDF on standard input and prints JSON: every image drawn on its pages, as pdfjs-dist decodes it
// (width, height, RGBA pixels in base64), so a test can read the QR codes a printed page carries.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({
  data: new Uint8Array(Buffer.concat(chunks)),
  verbosity: 0,
  isOffscreenCanvasSupported: false,
}).promise;
const images = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const ops = await page.getOperatorList();
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
    const name = ops.argsArray[i][0];
    const img = await new Promise((resolve) =>
      page.objs.has(name) ? resolve(page.objs.get(name)) : page.objs.get(name, resolve),
    );
    const { width, height, data, kind } = img;
    // kind 1: grey 1 bit, 2: RGB 24 bit, 3: RGBA 32 bit
    const rgba = new Uint8ClampedArray(width * height * 4);
    if (kind === 3) rgba.set(data);
    else if (kind === 2)
      for (let p = 0, q = 0; p < width * height; p++, q += 3) rgba.set([data[q], data[q + 1], data[q + 2], 255], p * 4);
    else throw new Error(`image kind ${kind} not handled`);
    images.push({ page: n, width, height, rgba: Buffer.from(rgba).toString('base64') });
  }
}
process.stdout.write(JSON.stringify(images));
