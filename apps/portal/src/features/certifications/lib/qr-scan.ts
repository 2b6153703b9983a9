/**
 * Reads a QR code from pixels: the browser's BarcodeDetector where it has one (Chrome on Android, Safari),
 * else jsQR (loaded only when needed, so it costs nothing to a page that never scans).
 */
interface Detector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: {
      new (options: { formats: string[] }): Detector;
      getSupportedFormats?: () => Promise<string[]>;
    };
  }
}

let detector: Promise<Detector | null> | undefined;

function nativeDetector(): Promise<Detector | null> {
  detector ??= (async () => {
    const Native = window.BarcodeDetector;
    if (!Native) return null;
    try {
      const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code'];
      return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  })();
  return detector;
}

/** The text of the first QR code in a frame of the camera or an image, or null. */
export async function readQr(
  source: HTMLVideoElement | ImageBitmap,
  canvas: HTMLCanvasElement,
): Promise<string | null> {
  const native = await nativeDetector();
  if (native) {
    try {
      const [code] = await native.detect(source);
      if (code) return code.rawValue;
      return null;
    } catch {
      /* fall through to jsQR */
    }
  }
  const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
  const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
  if (!width || !height) return null;
  // Large photos are scaled down: jsQR's time grows with the pixels, a QR code needs far fewer.
  const scale = Math.min(1, 1600 / Math.max(width, height));
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  return jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** The QR code of an image file (a photo or a scan of the certificate). */
export async function readQrFromFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    return await readQr(bitmap, document.createElement('canvas'));
  } finally {
    bitmap.close();
  }
}
