import { execFile } from 'node:child_process';
import { join } from 'node:path';
import jsQR from 'jsqr';

export interface PdfImage {
  page: number;
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** The images a PDF draws, decoded by pdfjs-dist (a child process: pdfjs-dist is ES-module only). */
export function pdfImages(pdf: Buffer): Promise<PdfImage[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-images-child.mjs')],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`pdf-images failed: ${stderr || error.message}`));
        const images = JSON.parse(stdout) as (Omit<PdfImage, 'rgba'> & { rgba: string })[];
        resolve(images.map((i) => ({ ...i, rgba: new Uint8ClampedArray(Buffer.from(i.rgba, 'base64')) })));
      },
    );
    child.stdin!.end(pdf);
  });
}

/** The text of every QR code among a PDF's images, read with jsQR (not the library that drew them). */
export async function pdfQrCodes(pdf: Buffer): Promise<string[]> {
  return (await pdfImages(pdf))
    .map((i) => jsQR(i.rgba, i.width, i.height)?.data)
    .filter((d): d is string => d !== undefined);
}
